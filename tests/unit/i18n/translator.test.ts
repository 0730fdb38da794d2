import { expect, it } from 'vitest';
import { getTranslator } from '@/lib/i18n/translator';
import { localeFacts, locales } from '@/lib/i18n/locales';

it('translates on the server in the asked language, filling in values without escaping them for HTML (React does that)', () => {
  expect(getTranslator('hi')('pageTitle', { title: 'ताज़ा घोषणाएँ', page: 2 })).toBe('ताज़ा घोषणाएँ, पृष्ठ 2');
  expect(getTranslator('en')('pageTitle', { title: 'Fairs & delegations', page: 3 })).toBe('Fairs & delegations, page 3');
});

it('names the site’s languages from the locale table wherever a string says {{languages}}, in the page’s language', () => {
  expect(getTranslator('en')('siteTagline')).toMatch(/^Announcements from trade associations, in Hindi(, | and )English\b/);
  expect(getTranslator('hi')('siteTagline')).toMatch(/^व्यापार संघों की घोषणाएँ, हिन्दी(, | और )अंग्रेज़ी/);
  for (const locale of locales) expect(getTranslator(locale)('siteTagline')).toContain(localeFacts[locale].nativeName);
});
