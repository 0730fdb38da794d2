/**
 * YAML as the content format reads it: with the line of every field, with the
 * features editors only type by accident refused, frontmatter split off an
 * article's body, and YAML syntax errors in editors' words.
 */
import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, Parser, parseDocument, type Document } from 'yaml';
import type { Finding } from './report';

export interface ParsedYaml {
  document: Document;
  /** 1-based line of the deepest key or list item on the path that exists (`['organisations', 1]`), offset by `firstLine - 1`. */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** 1-based lines of YAML syntax errors, with the parser's code and message. */
  errors: YamlSyntaxError[];
}

export interface YamlSyntaxError {
  line: number;
  /** The parser's code, or ALIAS, ANCHOR or TAG for YAML features the content format refuses (see findRefusedFeatures). */
  code: string;
  message: string;
}

/** The CST token types of YAML features no editor means to use; each becomes an error of that code. */
const REFUSED: Record<string, string> = { alias: 'ALIAS', anchor: 'ANCHOR', tag: 'TAG' };

/** An alias, anchor or tag: the rest of the document is still well-formed, so entries elsewhere can be read. */
export function isRefusedFeature(error: YamlSyntaxError): boolean {
  return Object.values(REFUSED).includes(error.code);
}

/**
 * Aliases (`*name`), anchors (`&name`) and tags (`!name`) are YAML features
 * editors only ever type by accident: `title: *Important*` is Markdown
 * emphasis, but YAML reads it as a reference to an anchor that does not exist
 * (and `toJS` throws), while `&x Hello` or `!Note Hello` silently lose their
 * first word. They are found in the parser's token tree, which keeps every
 * token's own offset (the document's nodes start at the value, not at the `&`).
 */
function findRefusedFeatures(text: string): { offset: number; code: string; source: string }[] {
  const found: { offset: number; code: string; source: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    const code = typeof token.type === 'string' ? REFUSED[token.type] : undefined;
    if (code && typeof token.offset === 'number') found.push({ offset: token.offset, code, source: String(token.source ?? '') });
    for (const value of Object.values(node)) visit(value);
  };
  visit([...new Parser().parse(text)]);
  return found;
}

/** YAML 1.2 core schema: dates stay strings, so no value is silently turned into a UTC Date. */
export function parseYamlWithLines(text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;

  function lineOf(path: readonly (string | number)[]): number | undefined {
    let node: unknown = document.contents;
    let line: number | undefined;
    for (const segment of path) {
      if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment];
        if (!isScalar(item) || !item.range) break;
        // A flow list ([a, b]) sits on its key's line; a block list item has its own.
        line = toLine(item.range[0]);
        break;
      }
      if (!isMap(node)) break;
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      line = toLine(pair.key.range[0]);
      node = pair.value;
    }
    return line;
  }

  // One refused feature per line; the parser's own complaints on that line
  // (text after `*Important*`, an empty `&`) follow from it and would only confuse.
  const refused = new Map<number, YamlSyntaxError>();
  for (const { offset, code, source } of findRefusedFeatures(text)) {
    const line = toLine(offset);
    if (!refused.has(line)) refused.set(line, { line, code, message: source });
  }
  const errors = [
    ...document.errors
      .map((error) => ({ line: toLine(error.pos[0]), code: error.code, message: error.message.split('\n')[0] ?? error.message }))
      .filter((error) => !refused.has(error.line)),
    ...refused.values(),
  ].sort((a, b) => a.line - b.line);
  return { document, lineOf, errors };
}

export type SplitResult = { ok: true; yaml: ParsedYaml; body: string; bodyLine: number } | { ok: false; problem: Finding };

const refuse = (language: string) => () => {
  throw new Error(`${language} frontmatter is never evaluated`);
};

/**
 * Splits a file into frontmatter and body with gray-matter. Passing options
 * turns off gray-matter's cache (which would let a bad file "pass" when read a
 * second time), and every engine but YAML is replaced so `---js` can never reach `eval`.
 */
export function splitFrontmatter(text: string): SplitResult {
  const firstLine = text.split('\n', 1)[0]!.trimEnd();
  if (firstLine !== '---') {
    if (/^---\s*\S/.test(firstLine)) {
      const language = firstLine.slice(3).trim();
      return {
        ok: false,
        problem: { line: 1, message: `frontmatter in "${language}" is not accepted (it could run code) — start the file with a plain --- line and write the fields in YAML, e.g. title: "A headline"` },
      };
    }
    const at = text.search(/^---\s*$/m);
    const message =
      at > 0
        ? `frontmatter is not at the very start of the file (it begins on line ${text.slice(0, at).split('\n').length}) — delete everything before the first ---, even blank lines`
        : 'frontmatter is missing — start the file with a line ---, then the fields (title:, summary:, …), then another line ---';
    return { ok: false, problem: { line: 1, message } };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return { ok: false, problem: { line: 1, message: 'frontmatter is never closed — add a line with only --- after the last field' } };
  }
  let yaml: ParsedYaml | undefined;
  const file = matter(text, {
    engines: {
      yaml: { parse: (source: string) => ((yaml = parseYamlWithLines(source)), {}) },
      js: { parse: refuse('JavaScript') },
      javascript: { parse: refuse('JavaScript') },
      coffee: { parse: refuse('CoffeeScript') },
      json: { parse: refuse('JSON') },
    },
  });
  const body = file.content.replace(/^\n+/, '');
  // The body is the end of the text, so its first line is counted back from the last.
  const bodyLine = text.split('\n').length - body.split('\n').length + 1;
  // An empty block skips the engine, so treat it as an empty mapping.
  return { ok: true, yaml: yaml ?? parseYamlWithLines(''), body, bodyLine };
}

