import { expect, it } from 'vitest';
import { getTranslator } from '@/lib/i18n/translator';

it('translates on the server in the asked language, filling in values without escaping them for HTML (React does that)', () => {
  expect(getTranslator('hi')('pageTitle', { title: 'ताज़ा घोषणाएँ', page: 2 })).toBe('ताज़ा घोषणाएँ, पृष्ठ 2');
  expect(getTranslator('en')('pageTitle', { title: 'Fairs & delegations', page: 3 })).toBe('Fairs & delegations, page 3');
});
