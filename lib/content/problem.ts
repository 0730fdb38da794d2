/** One thing wrong (or worth a warning) in the content folder, worded for editors. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path relative to the content root, with forward slashes. */
  file: string;
  line?: number;
  field?: string;
  message: string;
}

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

export function levenshtein(a: string, b: string): number {
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
