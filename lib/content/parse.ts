/**
 * One article file read into an Article, or every way it breaks the contract:
 * schema issues in editors' words, unknown registry ids, placeholders left by
 * `npm run new`, HTML and pictures the body may not hold.
 */
import type { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import { describeImageSource, inspectBody, type BodyImage } from '@/lib/markdown/inspect-body';
import { normaliseText, PLACEHOLDER, PLACEHOLDER_HINTS } from './folder';
import { registryOf, registryKinds, type RegistryMaps } from './registry';
import { suggest, type ContentProblem, type Finding } from './report';
import { frontmatterKeys, frontmatterSchema, readFileName, sourceKeys, type ArticleFile, type Frontmatter } from './schema';
import { describeYamlError, splitFrontmatter, type ParsedYaml } from './yaml';

function findUnknownIds(fm: Frontmatter, yaml: ParsedYaml, registries: RegistryMaps): Finding[] {
  return registryKinds.flatMap((kind) => {
    const { articleField: field, file: registry } = registryOf(kind);
    const known: Map<string, unknown> = registries[kind];
    return (fm[field] ?? []).flatMap((id, index): Finding[] => {
      if (known.has(id) || isPlaceholder(id)) return [];
      const near = suggest(id, [...known.keys()]);
      const knownIds = [...known.keys()].join(', ') || '(none yet)';
      return [{
        line: yaml.lineOf([field, index]),
        field: `${field}[${index}]`,
        message: `"${id}" is not in ${registry} — ${near ? `did you mean "${near}"? Otherwise use` : 'use'} one of the known ids (${knownIds}), or add a new entry to ${registry} first`,
      }];
    });
  });
}

/** Not errors: an editor should still see what will stay unpublished, and until when. */
function findUnpublished(fm: Frontmatter, yaml: ParsedYaml, now: number): Finding[] {
  const notes: Finding[] = [];
  if (fm.draft) {
    notes.push({ line: yaml.lineOf(['draft']), field: 'draft', message: 'is true, so the article is not published (npm run dev shows it) — delete the draft line when it is ready' });
  }
  if (fm.postTime.instant > now) {
    const when = fm.postTime.kind === 'date' ? `${fm.postTime.iso} (from midnight India time)` : fm.postTime.iso;
    notes.push({ line: yaml.lineOf(['postTime']), field: 'postTime', message: `scheduled for ${when} — left out of the site until then; the first build after that time publishes it` });
  }
  return notes;
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** HTML the sanitiser would drop and pictures that are not files of this site, by file line; the site's own pictures are returned to be looked up under public/. */
function inspectArticleBody(body: string, bodyLine: number): { found: Finding[]; images: BodyImage[] } {
  const { html, images } = inspectBody(body);
  const found: Finding[] = html.map((tag) => ({
    line: bodyLine + tag.line - 1,
    field: 'body',
    message: `HTML such as ${tag.tag} is not shown on the site (it is removed for safety) — write it in Markdown instead (**bold**, [link](https://…), a table with | columns |), or delete the tag`,
  }));
  const local: BodyImage[] = [];
  for (const image of images) {
    const line = bodyLine + image.line - 1;
    const outside = describeImageSource(image.src);
    if (outside) found.push({ line, field: 'body', message: `${shorten(image.src) || '![…]()'} ${outside}` });
    else local.push({ line, src: image.src });
  }
  return { found, images: local };
}

/**
 * Reads one `articles/<slug>.<locale>.md` file into an Article, or says every
 * way it breaks the contract. `bodyImages` are the body's pictures that are
 * paths of this site, with their file lines, for the caller to look up under public/.
 */
export function parseArticleFile(
  file: string,
  rawText: string,
  registries: RegistryMaps,
  now = Date.now(),
): { article?: ArticleFile; problems: ContentProblem[]; bodyImages: BodyImage[] } {
  const problems: ContentProblem[] = [];
  const report = (found: Finding[], severity: ContentProblem['severity'] = 'error') => problems.push(...found.map((p) => ({ severity, file, ...p })));
  const name = readFileName(file);
  report(name.problems);

  const text = normaliseText(rawText);
  const split = splitFrontmatter(text);
  if (!split.ok) {
    report([split.problem]);
    return { problems, bodyImages: [] };
  }
  const { yaml, body, bodyLine } = split;
  // The body is looked at whatever the frontmatter's state, so one run reports both.
  const inspected = inspectArticleBody(body, bodyLine);
  const bodyImages = inspected.images;
  report(yaml.errors.map((error) => describeYamlError(error, text)));
  if (yaml.errors.length) {
    report(inspected.found);
    return { problems, bodyImages };
  }

  const data: unknown = yaml.document.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report([{ line: 2, message: 'frontmatter is not a set of fields — write one field per line as name: value, e.g. title: "A headline"' }, ...inspected.found]);
    return { problems, bodyImages };
  }
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    report(describeFrontmatterIssues(result.error.issues, data, yaml));
    report(inspected.found);
    return { problems, bodyImages };
  }
  const fm = result.data;
  if (name.locale && fm.locale !== name.locale) {
    report([{ line: yaml.lineOf(['locale']), field: 'locale', message: `is "${fm.locale}" but the file name says "${name.locale}" — write locale: ${name.locale}, or rename the file to ${name.slug}.${fm.locale}.md` }]);
  }
  report(findUnknownIds(fm, yaml, registries));
  report(findPlaceholders(data, yaml, body, bodyLine));
  report(inspected.found);
  if (problems.length || !name.locale) return { problems, bodyImages };
  report(findUnpublished(fm, yaml, now), 'warning');

  const article: ArticleFile = {
    slug: name.slug,
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
    fieldLines: Object.fromEntries(Object.keys(fm).map((key) => [key, yaml.lineOf([key])])),
  };
  return { article, problems, bodyImages };
}

const REQUIRED_EXAMPLES: Record<string, string> = {
  title: 'title: "A headline"',
  summary: 'summary: "One or two sentences."',
  postTime: 'postTime: 2023-09-25',
  locale: `locale: ${locales[0]}`,
  organisations: 'organisations: [china-leather-association]',
};

const PAIRED: Record<string, string> = { image: 'imageAlt', imageAlt: 'image' };

/** `organisations[0]`, `source.url`: the way editors see a field in their file. */
function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function describeUnknownKeys(issue: z.core.$ZodIssueUnrecognizedKeys, yaml: ParsedYaml): Finding[] {
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
function describeFrontmatterIssues(issues: readonly z.core.$ZodIssue[], data: object, yaml: ParsedYaml): Finding[] {
  return issues.flatMap((issue): Finding[] => {
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

const isPlaceholder = (value: unknown): boolean => typeof value === 'string' && value.trim().startsWith(PLACEHOLDER);

const message = (field: string) => `still holds the placeholder from npm run new — ${PLACEHOLDER_HINTS[field] ?? 'replace it with the real value'}`;

/** Every value and body line still starting with the scaffold's marker, so a half-written article cannot be published. */
function findPlaceholders(data: object, yaml: ParsedYaml, body: string, bodyLine: number): Finding[] {
  const found: Finding[] = [];
  for (const [field, value] of Object.entries(data)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      if (!isPlaceholder(item)) return;
      const at = Array.isArray(value) ? [field, index] : [field];
      found.push({ line: yaml.lineOf(at), field: Array.isArray(value) ? `${field}[${index}]` : field, message: message(field) });
    });
  }
  body.split('\n').forEach((text, index) => {
    if (isPlaceholder(text)) found.push({ line: bodyLine + index, field: 'body', message: message('body') });
  });
  return found;
}

