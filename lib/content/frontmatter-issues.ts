import type { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import { frontmatterKeys, sourceKeys } from './frontmatter-schema';
import { suggest, type ContentProblem } from './problem';
import type { ParsedYaml } from './yaml-lines';

type Found = Omit<ContentProblem, 'file' | 'severity'>;

const REQUIRED_EXAMPLES: Record<string, string> = {
  title: 'title: "A headline"',
  summary: 'summary: "One or two sentences."',
  postTime: 'postTime: 2023-09-25',
  locale: `locale: ${locales[0]}`,
  organisations: 'organisations: [china-leather-association]',
};

const PAIRED: Record<string, string> = { image: 'imageAlt', imageAlt: 'image' };

/** `organisations[0]`, `source.url`: the way editors see a field in their file. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function describeUnknownKeys(issue: z.core.$ZodIssueUnrecognizedKeys, yaml: ParsedYaml): Found[] {
  const parent = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const known = parent.length ? sourceKeys : frontmatterKeys;
  return issue.keys.map((key) => {
    const near = suggest(key, known);
    return {
      line: yaml.lineOf([...parent, key]),
      field: formatFieldPath([...parent, key]),
      message: near ? `unknown field — did you mean "${near}"? Rename it to ${near}:` : `unknown field — remove it, or use one of the known fields: ${known.join(', ')}`,
    };
  });
}

/** Each schema issue as file line, field and message; a missing field points at the frontmatter's first line, where it belongs. */
export function describeFrontmatterIssues(issues: readonly z.core.$ZodIssue[], data: object, yaml: ParsedYaml): Found[] {
  return issues.flatMap((issue): Found[] => {
    if (issue.code === 'unrecognized_keys') return describeUnknownKeys(issue, yaml);
    const top = String(issue.path[0] ?? '');
    const example = REQUIRED_EXAMPLES[top];
    if (example && !(top in data)) return [{ line: 1, field: top, message: `is required — add a line like ${example}` }];
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    // A field required by another one (imageAlt by image) is missing: point at the one that requires it.
    const line = yaml.lineOf(path) ?? yaml.lineOf([top]) ?? yaml.lineOf([PAIRED[top] ?? top]);
    return [{ line, field: formatFieldPath(issue.path), message: issue.message }];
  });
}
