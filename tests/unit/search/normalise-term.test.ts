import { describe, expect, it } from 'vitest';
import { normaliseTerm } from '@/lib/search/normalise-term';

/** As a Devanagari-script language's index folds a word (Hindi's, in the locale table). */
const normalise = (word: string) => normaliseTerm(word, 'devanagari');

// Code points are spelled out so the fixtures cannot be silently normalised by an editor.
const ZA_PRECOMPOSED = '\u095B'; // ज़ as one code point
const ZA_DECOMPOSED = '\u091C\u093C'; // ज + nukta
const ZWJ = '\u200D';
const ZWNJ = '\u200C';

describe('normaliseTerm', () => {
  it('reads a nukta letter the same however it was typed, and with the nukta left out', () => {
    const forms = [`${ZA_PRECOMPOSED}रूरी`, `${ZA_DECOMPOSED}रूरी`, 'जरूरी'];
    expect(new Set(forms.map(normalise)).size).toBe(1);
    for (const [pre, de] of [['\u0958', '\u0915\u093C'], ['\u095C', '\u0921\u093C'], ['\u095E', '\u092B\u093C'], ['\u095A', '\u0917\u093C']]) {
      expect(normalise(`${pre}ा`)).toBe(normalise(`${de}ा`));
    }
  });

  it('is the same for NFC and NFD input', () => {
    const word = `${ZA_PRECOMPOSED}मीन`;
    expect(normalise(word.normalize('NFC'))).toBe(normalise(word.normalize('NFD')));
    expect(normalise('Café'.normalize('NFD'))).toBe(normalise('Café'.normalize('NFC')));
  });

  it('keeps matras meaningful: कल, काल, किला and कुल stay different words', () => {
    const words = ['कल', 'काल', 'किला', 'कुल', 'कला'].map(normalise);
    expect(new Set(words).size).toBe(5);
    expect(normalise('काल')).toBe('काल');
  });

  it('keeps conjuncts whole and unchanged', () => {
    for (const word of ['क्षेत्र', 'ज्ञान', 'श्रमिक', 'द्वार', 'प्रदर्शनी']) expect(normalise(word)).toBe(word);
  });

  it('drops ZWJ and ZWNJ, which only choose how a conjunct is drawn', () => {
    expect(normalise(`क्${ZWJ}षेत्र`)).toBe('क्षेत्र');
    expect(normalise(`क्${ZWNJ}ष`)).toBe('क्ष');
  });

  it('treats chandrabindu like anusvara, and a nasal half-letter before a consonant like anusvara', () => {
    expect(normalise('यहाँ')).toBe(normalise('यहां'));
    expect(normalise('हिन्दी')).toBe(normalise('हिंदी'));
    expect(normalise('सम्बन्ध')).toBe(normalise('संबंध'));
    // Not before a consonant: a word-final virama stays.
    expect(normalise('राजन्')).toBe('राजन्');
  });

  it('reads Devanagari digits as the same numbers as ASCII digits', () => {
    expect(normalise('२०२४')).toBe('2024');
    expect(normalise('१९४७')).toBe(normalise('1947'));
  });

  it('lower-cases Latin letters and drops their accents', () => {
    expect(normalise('GST')).toBe('gst');
    expect(normalise('Exporters')).toBe('exporters');
    expect(normalise('résumé')).toBe('resume');
  });

  it('applies the Devanagari folds only to a Devanagari-script language: a Latin-script one folds case and accents alone', () => {
    expect(normaliseTerm(`${ZA_PRECOMPOSED}रूरी`, 'latin')).not.toBe(normaliseTerm('जरूरी', 'latin'));
    expect(normaliseTerm('२०२४', 'latin')).toBe('२०२४');
    expect(normaliseTerm('Résumé', 'latin')).toBe(normalise('Résumé'));
  });
});
