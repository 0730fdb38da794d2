import { describe, expect, it } from 'vitest';
import { negotiateLocale, parseAcceptLanguage } from '@/lib/i18n/negotiate-locale';

describe('negotiateLocale', () => {
  it('follows the remembered choice first, whatever the browser says', () => {
    expect(negotiateLocale({ cookie: 'en', acceptLanguage: 'hi-IN,hi;q=0.9' })).toBe('en');
    expect(negotiateLocale({ cookie: 'hi', acceptLanguage: 'en-GB,en;q=0.9' })).toBe('hi');
  });

  it('ignores a cookie that is not a site language', () => {
    expect(negotiateLocale({ cookie: 'fr', acceptLanguage: 'en' })).toBe('en');
    expect(negotiateLocale({ cookie: '../en', acceptLanguage: undefined })).toBe('hi');
  });

  it('takes the most preferred supported language, by q-value and then by order', () => {
    expect(negotiateLocale({ acceptLanguage: 'en-US,en;q=0.9,hi;q=0.8' })).toBe('en');
    expect(negotiateLocale({ acceptLanguage: 'en;q=0.5, hi-IN;q=0.9' })).toBe('hi');
    expect(negotiateLocale({ acceptLanguage: 'fr-FR, de;q=0.9, en;q=0.3' })).toBe('en');
    expect(negotiateLocale({ acceptLanguage: 'EN-gb' })).toBe('en');
  });

  it('never picks a language the reader refused with q=0', () => {
    expect(negotiateLocale({ acceptLanguage: 'en;q=0, fr' })).toBe('hi');
  });

  it('falls back to the default for no header, a wildcard, or nonsense', () => {
    expect(negotiateLocale({})).toBe('hi');
    expect(negotiateLocale({ acceptLanguage: '*' })).toBe('hi');
    expect(negotiateLocale({ acceptLanguage: ';;,=q,en;q=abc' })).toBe('hi');
  });
});

describe('parseAcceptLanguage', () => {
  it('orders ranges by q-value, keeping header order for ties', () => {
    expect(parseAcceptLanguage('fr;q=0.8, en, hi;q=0.8').map((r) => r.tag)).toEqual(['en', 'fr', 'hi']);
  });
});
