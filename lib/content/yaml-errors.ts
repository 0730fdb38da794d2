import type { ContentProblem } from './problem';
import type { YamlSyntaxError } from './yaml-lines';

type Described = Omit<ContentProblem, 'file' | 'severity'>;

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
const REFUSED: Record<string, string> = {
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
export function describeYamlError(error: YamlSyntaxError, text: string): Described {
  const lines = text.split('\n');
  const line = error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT' ? findOpeningLine(lines, error.line) : error.line;
  const lineText = lines[line - 1] ?? '';
  const field = KEY_AT_LINE_START.exec(lineText)?.[1];
  const refused = REFUSED[error.code];
  const explanation = refused
    ? `${refused} — put the whole value in double quotes${quotedExample(lineText, error.message)}`
    : (EXPLANATIONS[error.code] ?? `${error.message} — check the quotes, colons and indentation on this line`);
  return { line, ...(field ? { field } : {}), message: `YAML syntax error: ${explanation}` };
}
