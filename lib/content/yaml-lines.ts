import { isMap, isScalar, isSeq, LineCounter, Parser, parseDocument, type Document } from 'yaml';

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
