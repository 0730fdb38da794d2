import { isLocale, locales } from '@/lib/i18n/locales';
import type { Article } from './article';
import { frontmatterKeys, frontmatterSchema } from './frontmatter-schema';
import type { ContentProblem } from './problem';
import { suggest } from './problem';
import { ID_PATTERN, type Organisation, type Tag } from './registry';
import { splitFrontmatter } from './split-frontmatter';

export interface Registries {
  organisations: Map<string, Organisation>;
  tags: Map<string, Tag>;
}

const FILE_NAME = /^(?<slug>[^/]+)\.(?<locale>[^./]+)\.md$/;
const REQUIRED_EXAMPLES: Record<string, string> = {
  title: 'title: "A headline"',
  summary: 'summary: "One or two sentences."',
  postTime: 'postTime: 2023-09-25',
  locale: `locale: ${locales[0]}`,
  organisations: 'organisations: [china-leather-association]',
};

/** Editors' text arrives in many shapes; compare and store one. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Reads one `articles/<slug>.<locale>.md` file into an Article, or says every way it breaks the contract. */
export function parseArticleFile(file: string, rawText: string, registries: Registries): { article?: Article; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (p: Omit<ContentProblem, 'file' | 'severity'>) => problems.push({ severity: 'error', file, ...p });

  const name = FILE_NAME.exec(file.split('/').pop() ?? '');
  const slug = name?.groups?.slug ?? '';
  const fileLocale = name?.groups?.locale ?? '';
  if (!name) report({ message: 'file name must be <slug>.<locale>.md, e.g. leather-cooperation.hi.md' });
  else if (!ID_PATTERN.test(slug) || slug.length > 80) report({ message: `slug "${slug}" must be lower-case ASCII words joined by single hyphens, at most 80 characters; rename the file` });
  if (name && !isLocale(fileLocale)) report({ message: `"${fileLocale}" in the file name is not a site locale; use one of ${locales.join(', ')}` });

  const split = splitFrontmatter(normaliseText(rawText));
  if (!split.ok) {
    report(split.problem);
    return { problems };
  }
  const { yaml, body } = split;
  for (const error of yaml.errors) report({ line: error.line, message: `YAML syntax error: ${error.message}; check quotes, colons and indentation` });
  if (yaml.errors.length) return { problems };

  const data: unknown = yaml.document.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report({ line: 2, message: 'frontmatter must be "field: value" lines' });
    return { problems };
  }
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const near = suggest(key, frontmatterKeys);
          report({ line: yaml.lineOf([key]), field: key, message: `unknown field${near ? ` — did you mean "${near}"?` : `; known fields are ${frontmatterKeys.join(', ')}`}` });
        }
        continue;
      }
      const field = issue.path.map(String).join('.');
      const top = String(issue.path[0] ?? '');
      const missing = !(top in data) && REQUIRED_EXAMPLES[top];
      report({
        // A missing field has no line of its own: point at the frontmatter's start, where it belongs.
        line: missing ? 1 : (yaml.lineOf(issue.path.map((p) => (typeof p === 'number' ? p : String(p)))) ?? yaml.lineOf([top])),
        field,
        message: missing ? `is required — add a line like ${REQUIRED_EXAMPLES[top]}` : issue.message,
      });
    }
    return { problems };
  }
  const fm = result.data;
  if (name && isLocale(fileLocale) && fm.locale !== fileLocale) {
    report({ line: yaml.lineOf(['locale']), field: 'locale', message: `is "${fm.locale}" but the file name says "${fileLocale}"; make them the same` });
  }
  const checkIds = (field: 'organisations' | 'tags', ids: string[], known: Map<string, unknown>, registry: string) =>
    ids.forEach((id, index) => {
      if (known.has(id)) return;
      const near = suggest(id, [...known.keys()]);
      report({
        line: yaml.lineOf([field]),
        field: `${field}[${index}]`,
        message: `"${id}" is not in ${registry}${near ? ` — did you mean "${near}"?` : ''}; known ids: ${[...known.keys()].join(', ') || '(none yet)'}`,
      });
    });
  checkIds('organisations', fm.organisations, registries.organisations, 'organisations.yml');
  checkIds('tags', fm.tags ?? [], registries.tags, 'tags.yml');
  if (problems.length || !isLocale(fileLocale)) return { problems };

  const article: Article = {
    slug,
    locale: fm.locale,
    title: fm.title,
    summary: fm.summary,
    postTime: fm.postTime,
    updated: fm.updated,
    organisations: fm.organisations,
    tags: fm.tags ?? [],
    image: fm.image && fm.imageAlt ? { src: fm.image, alt: fm.imageAlt } : undefined,
    source: fm.source,
    draft: fm.draft ?? false,
    aliases: fm.aliases ?? [],
    body,
    file,
  };
  return { article, problems };
}
