import { expect, it } from 'vitest';
import { parseRegistry } from '@/lib/content/registry';

it('reads a registry saved with a BOM and CRLF endings, with Hindi names in NFC', () => {
  const decomposed = 'चमड़ा संघ'.normalize('NFD');
  const text = `\uFEFFsynthetic-body:\r\n  name:\r\n    en: Synthetic Body\r\n    hi: ${decomposed}\r\n  country: IN\r\n`;
  const registry = parseRegistry('organisations', 'organisations.yml', text);
  expect(registry.problems).toEqual([]);
  expect(registry.entries.get('synthetic-body')?.name.hi).toBe('चमड़ा संघ'.normalize('NFC'));
});

it('reports an alias, anchor or tag on its line and keeps every other entry', () => {
  const text = [
    'first-body:',
    '  name: { en: First, hi: पहला }',
    '  country: IN',
    'starred-body:',
    '  name:',
    '    en: *Important* Body',
    '    hi: तारांकित',
    '  country: IN',
    'tagged-body:',
    '  name: { en: !Note Tagged, hi: टैग }',
    '  country: IN',
    'last-body:',
    '  name: { en: Last, hi: अंतिम }',
    '  country: CN',
  ].join('\n');
  const registry = parseRegistry('organisations', 'organisations.yml', text);
  expect(registry.problems.map((p) => [p.line, p.field, p.message.split(' — ')[0]])).toEqual([
    [6, 'en', 'YAML syntax error: a value starting with * is read as a reference to another value (a YAML alias), not as text'],
    [10, 'name', 'YAML syntax error: a value starting with ! is read as a YAML type tag, and its first word (the one starting with !) is dropped from the value'],
  ]);
  expect([...registry.entries.keys()]).toEqual(['first-body', 'last-body']);
});

it('still drops the whole file on a real syntax error, whose structure cannot be trusted', () => {
  const registry = parseRegistry('organisations', 'organisations.yml', 'a-body:\n  name: { en: A, hi: अ }\n  country: IN\nb-body:\n  name: "unclosed\n');
  expect(registry.entries.size).toBe(0);
  expect(registry.problems[0]?.message).toMatch(/^YAML syntax error: /);
});
