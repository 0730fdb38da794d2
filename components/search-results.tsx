import type { QueryTerm, SearchResult } from '@/lib/search/index-layout';
import { HighlightedText } from './highlighted-text';

/** `busy` while more of the list is on its way, so assistive technology waits for it. */
export function SearchResults({ results, terms, busy }: { results: readonly SearchResult[]; terms: readonly QueryTerm[]; busy: boolean }) {
  return (
    <ol className="search-results" aria-busy={busy}>
      {results.map((result) => (
        <li key={result.path} className="search-result">
          <h2 className="card-title">
            <a href={result.path}>
              <HighlightedText text={result.title} terms={terms} />
            </a>
          </h2>
          <p className="card-meta">
            <time dateTime={result.dateTime}>{result.date}</time>
          </p>
          <p className="card-summary">
            <HighlightedText text={result.summary} terms={terms} />
          </p>
        </li>
      ))}
    </ol>
  );
}
