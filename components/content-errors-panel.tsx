import { type ContentProblem, formatProblem } from '@/lib/content/report';

interface Props {
  problems: readonly ContentProblem[];
  title: string;
  hint: string;
}

/**
 * Development server only (a production build refuses content with errors):
 * the content:check report on the page itself, so an editor sees the mistake
 * on reload instead of a crash. Messages are English, like the command's.
 */
export function ContentErrorsPanel({ problems, title, hint }: Props) {
  if (!problems.length) return null;
  return (
    <section className="content-errors" role="alert" aria-labelledby="content-errors-title">
      <h2 id="content-errors-title">{title}</h2>
      <p>{hint}</p>
      <pre lang="en">{problems.map(formatProblem).join('\n')}</pre>
    </section>
  );
}
