import { splitHighlights } from '@/lib/search/query-search-index';
import type { QueryTerm, SearchLanguage } from '@/lib/search/index-layout';

/** Text with the query's words marked; pieces are text nodes, never HTML. */
export function HighlightedText({ text, terms, language }: { text: string; terms: readonly QueryTerm[]; language: SearchLanguage }) {
  return (
    <>
      {splitHighlights(text, terms, language).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}
