import { expect, it } from 'vitest';
import { parseOrganisations } from '@/lib/content/registry';

it('reads a registry saved with a BOM and CRLF endings, with Hindi names in NFC', () => {
  const decomposed = 'चमड़ा संघ'.normalize('NFD');
  const text = `\uFEFFsynthetic-body:\r\n  name:\r\n    en: Synthetic Body\r\n    hi: ${decomposed}\r\n  country: IN\r\n`;
  const registry = parseOrganisations('organisations.yml', text);
  expect(registry.problems).toEqual([]);
  expect(registry.entries.get('synthetic-body')?.name.hi).toBe('चमड़ा संघ'.normalize('NFC'));
});
