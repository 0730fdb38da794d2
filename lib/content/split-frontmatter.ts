import matter from 'gray-matter';
import type { ContentProblem } from './problem';
import { parseYamlWithLines, type ParsedYaml } from './yaml-lines';

export type SplitResult = { ok: true; yaml: ParsedYaml; body: string; bodyLine: number } | { ok: false; problem: Omit<ContentProblem, 'file' | 'severity'> };

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
