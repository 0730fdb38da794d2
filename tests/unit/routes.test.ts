import { describe, expect, it } from 'vitest';
import { decodePath, parseArticlePath } from '@/lib/routes';

describe('decodePath', () => {
  it('decodes a Hindi address', () => {
    expect(decodePath('/hi/tags/%E0%A4%95')).toBe('/hi/tags/क');
  });

  it('gives nothing for a broken escape instead of throwing', () => {
    for (const path of ['/%', '/hi/articles/%E0%A4', '/en/tags/%zz']) expect(decodePath(path), path).toBeUndefined();
  });
});

describe('parseArticlePath', () => {
  it('reads locale and decoded slug, with or without a trailing slash', () => {
    expect(parseArticlePath('/en/articles/some-slug/')).toEqual({ locale: 'en', slug: 'some-slug' });
    expect(parseArticlePath('/hi/articles/%E0%A4%95')).toEqual({ locale: 'hi', slug: 'क' });
  });

  it('is no article address when the slug cannot be decoded', () => {
    expect(parseArticlePath('/hi/articles/%E0%A4')).toBeUndefined();
    expect(parseArticlePath('/hi/articles/%')).toBeUndefined();
  });
});
