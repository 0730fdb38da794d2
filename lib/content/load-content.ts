import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { locales } from '@/lib/i18n/locales';
import type { Article } from './article';
import { checkImages } from './check-images';
import { checkSite } from './check-site';
import { listFiles } from './list-files';
import { parseArticleFile } from './parse-article';
import type { ContentProblem } from './problem';
import { parseOrganisations, parseTags, type Organisation, type Registry, type Tag } from './registry';

export interface Content {
  root: string;
  articles: Article[];
  organisations: Map<string, Organisation>;
  tags: Map<string, Tag>;
  problems: ContentProblem[];
}

/** How messages name a file: relative to the working folder (the repo) when inside it, e.g. content/articles/x.hi.md. */
export function getDisplayPath(full: string): string {
  const relative = path.relative(process.cwd(), full);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : full;
  return shown.split(path.sep).join('/');
}

function readRegistry<T>(root: string, file: string, parse: (file: string, text: string) => Registry<T>, required: boolean): Registry<T> {
  const full = path.join(root, file);
  const shown = getDisplayPath(full);
  if (!existsSync(full)) {
    const problems: ContentProblem[] = required ? [{ severity: 'error', file: shown, message: 'is missing — create it with one entry per organisation (see docs/editing.md)' }] : [];
    return { entries: new Map(), problems };
  }
  return parse(shown, readFileSync(full, 'utf8'));
}

/** Reads and validates the whole content folder; never throws for bad content, it reports it. */
export function loadContent(root: string, now = Date.now()): Content {
  if (!existsSync(root)) {
    const problem: ContentProblem = { severity: 'error', file: getDisplayPath(root), message: 'the content folder does not exist — run the command from the project folder, or set CONTENT_DIR to the folder that holds articles/' };
    return { root, articles: [], organisations: new Map(), tags: new Map(), problems: [problem] };
  }
  const organisations = readRegistry(root, 'organisations.yml', parseOrganisations, true);
  const tags = readRegistry(root, 'tags.yml', parseTags, false);
  const problems: ContentProblem[] = [...organisations.problems, ...tags.problems];
  const articles: Article[] = [];
  const registries = { organisations: organisations.entries, tags: tags.entries };
  // Sub-folders are read too, so editors may group articles by year.
  for (const full of listFiles(path.join(root, 'articles'))) {
    const parsed = parseArticleFile(getDisplayPath(full), readFileSync(full, 'utf8'), registries, now);
    problems.push(...parsed.problems);
    if (parsed.article) articles.push(parsed.article);
  }
  problems.push(...checkSite(articles, { locales, organisationIds: [...organisations.entries.keys()], tagIds: [...tags.entries.keys()] }));
  problems.push(...checkImages(articles));
  return { root, articles, organisations: organisations.entries, tags: tags.entries, problems };
}
