import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedYaml {
  document: Document;
  /** 1-based line of the deepest key or list item on the path that exists (`['organisations', 1]`), offset by `firstLine - 1`. */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** 1-based lines of YAML syntax errors, with the parser's code and message. */
  errors: YamlSyntaxError[];
}

export interface YamlSyntaxError {
  line: number;
  code: string;
  message: string;
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

  const errors = document.errors.map((error) => ({
    line: toLine(error.pos[0]),
    code: error.code,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  return { document, lineOf, errors };
}
