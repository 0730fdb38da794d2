/**
 * The words of a text as search sees them: split, folded to one spelling and
 * stemmed. The build indexes with these functions and the browser queries with
 * them, so both sides always agree; that is also why nothing here may import
 * server code (it is part of the browser's search bundle).
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemHindi } from '@orama/stemmers/indian';
import type { Script, Stemmer } from '@/lib/i18n/locales';

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

/**
 * One spelling per word, applied to the index and to queries alike, so a
 * reader finds a word however their keyboard typed it. Only differences that
 * do not change the word are folded; vowel signs (matras) are never touched,
 * so कल, काल and किला stay three different words.
 *
 * Every language folds case and Latin accents (any article may quote English
 * names); the Devanagari folds apply to the indexes of languages written in
 * Devanagari (the locale table's `script`).
 */

const NUKTA = /\u093C/g;
/** Joiners only choose how a conjunct is drawn (क्‍ष vs क्ष); the word is the same. */
const JOINERS = /[\u200C\u200D]/g;
/** Chandrabindu and anusvara are used interchangeably in print (यहाँ / यहां). */
const CHANDRABINDU = /\u0901/g;
/** A nasal consonant with virama before another consonant is the same sound as anusvara (हिन्दी / हिंदी). */
const NASAL_CONJUNCT = /[\u0919\u091E\u0923\u0928\u092E]\u094D(?=[\u0915-\u0939])/g;
/** Accents on Latin letters (café / cafe); the range holds no Devanagari signs. */
const LATIN_ACCENTS = /[\u0300-\u036F]/g;
const DEVANAGARI_DIGITS = /[\u0966-\u096F]/g;

/**
 * NFD first: it splits the precomposed nukta letters U+0958–U+095F (and ऩ ऱ ऴ)
 * into consonant + nukta, so both ways of typing them arrive as one form.
 * The nukta is then dropped because Hindi writers and keyboards often omit it
 * (ज़रूरी / जरूरी, फ़ोन / फोन) and it never tells two headline words apart.
 */
export function normaliseTerm(word: string, script: Script): string {
  const decomposed = word.normalize('NFD');
  const folded = script === 'devanagari' ? foldDevanagari(decomposed) : decomposed;
  return folded.replace(LATIN_ACCENTS, '').toLowerCase().normalize('NFC');
}

function foldDevanagari(word: string): string {
  return word
    .replace(NUKTA, '')
    .replace(JOINERS, '')
    .replace(CHANDRABINDU, '\u0902')
    .replace(NASAL_CONJUNCT, '\u0902')
    .replace(DEVANAGARI_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0966));
}

/**
 * The stem a normalised term (see normaliseTerm above) is filed under, so the
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
