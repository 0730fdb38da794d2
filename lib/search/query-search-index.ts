/**
 * Search in the browser: the index files a query needs, the results it shows
 * and why each matched. Bundled into the search page's script (and
 * scripts/bench-search-client.ts), so it imports only the index format, the
 * word rules and a type from lib/routes.ts: never the content, the route
 * table's values or the dictionaries.
 */
import type { SearchIndexFiles } from '@/lib/routes';
import { getQueryTerms, matchTerm, shardsForQueryTerm, type MatchKind, type QueryTerm, type ResultRecord, type SearchLanguage, type SearchManifest, type SearchResult, type TermShard } from './index-layout';
import { findWords, normaliseTerm, stemTerm } from './words';

/** Results shown at first and added by each "more": each record is one small download. */
export const RESULTS_PER_PAGE = 10;
/** Over HTTP/1.1 a browser opens six connections to a host: six records arrive in one round trip, so they are shown first. */
export const FIRST_WAVE = 6;

/** An exact form outranks another form of the word, which outranks a longer word the query only begins. */
const MATCH_WEIGHTS: Record<MatchKind, number> = { exact: 1, stem: 0.5, prefix: 0.3 };

export interface SearchIndexOptions {
  /** Where the files are (searchIndexFiles in lib/routes.ts, given by the page: this code must not load the route table). */
  files: SearchIndexFiles;
  manifest: SearchManifest;
  /** How a file is fetched; tests pass one that reads the built files and records what was asked for. */
  loadJson?: (url: string) => Promise<unknown>;
}

export interface SearchIndex {
  /** Article numbers that contain every word of the query (in some form), best first. */
  search(query: string): Promise<number[]>;
  /** What the given articles show as results, in the same order. */
  getResults(articles: readonly number[]): Promise<SearchResult[]>;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** Best score per article for one query term, over every indexed word that matches it. */
function scoreTerm(query: QueryTerm, shards: readonly TermShard[], stemOf: (word: string) => string): Map<number, number> {
  const best = new Map<number, number>();
  for (const { words } of shards) {
    for (const word in words) {
      const kind = matchTerm(word, stemOf(word), query);
      if (!kind) continue;
      const postings = words[word]!;
      let article = 0;
      for (let i = 0; i < postings.length; i += 2) {
        article += postings[i]!;
        const score = postings[i + 1]! * MATCH_WEIGHTS[kind];
        if (score > (best.get(article) ?? 0)) best.set(article, score);
      }
    }
  }
  return best;
}

/** The address of file number `n` from one of SearchIndexFiles' templates. */
export function fileAddress(template: string, n: number): string {
  return template.replace('{n}', String(n));
}

/**
 * The browser side of the chunked index: fetches only the shards a query's
 * words are filed in and the result records of the results it shows, each
 * file once per page.
 */
export function openSearchIndex({ files: addresses, manifest, loadJson = fetchJson }: SearchIndexOptions): SearchIndex {
  const files = new Map<string, Promise<unknown>>();
  const load = (url: string) => {
    let file = files.get(url);
    if (!file) {
      file = loadJson(url).then((json) => {
        if ((json as { version?: unknown }).version !== manifest.version) throw new Error(`${url} is from another build of the index than this page`);
        return json;
      });
      // A failed download is tried again on the next query, not remembered.
      file.catch(() => files.delete(url));
      files.set(url, file);
    }
    return file;
  };
  const stems = new Map<string, string>();
  const stemOf = (word: string) => {
    let stem = stems.get(word);
    if (stem === undefined) stems.set(word, (stem = stemTerm(word, manifest.language.stemmer)));
    return stem;
  };
  const loadShard = (shard: number) => load(fileAddress(addresses.shard, shard)) as Promise<TermShard>;
  const loadResult = async (article: number) => ((await load(fileAddress(addresses.result, article))) as ResultRecord).result;

  return {
    async search(query) {
      const terms = getQueryTerms(query, manifest.language);
      if (!terms.length || !manifest.documentCount) return [];
      const shardsPerTerm = await Promise.all(terms.map((term) => Promise.all(shardsForQueryTerm(term, manifest.shardCount).map(loadShard))));
      const perTerm = terms.map((term, i) => {
        const scores = scoreTerm(term, shardsPerTerm[i]!, stemOf);
        // Rarer words weigh more (BM25's idf).
        const idf = Math.log(1 + (manifest.documentCount - scores.size + 0.5) / (scores.size + 0.5));
        return { scores, idf };
      });
      perTerm.sort((a, b) => a.scores.size - b.scores.size);
      const totals: [number, number][] = [];
      for (const [article] of perTerm[0]!.scores) {
        let total = 0;
        for (const { scores, idf } of perTerm) {
          const score = scores.get(article);
          if (score === undefined) {
            total = -1;
            break;
          }
          total += score * idf;
        }
        if (total >= 0) totals.push([article, total]);
      }
      // Equal scores keep the index's order, which is newest first.
      totals.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      return totals.map(([article]) => article);
    },

    getResults(articles) {
      return Promise.all(articles.map(loadResult));
    },
  };
}

export interface TextPiece {
  text: string;
  match: boolean;
}

function isMatch(word: string, terms: readonly QueryTerm[], language: SearchLanguage): boolean {
  const normal = normaliseTerm(word, language.script);
  if (!normal) return false;
  const stem = stemTerm(normal, language.stemmer);
  return terms.some((term) => matchTerm(normal, stem, term) !== undefined);
}

/**
 * Cuts text into plain and matching pieces, by the same rules the index
 * matches with (exact form, other forms of the word, longer words a long
 * query begins), so the reader sees why a result was found. The pieces are
 * rendered as text nodes: no HTML is ever built from article text.
 */
export function splitHighlights(text: string, terms: readonly QueryTerm[], language: SearchLanguage): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of findWords(text)) {
    if (!isMatch(span.word, terms, language)) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), match: false });
    pieces.push({ text: span.word, match: true });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
