import { expect, it } from 'vitest';
import { hi } from '@/lib/i18n/dictionaries/hi';
import { pickMessages } from '@/lib/i18n/translator';

it('pickMessages hands a client leaf only the strings it asks for, in its language', () => {
  expect(pickMessages('hi', ['switcherLabel', 'switcherUnavailable'])).toEqual({ switcherLabel: hi.switcherLabel, switcherUnavailable: hi.switcherUnavailable });
});
