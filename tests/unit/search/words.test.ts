import { describe, expect, it } from 'vitest';
import { findWords, normaliseTerm, splitWords, stemTerm } from '@/lib/search/words';

describe('splitWords', () => {
  it('keeps Devanagari words whole, matras, virama, nukta and anusvara included', () => {
    expect(splitWords('भारत और चीन के बीच चमड़ा उद्योग में सहयोग बढ़ेगा')).toEqual(['भारत', 'और', 'चीन', 'के', 'बीच', 'चमड़ा', 'उद्योग', 'में', 'सहयोग', 'बढ़ेगा']);
    expect(splitWords('क्षेत्र ज्ञान श्रमिक')).toEqual(['क्षेत्र', 'ज्ञान', 'श्रमिक']);
  });

  it('does not split a word at a combining mark, where a \\W tokenizer does', () => {
    expect('किला'.split(/\W+/u).filter(Boolean)).not.toEqual(['किला']);
    expect(splitWords('किला')).toEqual(['किला']);
  });

  it('ends words at danda and double danda, with or without a space', () => {
    expect(splitWords('काल कठिन था।पुराने किला॥ अंत')).toEqual(['काल', 'कठिन', 'था', 'पुराने', 'किला', 'अंत']);
  });

  it('keeps ZWJ and ZWNJ inside the word they shape', () => {
    expect(splitWords('क्\u200Dषेत्र में')).toEqual(['क्\u200Dषेत्र', 'में']);
    expect(splitWords('क्\u200Cष')).toEqual(['क्\u200Cष']);
  });

  it('separates mixed Hindi–English text and keeps digits of both scripts', () => {
    expect(splitWords('GST-पंजीकरण 2024 में, वर्ष २०२४ (India)')).toEqual(['GST', 'पंजीकरण', '2024', 'में', 'वर्ष', '२०२४', 'India']);
  });

  it('reports where each word is, for highlighting', () => {
    expect(findWords('कल, काल।')).toEqual([
      { word: 'कल', start: 0, end: 2 },
      { word: 'काल', start: 4, end: 7 },
    ]);
  });
});

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

/** As index and query see a word: normalised, then stemmed. */
const stem = (word: string) => stemTerm(normaliseTerm(word, 'devanagari'), 'hindi');

describe('stemTerm', () => {
  it('files the inflected forms of a Hindi noun under one stem', () => {
    expect(new Set(['जूता', 'जूते', 'जूतों'].map(stem)).size).toBe(1);
    expect(new Set(['व्यापारी', 'व्यापारियों'].map(stem)).size).toBe(1);
    expect(new Set(['बैठक', 'बैठकों'].map(stem)).size).toBe(1);
    expect(new Set(['लड़की', 'लड़कियों', 'लडकियों'].map(stem)).size).toBe(1);
  });

  it('files verb forms together: -ना, -ने, -ती, -ते', () => {
    expect(new Set(['बढ़ना', 'बढ़ने', 'बढ़ती', 'बढ़ते'].map(stem)).size).toBe(1);
  });

  it('never makes कल and काल, or कल and कला, one word', () => {
    expect(stem('कल')).not.toBe(stem('काल'));
    expect(stem('कल')).not.toBe(stem('कला'));
    expect(stem('काल')).not.toBe(stem('किला'));
    expect(new Set(['कल', 'काल', 'किला', 'कुल', 'कला'].map(stem)).size).toBe(5);
  });

  it('keeps a two-letter stem only when a whole ending came off: करों meets कर, कला stays कला', () => {
    expect(stem('करों')).toBe('कर');
    expect(stem('दलों')).toBe(stem('दल'));
    expect(stem('कला')).toBe('कला');
    expect(stem('नई')).toBe('नई');
  });

  it('still meets nukta, NFD and chandrabindu spellings after stemming', () => {
    expect(stem('\u095Bरूरतों')).toBe(stem('जरूरत'));
    expect(stem('काग़ज़ों'.normalize('NFD'))).toBe(stem('कागज'));
    expect(stem('दुकानें')).toBe(stem('दुकान'));
    expect(stem('कहाँ')).toBe(stem('कहां'));
  });

  it('stems English words, in either language’s articles', () => {
    expect(new Set(['exports', 'exporters', 'exported', 'export'].map(stem)).size).toBe(1);
    expect(stem('orders')).toBe(stem('order'));
    expect(stem('ponies')).toBe(stem('pony'));
    expect(stem('GST')).toBe('gst');
  });

  it('leaves numbers alone', () => {
    expect(stem('२०२४')).toBe('2024');
  });

  it('leaves the words of a language without a stemmer as they are, and still stems the English words it quotes', () => {
    const unstemmed = (word: string) => stemTerm(normaliseTerm(word, 'devanagari'), undefined);
    expect(unstemmed('जूते')).toBe('जूते');
    expect(unstemmed('exporters')).toBe(stem('export'));
  });

  it('gives an English index no Hindi stems: Devanagari words quoted there stay whole', () => {
    expect(stemTerm('जूते', 'english')).toBe('जूते');
    expect(stemTerm('exporters', 'english')).toBe(stem('exporters'));
  });
});
