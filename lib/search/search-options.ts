import type { Options, SearchOptions } from 'minisearch';
import { normaliseTerm } from './normalise-term';
import { splitWords } from './split-words';

/** One article as the search index sees it; built at build time from published articles only. */
export interface SearchDocument {
  /** The article's slug: unique within a locale, and each locale has its own index. */
  id: string;
  title: string;
  summary: string;
  /** Plain text of the body, Markdown syntax removed. */
  body: string;
  /** Organisation names and topic labels in the index's language. */
  names: string;
  /** Post date as the reader's language writes it, and its ISO form for `<time>`. */
  date: string;
  dateTime: string;
  path: string;
}

export type SearchResult = Pick<SearchDocument, 'id' | 'title' | 'summary' | 'date' | 'dateTime' | 'path'>;

/** Short terms are matched whole only: a prefix of कल must not find कला, nor "in" find "india". */
const MIN_PREFIX_LENGTH = 4;

export function isPrefixTerm(term: string): boolean {
  return [...term].length >= MIN_PREFIX_LENGTH;
}

/**
 * Title matches rank above everything else. Fuzzy matching stays off: one
 * edit turns कल into काल, exactly the confusion this search exists to avoid.
 */
const searchOptions: SearchOptions = {
  boost: { title: 5, names: 2, summary: 2, body: 1 },
  prefix: (term) => isPrefixTerm(term),
  fuzzy: false,
  combineWith: 'AND',
};

/** Shared by the build (indexing) and the browser (loading and querying), so both tokenise alike. */
export const searchIndexOptions: Options<SearchDocument> = {
  fields: ['title', 'summary', 'body', 'names'],
  storeFields: ['title', 'summary', 'date', 'dateTime', 'path'],
  tokenize: splitWords,
  processTerm: (term) => normaliseTerm(term) || null,
  searchOptions,
};
