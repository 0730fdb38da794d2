/**
 * How a language's search index is cut into static files, shared by the
 * build (which writes them) and the browser (which fetches only what a query
 * needs).
 *
 * - Term shards: every indexed word with its postings, filed by its stem's
 *   first three code points, hashed into `shardCount` files. All forms of a
 *   word share a stem, and every longer word that begins with a query of four
 *   or more code points shares its first three, so one query word almost
 *   always needs one shard.
 * - Result records: what a result shows (title, summary, date, address), one
 *   small file per article, fetched only for the results on screen.
 * - The manifest (shard count, article count, version) is tiny and travels
 *   in the search page itself, so a query starts fetching shards at once.
 *
 * Every file carries the version of the build that wrote it: a page left open
 * across a deploy would otherwise read new shards with old article numbers
 * and show the wrong titles. A file of another version is refused instead.
 */
import type { LocaleFacts } from '@/lib/i18n/locales';
import { normaliseTerm, splitWords, stemTerm } from './words';

/** How a language's words are folded and stemmed, from its entry in the locale table: the index and the browser must agree. */
export type SearchLanguage = Pick<LocaleFacts, 'script' | 'stemmer'>;

export interface SearchManifest {
  language: SearchLanguage;
  /** Articles in the index; result records are numbered 0…documentCount-1, newest first. */
  documentCount: number;
  shardCount: number;
  /** A hash of every file's content: the same in the page and in each file of one build. */
  version: string;
}

/**
 * One shard. `words`: normalised word → postings, a flat list of pairs
 * [article number − previous article number, score], article numbers rising.
 * The score is the word's weight in that article across its fields (see
 * build-search-index.ts), times 10 and rounded.
 */
export interface TermShard {
  version: string;
  words: Record<string, number[]>;
}

/** What a result shows; everything else about an article stays on its page. */
export interface SearchResult {
  title: string;
  summary: string;
  /** Post date as the reader's language writes it, and its ISO form for `<time>`. */
  date: string;
  dateTime: string;
  path: string;
}

/** One result's file. */
export interface ResultRecord {
  version: string;
  result: SearchResult;
}

/** Short words are matched whole only: a prefix of कल must not find कला, nor "in" find "india". */
const MIN_PREFIX_LENGTH = 4;
const KEY_LENGTH = 3;

/** One word of a query, as the index files and matches it. */
export interface QueryTerm {
  /** Normalised form: matched exactly, ranked first. */
  term: string;
  /** Its stem: other forms of the word match, ranked below the exact form. */
  stem: string;
  /** Long enough to also match longer words that begin with it. */
  prefix: boolean;
}

/** The query's distinct words, normalised and stemmed as the index was. */
export function getQueryTerms(query: string, language: SearchLanguage): QueryTerm[] {
  const terms = [...new Set(splitWords(query).map((word) => normaliseTerm(word, language.script)).filter(Boolean))];
  return terms.map((term) => ({ term, stem: stemTerm(term, language.stemmer), prefix: [...term].length >= MIN_PREFIX_LENGTH }));
}

/** How a word relates to a query term: exact form, same stem, or longer word it begins; undefined when unrelated. */
export type MatchKind = 'exact' | 'stem' | 'prefix';

export function matchTerm(word: string, wordStem: string, query: QueryTerm): MatchKind | undefined {
  if (word === query.term) return 'exact';
  if (wordStem === query.stem) return 'stem';
  if (query.prefix && word.startsWith(query.term)) return 'prefix';
  return undefined;
}

/** FNV-1a over UTF-16 code units: stable across Node and browsers, spreads similar keys apart. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shardOfKey(key: string, shardCount: number): number {
  return hash([...key].slice(0, KEY_LENGTH).join('')) % shardCount;
}

/** The shard an indexed word is filed in: by its stem, so all its forms sit together. */
export function shardOfStem(stem: string, shardCount: number): number {
  return shardOfKey(stem, shardCount);
}

/**
 * The shards one query term needs: its stem's (exact form and other forms),
 * and for a prefix term its own first letters' (longer words beginning with
 * it). These differ only when the stem is shorter than three code points.
 */
export function shardsForQueryTerm(query: QueryTerm, shardCount: number): number[] {
  const shards = new Set([shardOfKey(query.stem, shardCount)]);
  if (query.prefix) shards.add(shardOfKey(query.term, shardCount));
  return [...shards];
}
