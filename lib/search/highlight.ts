import { normaliseTerm } from './normalise-term';
import { isPrefixTerm } from './search-options';
import { findWords, splitWords } from './split-words';

export interface TextPiece {
  text: string;
  match: boolean;
}

/** The query's terms as the index stores them. */
export function getQueryTerms(query: string): string[] {
  return splitWords(query).map(normaliseTerm).filter(Boolean);
}

function isMatch(word: string, terms: readonly string[]): boolean {
  const normal = normaliseTerm(word);
  return terms.some((term) => normal === term || (isPrefixTerm(term) && normal.startsWith(term)));
}

/**
 * Cuts text into plain and matching pieces, by the same rules the index
 * matches with, so the reader sees why a result was found. The pieces are
 * rendered as text nodes: no HTML is ever built from article text.
 */
export function splitHighlights(text: string, terms: readonly string[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of findWords(text)) {
    if (!isMatch(span.word, terms)) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), match: false });
    pieces.push({ text: span.word, match: true });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
