import { matchTerm, type QueryTerm, type SearchLanguage } from './index-layout';
import { normaliseTerm } from './normalise-term';
import { findWords } from './split-words';
import { stemTerm } from './stem-term';

export interface TextPiece {
  text: string;
  match: boolean;
}

function isMatch(word: string, terms: readonly QueryTerm[], language: SearchLanguage): boolean {
  const normal = normaliseTerm(word, language.script);
  if (!normal) return false;
  const stem = stemTerm(normal, language.stemmer);
  return terms.some((term) => matchTerm(normal, stem, term) !== undefined);
}

/**
 * Cuts text into plain and matching pieces, by the same rules the index
 * matches with (exact form, other forms of the word, longer words a long
 * query begins), so the reader sees why a result was found. The pieces are
 * rendered as text nodes: no HTML is ever built from article text.
 */
export function splitHighlights(text: string, terms: readonly QueryTerm[], language: SearchLanguage): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of findWords(text)) {
    if (!isMatch(span.word, terms, language)) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), match: false });
    pieces.push({ text: span.word, match: true });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