/** The parser's wording is for programmers; these say what an editor most likely typed and how to write it. */
const EXPLANATIONS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'the value contains a colon followed by a space, or the next line is indented under it — put the whole value in double quotes, e.g. title: "India: leather fair", and start every field at the beginning of its line',
  MULTILINE_IMPLICIT_KEY: 'a field name runs over two lines — write each field on one line as name: value',
  MISSING_CHAR: 'a quote or bracket is opened but never closed — end the value with the same quote mark, or close the list with ]',
  DUPLICATE_KEY: 'this field appears twice — keep only one of the two lines',
  TAB_AS_INDENT: 'a tab is used for indentation — indent with spaces instead',
  BAD_INDENT: 'the indentation is wrong, or a list in [ ] is not closed — close the list with ] on the same line, and indent sub-fields with two spaces',
  UNEXPECTED_TOKEN:
    'there is text after a quoted value — if the value itself contains that quote mark, wrap it in the other kind, e.g. title: "Traders\' fair"',
  BAD_SCALAR_START: 'a value cannot start with @ or ` — put the whole value in double quotes',
};

/** Features found by parseYamlWithLines that YAML accepts but the content format refuses: the first character gives them away. */
const REFUSED_EXPLANATIONS: Record<string, string> = {
  ALIAS: 'a value starting with * is read as a reference to another value (a YAML alias), not as text',
  ANCHOR: 'a value starting with & is read as a YAML anchor, and its first word (the one starting with &) is dropped from the value',
  TAG: 'a value starting with ! is read as a YAML type tag, and its first word (the one starting with !) is dropped from the value',
  BAD_ALIAS: 'a value starting with * or & is read as a YAML alias or anchor, not as text',
};

const GENERIC_EXAMPLE = ', e.g. title: "*Important* news"';

/**
 * `title: "*Important*"` for the line `title: *Important*`: the editor's own
 * value, quoted (a trailing # comment left out). In a list in brackets only the
 * offending item is quoted; `token` is what the parser read, e.g. `*b`.
 */
function quotedExample(lineText: string, token: string): string {
  const [, prefix = '', written = ''] = /^\s*((?:-\s+)?(?:[A-Za-z][\w-]*\s*:\s*)?)(.*?)\s*$/.exec(lineText) ?? [];
  const value = written.replace(/\s+#.*$/, '');
  const lead = prefix.trim() ? `${prefix.trim()} ` : '';
  if (/^[[{]/.test(value)) {
    // The item runs from the token to the next comma or closing bracket.
    const at = token ? value.indexOf(token) : -1;
    const end = at === -1 ? -1 : value.slice(at).search(/\s*[,\]}]/);
    if (end <= 0) return GENERIC_EXAMPLE;
    return `, e.g. ${lead}${value.slice(0, at)}"${value.slice(at, at + end)}"${value.slice(at + end)}`;
  }
  return value && !value.includes('"') ? `, e.g. ${lead}"${value}"` : GENERIC_EXAMPLE;
}

const KEY_AT_LINE_START = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:/;

const count = (text: string, char: string) => text.split(char).length - 1;
const isUnbalanced = (text: string) => count(text, '"') % 2 === 1 || count(text, '[') > count(text, ']');

/** The parser notices an unclosed quote or list where the file ends or the next field begins; the editor's slip is on the line that opened it. */
function findOpeningLine(lines: readonly string[], reported: number): number {
  for (let line = reported; line >= 1; line--) if (isUnbalanced(lines[line - 1] ?? '')) return line;
  return reported;
}

/** One YAML syntax error in editors' words, with the field named on its line when there is one. */
export function describeYamlError(error: YamlSyntaxError, text: string): Finding {
  const lines = text.split('\n');
  const line = error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT' ? findOpeningLine(lines, error.line) : error.line;
  const lineText = lines[line - 1] ?? '';
  const field = KEY_AT_LINE_START.exec(lineText)?.[1];
  const refused = REFUSED_EXPLANATIONS[error.code];
  const explanation = refused
    ? `${refused} — put the whole value in double quotes${quotedExample(lineText, error.message)}`
    : (EXPLANATIONS[error.code] ?? `${error.message} — check the quotes, colons and indentation on this line`);
  return { line, ...(field ? { field } : {}), message: `YAML syntax error: ${explanation}` };
}

