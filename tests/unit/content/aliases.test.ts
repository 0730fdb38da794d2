import { describe, expect, it } from 'vitest';
import { getAliasTarget } from '@/lib/content/aliases';
import { useFixtureSite } from '../support/fixture-site';

useFixtureSite();

describe('getAliasTarget', () => {
  it('sends an earlier address to the article that names it', () => {
    expect(getAliasTarget('/en/articles/synthetic-fair-earlier-slug')).toBe('/en/articles/synthetic-fair-pair');
    expect(getAliasTarget('/en/news/2024/synthetic-fair')).toBe('/en/articles/synthetic-fair-pair');
    expect(getAliasTarget('/hi/articles/synthetic-mela-purana-pata')).toBe('/hi/articles/synthetic-fair-pair');
  });

  it('ignores a trailing slash and percent-encoding', () => {
    expect(getAliasTarget('/en/news/2024/synthetic-fair/')).toBe('/en/articles/synthetic-fair-pair');
    expect(getAliasTarget('/en/news/2024/synthetic%2Dfair')).toBe('/en/articles/synthetic-fair-pair');
  });

  it('knows nothing of other paths, including malformed ones', () => {
    expect(getAliasTarget('/en/articles/synthetic-fair-pair')).toBeUndefined();
    expect(getAliasTarget('/en/news/%E0%A4')).toBeUndefined();
  });
});
