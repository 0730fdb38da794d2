import { describe, expect, it } from 'vitest';
import { dictionaries } from '@/lib/i18n/dictionaries';
import { en } from '@/lib/i18n/dictionaries/en';
import { locales } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each(locales)('the %s dictionary', (locale) => {
  const dictionary: Record<string, string> = dictionaries[locale];

  it('has exactly the reference keys', () => {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty string and the same placeholders as the reference', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(dictionary[key]?.trim(), key).toBeTruthy();
      expect(placeholders(dictionary[key] ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('is what the translator returns, with values filled in', () => {
    const t = getTranslator(locale);
    expect(t('siteName')).toBe(dictionary.siteName);
    expect(t('footnoteBack', { reference: 3 })).toContain('3');
  });
});

it('Hindi strings are in Hindi, not copied English', () => {
  const same = Object.keys(en).filter((k) => dictionaries.hi[k as keyof typeof en] === en[k as keyof typeof en]);
  expect(same).toEqual([]);
});
