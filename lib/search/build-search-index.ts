import MiniSearch from 'minisearch';
import { searchIndexOptions, type SearchDocument } from './search-options';

/** The serialised index the browser loads with `MiniSearch.loadJSON` and the same options. */
export function buildSearchIndex(documents: readonly SearchDocument[]): string {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll(documents);
  return JSON.stringify(index);
}
