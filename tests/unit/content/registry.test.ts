import { expect, it } from 'vitest';
import { parseRegistry } from '@/lib/content/registry';
import { defaultLocale, locales } from '@/lib/i18n/locales';

it('reads a registry saved with a BOM and CRLF endings, with Hindi names in NFC', () => {
  const decomposed = 'चमड़ा संघ'.normalize('NFD');
  const text = `\uFEFFsynthetic-body:\r\n  name:\r\n    en: Synthetic Body\r\n    hi: ${decomposed}\r\n  country: IN\r\n`;
  const registry = parseRegistry('organisations', 'organisations.yml', text);
  expect(registry.problems.filter((p) => p.severity === 'error')).toEqual([]);
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
  expect(registry.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.field, p.message.split(' — ')[0]])).toEqual([
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

it('shows the default language’s name where another language’s is left out, with a warning saying what to write', () => {
  const others = locales.filter((l) => l !== defaultLocale);
  const text = ['named-body:', '  country: IN', '  name:', `    ${defaultLocale}: डिफ़ॉल्ट नाम`, 'fully-named-body:', '  country: CN', '  name:', ...locales.map((l) => `    ${l}: Name ${l}`)].join('\n');
  const registry = parseRegistry('organisations', 'organisations.yml', text);
  expect(registry.entries.get('named-body')?.name).toEqual(Object.fromEntries(locales.map((l) => [l, 'डिफ़ॉल्ट नाम'])));
  expect(registry.entries.get('fully-named-body')?.name).toEqual(Object.fromEntries(locales.map((l) => [l, `Name ${l}`])));
  expect(registry.problems.map((p) => [p.severity, p.line, p.field])).toEqual(others.map((l) => ['warning', 3, `named-body.name.${l}`]));
  for (const [i, l] of others.entries()) {
    expect(registry.problems[i]?.message).toContain(`"${l}: …" indented under name:`);
    expect(registry.problems[i]?.message).toContain('डिफ़ॉल्ट नाम');
  }
});

it('still refuses an entry without the default language’s name', () => {
  const [other] = locales.filter((l) => l !== defaultLocale);
  const registry = parseRegistry('tags', 'tags.yml', `some-topic:\n  label:\n    ${other}: Only another language\n`);
  expect(registry.entries.size).toBe(0);
  expect(registry.problems.map((p) => [p.severity, p.field])).toEqual([['error', `some-topic.label.${defaultLocale}`]]);
});
