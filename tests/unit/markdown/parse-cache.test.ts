import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inspectBody } from '@/lib/markdown/inspect-body';
import { getParserVersion, openParseCache } from '@/lib/markdown/parse-cache';
import { installParseMemo, memoised } from '@/lib/markdown/parse-memo';
import { getMarkdownText, renderMarkdown } from '@/lib/markdown/render-markdown';
import { makeTempFolder } from '../support/temp-folder';

afterEach(() => installParseMemo(undefined));

const BODY = 'मेले में **सौ** दुकानें लगीं।[^1]\n\n<div>raw</div>\n\n![चित्र](https://elsewhere.example/a.png)\n\n[^1]: स्रोत: संघ।\n';

describe('memoised (lib/markdown/parse-memo.ts)', () => {
  it('computes every time when no store is installed', () => {
    const compute = vi.fn(() => 'result');
    memoised('kind', 'input', compute);
    memoised('kind', 'input', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

describe('openParseCache (lib/markdown/parse-cache.ts)', () => {
  it("gives a later build the earlier one's results without computing, per kind and input", () => {
    const dir = makeTempFolder('parse-cache');
    const first = openParseCache(dir, 'v1');
    installParseMemo(first);
    expect(memoised('html hi', 'पाठ', () => '<p>पाठ</p>')).toBe('<p>पाठ</p>');
    expect(memoised('html en', 'पाठ', () => '<p lang="en">पाठ</p>')).toBe('<p lang="en">पाठ</p>');
    expect(first.counts).toEqual({ parsed: 2, stored: 0 });

    const later = openParseCache(dir, 'v1');
    installParseMemo(later);
    const compute = vi.fn(() => 'never');
    expect(memoised('html hi', 'पाठ', compute)).toBe('<p>पाठ</p>');
    expect(memoised('html en', 'पाठ', compute)).toBe('<p lang="en">पाठ</p>');
    expect(compute).not.toHaveBeenCalled();
    expect(memoised('html hi', 'दूसरा पाठ', () => 'new')).toBe('new');
    expect(later.counts).toEqual({ parsed: 1, stored: 2 });
  });

  it('gives the parsers’ own results back unchanged: HTML, plain text and what the check looks at', () => {
    const dir = makeTempFolder('parse-cache');
    const expected = { html: renderMarkdown(BODY, 'hi'), text: getMarkdownText(BODY), inspection: inspectBody(BODY) };
    const first = openParseCache(dir, 'v1');
    installParseMemo(first);
    renderMarkdown(BODY, 'hi');
    getMarkdownText(BODY);
    inspectBody(BODY);
    // The text is read back from the check's entry this build wrote: parsed here, not from an earlier build.
    expect(first.counts).toEqual({ parsed: 2, stored: 0 });
    const later = openParseCache(dir, 'v1');
    installParseMemo(later);
    expect({ html: renderMarkdown(BODY, 'hi'), text: getMarkdownText(BODY), inspection: inspectBody(BODY) }).toEqual(expected);
    // Plain text and the check's findings come from one parse, kept as one entry.
    expect(later.counts).toEqual({ parsed: 0, stored: 2 });
    expect(readdirSync(path.join(dir, 'v1'))).toHaveLength(2);
    // The language is part of what the HTML depends on (footnote labels).
    expect(renderMarkdown(BODY, 'en')).not.toBe(expected.html);
    expect(later.counts.parsed).toBe(1);
  });

  it('parses again when an entry is damaged, and keeps nothing of another version', () => {
    const dir = makeTempFolder('parse-cache');
    installParseMemo(openParseCache(dir, 'v1'));
    memoised('text', 'a', () => 'A');
    for (const file of readdirSync(path.join(dir, 'v1'))) writeFileSync(path.join(dir, 'v1', file), '{"trunc');
    const damaged = openParseCache(dir, 'v1');
    installParseMemo(damaged);
    expect(memoised('text', 'a', () => 'A again')).toBe('A again');

    const next = openParseCache(dir, 'v2');
    installParseMemo(next);
    expect(memoised('text', 'a', () => 'A in v2')).toBe('A in v2');
    next.prune();
    expect(readdirSync(dir)).toEqual(['v2']);
  });

  it('prunes the entries this build did not use, and keeps those it did', () => {
    const dir = makeTempFolder('parse-cache');
    installParseMemo(openParseCache(dir, 'v1'));
    for (const input of ['kept', 'edited away']) memoised('text', input, () => input);
    const later = openParseCache(dir, 'v1');
    installParseMemo(later);
    memoised('text', 'kept', () => 'kept');
    later.prune();
    expect(readdirSync(path.join(dir, 'v1'))).toHaveLength(1);
    const check = openParseCache(dir, 'v1');
    installParseMemo(check);
    expect(memoised('text', 'kept', () => 'parsed')).toBe('kept');
    expect(memoised('text', 'edited away', () => 'parsed')).toBe('parsed');
  });

  it('prunes nothing when its folder does not exist yet', () => {
    const dir = path.join(makeTempFolder('parse-cache'), 'never-made');
    openParseCache(dir, 'v1').prune();
    expect(existsSync(dir)).toBe(false);
  });
});

describe('getParserVersion', () => {
  function project(): string {
    const root = makeTempFolder('parse-cache');
    mkdirSync(path.join(root, 'lib', 'markdown'), { recursive: true });
    writeFileSync(path.join(root, 'lib', 'markdown', 'render.ts'), 'export const x = 1;');
    writeFileSync(path.join(root, 'lib', 'labels.ts'), "export const footnotes = 'फ़ुटनोट';");
    writeFileSync(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/remark":{"version":"15.0.1"}}}');
    return root;
  }

  it('is the same for the same code, and changes with any file under lib/ or the installed packages', () => {
    const root = project();
    const version = getParserVersion(root);
    const copy = path.join(makeTempFolder('parse-cache'), 'copy');
    cpSync(root, copy, { recursive: true });
    expect(getParserVersion(copy)).toBe(version);

    writeFileSync(path.join(root, 'lib', 'labels.ts'), "export const footnotes = 'टिप्पणियाँ';");
    const afterLabel = getParserVersion(root);
    expect(afterLabel).not.toBe(version);
    writeFileSync(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/remark":{"version":"15.0.2"}}}');
    const afterUpgrade = getParserVersion(root);
    expect(afterUpgrade).not.toBe(afterLabel);
    writeFileSync(path.join(root, 'lib', 'new-plugin.ts'), '');
    expect(getParserVersion(root)).not.toBe(afterUpgrade);
  });
});
