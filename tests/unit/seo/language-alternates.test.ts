import { describe, expect, it } from 'vitest';
import { buildLanguageAlternates } from '@/lib/seo/language-alternates';

describe('buildLanguageAlternates', () => {
  it('lists every version in locale order plus x-default at the default language', () => {
    expect(buildLanguageAlternates({ en: '/en/articles/a', hi: '/hi/articles/a' })).toEqual([
      { hreflang: 'hi', href: '/hi/articles/a' },
      { hreflang: 'en', href: '/en/articles/a' },
      { hreflang: 'x-default', href: '/hi/articles/a' },
    ]);
  });

  it('points x-default at the only version when the default language has none', () => {
    expect(buildLanguageAlternates({ en: '/en/articles/b' })).toEqual([
      { hreflang: 'en', href: '/en/articles/b' },
      { hreflang: 'x-default', href: '/en/articles/b' },
    ]);
  });

  it('is empty for a page with no versions', () => {
    expect(buildLanguageAlternates({})).toEqual([]);
  });
});
