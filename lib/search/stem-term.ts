import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemHindi } from '@orama/stemmers/indian';
import type { Stemmer } from '@/lib/i18n/locales';

/**
 * The stem a normalised term (see normalise-term.ts) is filed under, so the
 * inflected forms of one word meet: जूता, जूते, जूतों → जूत; exports,
 * exporters, exported → export. Index and query use this same function.
 *
 * Stemmers, from @orama/stemmers (Apache-2.0), chosen by the locale table's
 * `stemmer` for words in the language's own script:
 * - hindi: Snowball's Hindi stemmer (the package calls it "indian"), a light
 *   stemmer after Ramanathan & Rao (2003) that removes the longest
 *   inflectional suffix (-ा/-े/-ों/-ी/-ियों, -ना/-ने/-ती/-ते/-कर…), always
 *   leaving at least one letter.
 * - english: Porter's English stemmer. Latin words get it in every language's
 *   articles, since bulletins quote English names and terms.
 * Words of a language without a stemmer (Marathi: @orama/stemmers has none),
 * digits and other scripts are left as they are.
 *
 * The stemmer never touches a vowel sign inside a word, so कल and काल keep
 * different stems. It does drop a final one, and on a two-letter word that
 * vowel is usually the word itself, not an ending: it would file कला (art)
 * under कल (tomorrow). So a stem shorter than three code points is kept only
 * when a longer ending was removed (करों → कर, दलों → दल); otherwise the word
 * is its own stem (कला stays कला, नई stays नई).
 */

const DEVANAGARI = /[\u0900-\u097F]/;
const LATIN = /[a-z]/;
const SHORT_STEM = 3;

const STEMMERS: Record<Stemmer, { script: RegExp; stem: (term: string) => string }> = {
  hindi: { script: DEVANAGARI, stem: stemHindi },
  english: { script: LATIN, stem: stemEnglish },
};

export function stemTerm(term: string, stemmer: Stemmer | undefined): string {
  const own = stemmer ? STEMMERS[stemmer] : undefined;
  if (own?.script.test(term)) return guardShortStem(term, own.stem(term));
  if (LATIN.test(term)) return guardShortStem(term, stemEnglish(term));
  return term;
}

function guardShortStem(term: string, stem: string): string {
  const stemLength = [...stem].length;
  if (stemLength >= SHORT_STEM) return stem;
  const removed = [...term].length - stemLength;
  return stemLength >= 2 && removed >= 2 ? stem : term;
}
