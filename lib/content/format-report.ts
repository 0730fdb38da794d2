import { formatProblem, type ContentProblem } from './problem';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** File by file, each in line order, so an editor can work down the list. */
function formatGroups(problems: readonly ContentProblem[]): string[] {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return [...byFile.keys()]
    .sort()
    .map((file) => (byFile.get(file) ?? []).toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0)).map(formatProblem).join('\n'));
}

/** The whole content:check report: errors, then what stays unpublished, then a one-line summary. */
export function formatReport(problems: readonly ContentProblem[], checked: { articles: number }): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const sections: string[] = [];
  if (errors.length) sections.push('Errors — fix these before publishing:', ...formatGroups(errors));
  if (warnings.length) sections.push('Not published yet (warnings, no action needed):', ...formatGroups(warnings));
  const files = new Set(errors.map((p) => p.file)).size;
  const noted = warnings.length ? `, ${count(warnings.length, 'warning')}` : '';
  sections.push(
    errors.length
      ? `✗ ${count(errors.length, 'error')} in ${count(files, 'file')}${noted}. Nothing can be published until every error is fixed.`
      : `✓ ${count(checked.articles, 'article file')} checked: no errors${noted}.`,
  );
  return sections.join('\n\n') + '\n';
}
