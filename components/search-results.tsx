import type { QueryTerm, SearchResult } from '@/lib/search/index-layout';
import { HighlightedText } from './highlighted-text';

export function SearchResults({ results, terms }: { results: readonly SearchResult[]; terms: readonly QueryTerm[] }) {
  return (
    <ol className="search-results">
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
