import { describe, expect, it } from 'vitest';
import { findWords, splitWords } from '@/lib/search/split-words';

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
