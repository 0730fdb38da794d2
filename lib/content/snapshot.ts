import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import type { Article } from './article';
import type { Content } from './load-content';
import type { Organisation, Tag } from './registry';
import type { RoutingManifest } from './routing';

/**
 * The site as one build compiles it: what pages, route handlers and the proxy
 * read in production instead of the content folder. `npm run build` writes it
 * once, with one clock, before `next build`; the running server never reads
 * content/ (it may not exist there: a standalone folder or a static export).
 */
export interface SiteSnapshot {
  /** The build clock: an article is published when its post time is at or before this instant. */
  builtAt: number;
  /** Visible articles, newest first, each with its body already rendered. */
  articles: CompiledArticle[];
  organisations: Organisation[];
  tags: Tag[];
}

export interface CompiledArticle extends Article {
  html: string;
}

/** Newest first; a tie keeps a stable order by slug so builds are reproducible. */
export function byNewest(a: Article, b: Article): number {
  return b.postTime.instant - a.postTime.instant || a.slug.localeCompare(b.slug);
}

/** The snapshot of already-validated, already-filtered articles; bodies rendered once here, not once per page. */
export function compileSnapshot(content: Pick<Content, 'organisations' | 'tags'>, visible: readonly Article[], builtAt: number): SiteSnapshot {
  return {
    builtAt,
    articles: visible.map((article) => {
      // Line numbers only matter to the content check, which reads the files itself.
      const { fieldLines: _lines, ...rest } = article;
      return { ...rest, html: renderMarkdown(article.body, article.locale) };
    }),
    organisations: [...content.organisations.values()],
    tags: [...content.tags.values()],
  };
}

/**
 * Where a build keeps its compiled content: beside its Next output folder
 * (NEXT_DIST_DIR, default .next), not inside it, because `next build` empties
 * that folder first. Two builds with different dist folders never share it.
 */
export function getSnapshotDir(distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), `${distDir}-content`);
}

export const SNAPSHOT_FILE = 'site.json';
export const ROUTING_FILE = 'routing.json';

/** Written to a temporary name first, so a reader never sees half a file. */
function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file);
}

export function writeSnapshot(dir: string, snapshot: SiteSnapshot, routing: RoutingManifest): void {
  writeJson(path.join(dir, SNAPSHOT_FILE), snapshot);
  writeJson(path.join(dir, ROUTING_FILE), routing);
}

/** The routing manifest alone, e.g. for the development server's proxy after an edit; unchanged files are left alone so nothing recompiles for nothing. */
export function writeRoutingManifest(dir: string, routing: RoutingManifest): boolean {
  const file = path.join(dir, ROUTING_FILE);
  const text = JSON.stringify(routing);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) return false;
  writeJson(file, routing);
  return true;
}

export class MissingSnapshotError extends Error {
  constructor(file: string) {
    super(`${file} does not exist: production pages read the content compiled by \`npm run build\` (scripts/build.ts), not content/. Build with npm run build, not next build alone.`);
    this.name = 'MissingSnapshotError';
  }
}

export function readSnapshot(dir = getSnapshotDir()): SiteSnapshot {
  const file = path.join(dir, SNAPSHOT_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new MissingSnapshotError(file);
  }
  return JSON.parse(text) as SiteSnapshot;
}
