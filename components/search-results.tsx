import type { QueryTerm, SearchLanguage, SearchResult } from '@/lib/search/index-layout';
import { HighlightedText } from './highlighted-text';

/** `busy` while more of the list is on its way, so assistive technology waits for it. */
export function SearchResults({ results, terms, language, busy }: { results: readonly SearchResult[]; terms: readonly QueryTerm[]; language: SearchLanguage; busy: boolean }) {
  return (
    <ol className="search-results" aria-busy={busy}>
      {results.map((result) => (
        <li key={result.path} className="search-result">
          <h2 className="card-title">
            <a href={result.path}>
              <HighlightedText text={result.title} terms={terms} language={language} />
            </a>
          </h2>
          <p className="card-meta">
            <time dateTime={result.dateTime}>{result.date}</time>
          </p>
          <p className="card-summary">
            <HighlightedText text={result.summary} terms={terms} language={language} />
          </p>
        </li>
      ))}
    </ol>
  );
}
