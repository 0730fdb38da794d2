import { describe, expect, it } from 'vitest';
import { normaliseTerm } from '@/lib/search/normalise-term';
import { stemTerm } from '@/lib/search/stem-term';

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
