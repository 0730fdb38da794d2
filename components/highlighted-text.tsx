import { splitHighlights } from '@/lib/search/highlight';
import type { QueryTerm } from '@/lib/search/index-layout';

/** Text with the query's words marked; pieces are text nodes, never HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly QueryTerm[] }) {
  return (
    <>
      {splitHighlights(text, terms).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}
