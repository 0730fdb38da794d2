import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPageParams, getPageSize, sliceFirstPage, slicePage } from '@/lib/content/query';
import { parsePageNumber } from '@/lib/content/routing';

const items = Array.from({ length: 45 }, (_, i) => i + 1);
beforeEach(() => {
  delete process.env.PAGE_SIZE;
});
afterEach(() => {
  delete process.env.PAGE_SIZE;
});

describe('pagination', () => {
  it('shows 20 per page unless PAGE_SIZE says otherwise', () => {
    expect(getPageSize()).toBe(20);
    process.env.PAGE_SIZE = '3';
    expect(getPageSize()).toBe(3);
  });

  it('refuses a PAGE_SIZE that is not a positive whole number, saying what to set', () => {
    for (const bad of ['0', '-2', '2.5', 'ten']) {
      process.env.PAGE_SIZE = bad;
      expect(() => getPageSize(), bad).toThrow(/PAGE_SIZE is ".*"; set it to a whole number/);
    }
  });

  it('cuts a list into pages and has nothing past the end', () => {
    expect(slicePage(items, 1)?.items).toEqual(items.slice(0, 20));
    expect(slicePage(items, 3)).toEqual({ items: [41, 42, 43, 44, 45], number: 3, count: 3 });
    expect(slicePage(items, 4)).toBeUndefined();
    expect(slicePage(items, 0)).toBeUndefined();
    expect(slicePage(items, Number.NaN)).toBeUndefined();
  });

  it('gives an empty list one empty first page', () => {
    expect(sliceFirstPage([])).toEqual({ items: [], number: 1, count: 1 });
    expect(getPageParams(0)).toEqual([{ n: '1' }]);
    expect(getPageParams(41)).toEqual([{ n: '1' }, { n: '2' }, { n: '3' }]);
  });

  it('accepts only the one spelling of a page number', () => {
    expect(parsePageNumber('2')).toBe(2);
    for (const bad of ['02', '0', '-1', '2.0', '2a', '']) expect(parsePageNumber(bad), bad).toBeNaN();
  });
});
