/**
 * The browser side of scripts/bench-search.ts, bundled with esbuild into its
 * test page: the real chunked-index code, and the single MiniSearch index it
 * replaced as the baseline. Node imports only `legacyIndexOptions` from here.
 */
import MiniSearch, { type Options } from 'minisearch';
import { FIRST_WAVE, openSearchIndex, RESULTS_PER_PAGE } from '@/lib/search/query-search-index';
import type { SearchIndexFiles } from '@/lib/routes';
import type { SearchManifest } from '@/lib/search/index-layout';
import type { SearchDocument } from '@/lib/search/build-search-index';
import { normaliseTerm, splitWords } from '@/lib/search/words';

/** The single index as it was built and queried before chunking (commit 877cc18). */
export const legacyIndexOptions: Options<SearchDocument> = {
  fields: ['title', 'summary', 'body', 'names'],
  storeFields: ['title', 'summary', 'date', 'dateTime', 'path'],
  tokenize: splitWords,
  // It folded every language's words as Devanagari ones.
  processTerm: (term) => normaliseTerm(term, 'devanagari') || null,
  searchOptions: { boost: { title: 5, names: 2, summary: 2, body: 1 }, prefix: (term) => [...term].length >= 4, fuzzy: false, combineWith: 'AND' },
};

export interface QueryTiming {
  hits: number;
  /** Until the number of results was on screen (chunked: shards fetched and scored; the panel says it at once). */
  countMs: number;
  /** Until the first results were on screen (the first six, as the search page shows them). */
  firstShownMs: number;
  /** Until the first ten results were on screen. */
  shownMs: number;
}

/** After the next frame is painted. */
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

function showCount(count: number): void {
  document.querySelector('p')!.textContent = String(count);
}

function show(titles: string[]): void {
  const list = document.querySelector('ol')!;
  list.replaceChildren(...titles.map((title) => Object.assign(document.createElement('li'), { textContent: title })));
}

async function runChunked(files: SearchIndexFiles, manifest: SearchManifest, query: string): Promise<QueryTiming> {
  const started = performance.now();
  const index = openSearchIndex({ files, manifest });
  const articles = await index.search(query);
  // As components/search-panel.tsx does it.
  showCount(articles.length);
  await settle();
  const countMs = performance.now() - started;
  const first = index.getResults(articles.slice(0, FIRST_WAVE));
  const rest = index.getResults(articles.slice(FIRST_WAVE, RESULTS_PER_PAGE));
  const results = await first;
  show(results.map((r) => r.title));
  await settle();
  const firstShownMs = performance.now() - started;
  show([...results, ...(await rest)].map((r) => r.title));
  await settle();
  return { hits: articles.length, countMs, firstShownMs, shownMs: performance.now() - started };
}

async function runLegacy(url: string, query: string): Promise<QueryTiming> {
  const started = performance.now();
  const index = MiniSearch.loadJSON<SearchDocument>(await (await fetch(url)).text(), legacyIndexOptions);
  const results = index.search(query);
  showCount(results.length);
  show(results.slice(0, RESULTS_PER_PAGE).map((r) => String(r.title)));
  await settle();
  const shownMs = performance.now() - started;
  return { hits: results.length, countMs: shownMs, firstShownMs: shownMs, shownMs };
}

if (typeof window !== 'undefined') Object.assign(window, { runChunked, runLegacy });
