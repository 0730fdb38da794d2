/**
 * A word is a run of letters, combining marks and digits. `\p{M}` keeps every
 * matra, virama, nukta and anusvara inside its word (a `\W`-style split drops
 * them and cuts Hindi into pieces); the joiners ZWJ/ZWNJ sit inside conjuncts,
 * so they belong to the word too. Danda । and double danda ॥ are punctuation,
 * so they end a word like a full stop does.
 */
const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** Words with their positions in the original text, for highlighting. */
export function findWords(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Words as typed, before normalisation (MiniSearch's `tokenize`). */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}
