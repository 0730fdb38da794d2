import { describe, expect, it } from 'vitest';
import { normaliseTerm } from '@/lib/search/normalise-term';

// Code points are spelled out so the fixtures cannot be silently normalised by an editor.
const ZA_PRECOMPOSED = '\u095B'; // ज़ as one code point
const ZA_DECOMPOSED = '\u091C\u093C'; // ज + nukta
const ZWJ = '\u200D';
const ZWNJ = '\u200C';

describe('normaliseTerm', () => {
  it('reads a nukta letter the same however it was typed, and with the nukta left out', () => {
    const forms = [`${ZA_PRECOMPOSED}रूरी`, `${ZA_DECOMPOSED}रूरी`, 'जरूरी'];
    expect(new Set(forms.map(normaliseTerm)).size).toBe(1);
    for (const [pre, de] of [['\u0958', '\u0915\u093C'], ['\u095C', '\u0921\u093C'], ['\u095E', '\u092B\u093C'], ['\u095A', '\u0917\u093C']]) {
      expect(normaliseTerm(`${pre}ा`)).toBe(normaliseTerm(`${de}ा`));
    }
  });

  it('is the same for NFC and NFD input', () => {
    const word = `${ZA_PRECOMPOSED}मीन`;
    expect(normaliseTerm(word.normalize('NFC'))).toBe(normaliseTerm(word.normalize('NFD')));
    expect(normaliseTerm('Café'.normalize('NFD'))).toBe(normaliseTerm('Café'.normalize('NFC')));
  });

  it('keeps matras meaningful: कल, काल, किला and कुल stay different words', () => {
    const words = ['कल', 'काल', 'किला', 'कुल', 'कला'].map(normaliseTerm);
    expect(new Set(words).size).toBe(5);
    expect(normaliseTerm('काल')).toBe('काल');
  });

  it('keeps conjuncts whole and unchanged', () => {
    for (const word of ['क्षेत्र', 'ज्ञान', 'श्रमिक', 'द्वार', 'प्रदर्शनी']) expect(normaliseTerm(word)).toBe(word);
  });

  it('drops ZWJ and ZWNJ, which only choose how a conjunct is drawn', () => {
    expect(normaliseTerm(`क्${ZWJ}षेत्र`)).toBe('क्षेत्र');
    expect(normaliseTerm(`क्${ZWNJ}ष`)).toBe('क्ष');
  });

  it('treats chandrabindu like anusvara, and a nasal half-letter before a consonant like anusvara', () => {
    expect(normaliseTerm('यहाँ')).toBe(normaliseTerm('यहां'));
    expect(normaliseTerm('हिन्दी')).toBe(normaliseTerm('हिंदी'));
    expect(normaliseTerm('सम्बन्ध')).toBe(normaliseTerm('संबंध'));
    // Not before a consonant: a word-final virama stays.
    expect(normaliseTerm('राजन्')).toBe('राजन्');
  });

  it('reads Devanagari digits as the same numbers as ASCII digits', () => {
    expect(normaliseTerm('२०२४')).toBe('2024');
    expect(normaliseTerm('१९४७')).toBe(normaliseTerm('1947'));
  });

  it('lower-cases Latin letters and drops their accents', () => {
    expect(normaliseTerm('GST')).toBe('gst');
    expect(normaliseTerm('Exporters')).toBe('exporters');
    expect(normaliseTerm('résumé')).toBe('resume');
  });
});
