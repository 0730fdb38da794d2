import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { locales } from '@/lib/i18n/locales';
import type { Article } from './article';
import { checkSite } from './check-site';
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

function readRegistry<T>(root: string, file: string, parse: (file: string, text: string) => Registry<T>, required: boolean): Registry<T> {
  const full = path.join(root, file);
  if (!existsSync(full)) {
    const problems: ContentProblem[] = required ? [{ severity: 'error', file, message: `is missing; create it (see docs/editing.md)` }] : [];
    return { entries: new Map(), problems };
  }
  return parse(file, readFileSync(full, 'utf8'));
}

/** Reads and validates the whole content folder; never throws for bad content, it reports it. */
export function loadContent(root: string): Content {
  const organisations = readRegistry(root, 'organisations.yml', parseOrganisations, true);
  const tags = readRegistry(root, 'tags.yml', parseTags, false);
  const problems: ContentProblem[] = [...organisations.problems, ...tags.problems];
  const articles: Article[] = [];
  const dir = path.join(root, 'articles');
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.')).sort() : [];
  for (const name of names) {
    const file = `articles/${name}`;
    const parsed = parseArticleFile(file, readFileSync(path.join(dir, name), 'utf8'), {
      organisations: organisations.entries,
      tags: tags.entries,
    });
    problems.push(...parsed.problems);
    if (parsed.article) articles.push(parsed.article);
  }
  problems.push(...checkSite(articles, locales));
  return { root, articles, organisations: organisations.entries, tags: tags.entries, problems };
}
