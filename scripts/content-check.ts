import { loadContent } from '@/lib/content/check';
import { formatReport } from '@/lib/content/report';
import { getContentRoot } from '@/lib/content/site-content';

// `npm run content:check`: the same validation the site build uses, reported for editors in one run.
const content = loadContent(getContentRoot());
process.stdout.write(formatReport(content.problems, { articles: content.articles.length }));
process.exitCode = content.problems.some((p) => p.severity === 'error') ? 1 : 0;
