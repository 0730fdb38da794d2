/**
 * Problems in the content as editors read them: one per file line and field,
 * a close match offered for a typo, and the content check's whole report.
 */
/** One thing wrong (or worth a warning) in the content folder, worded for editors. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path relative to the content root, with forward slashes. */
  file: string;
  line?: number;
  field?: string;
  message: string;
}

/** A problem as a check finds it in one file, before the file and severity are added. */
export type Finding = Omit<ContentProblem, 'file' | 'severity'>;

export function formatProblem(problem: ContentProblem): string {
  const place = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return problem.field ? `${place}: ${problem.field}: ${problem.message}` : `${place}: ${problem.message}`;
}

/** Thrown when content with errors would be published; its message is the full report. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The content folder has ${errors.length} error(s); nothing was published.\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join('\n') +
        '\nRun `npm run content:check` for the full report.',
    );
    this.name = 'ContentError';
  }
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest known word, when it is close enough to be the likely intent. */
export function suggest(word: string, known: readonly string[]): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { word: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.word : undefined;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** File by file, each in line order, so an editor can work down the list. */
function formatGroups(problems: readonly ContentProblem[]): string[] {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return [...byFile.keys()]
    .sort()
    .map((file) => (byFile.get(file) ?? []).toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0)).map(formatProblem).join('\n'));
}

/** The whole content:check report: errors, then warnings (unpublished drafts and scheduled posts, names shown in the default language), then a one-line summary. */
export function formatReport(problems: readonly ContentProblem[], checked: { articles: number }): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const sections: string[] = [];
  if (errors.length) sections.push('Errors — fix these before publishing:', ...formatGroups(errors));
  if (warnings.length) sections.push('Warnings — these do not stop publishing:', ...formatGroups(warnings));
  const files = new Set(errors.map((p) => p.file)).size;
  const noted = warnings.length ? `, ${count(warnings.length, 'warning')}` : '';
  sections.push(
    errors.length
      ? `✗ ${count(errors.length, 'error')} in ${count(files, 'file')}${noted}. Nothing can be published until every error is fixed.`
      : `✓ ${count(checked.articles, 'article file')} checked: no errors${noted}.`,
  );
  return sections.join('\n\n') + '\n';
}

