import type { Script } from '@/lib/i18n/locales';

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
