import type MiniSearch from 'minisearch';
import { searchIndexOptions, type SearchDocument, type SearchResult } from './search-options';

const loading = new Map<string, Promise<MiniSearch<SearchDocument>>>();

/**
 * Fetched and parsed once per page, on first use only: neither MiniSearch nor
 * the index is downloaded by a reader who never searches.
 */
export function loadSearchIndex(url: string): Promise<MiniSearch<SearchDocument>> {
  let index = loading.get(url);
  if (!index) {
    index = Promise.all([import('minisearch'), fetch(url)]).then(async ([{ default: MiniSearchClass }, response]) => {
      if (!response.ok) throw new Error(`search index ${url} answered ${response.status}`);
      return MiniSearchClass.loadJSON<SearchDocument>(await response.text(), searchIndexOptions);
    });
    index.catch(() => loading.delete(url));
    loading.set(url, index);
  }
  return index;
}

/** Best match first (title matches outrank body matches through the field boosts). */
export function querySearchIndex(index: MiniSearch<SearchDocument>, query: string): SearchResult[] {
  return index.search(query).map((hit) => ({
    id: String(hit.id),
    title: String(hit.title),
    summary: String(hit.summary),
    date: String(hit.date),
    dateTime: String(hit.dateTime),
    path: String(hit.path),
  }));
}
