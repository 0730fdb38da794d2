import { describe, expect, it } from 'vitest';
import { splitHighlights } from '@/lib/search/highlight';
import { getQueryTerms } from '@/lib/search/index-layout';
import { localeFacts } from '@/lib/i18n/locales';

const hindi = localeFacts.hi;

const marked = (text: string, query: string) =>
  splitHighlights(text, getQueryTerms(query, hindi), hindi)
    .filter((p) => p.match)
    .map((p) => p.text);

describe('splitHighlights', () => {
  it('marks the words the query matched, as they are written in the text', () => {
    expect(marked('निर्यात के लिए ज़रूरी काग़ज़ात', 'जरूरी')).toEqual(['ज़रूरी']);
    expect(marked('नई \u092B\u093Cैक्टरी की सूची', '\u095Eैक्टरी')).toEqual(['\u092B\u093Cैक्टरी']);
  });

  it('marks whole words only: कल does not light up काल or कलम', () => {
    expect(marked('कल काल कलम', 'कल')).toEqual(['कल']);
  });

  it('marks the other forms of the word, as the index matches them', () => {
    expect(marked('आगरा के जूते और जूतों की माँग', 'जूता')).toEqual(['जूते', 'जूतों']);
    expect(marked('कला और कल', 'कल')).toEqual(['कल']);
  });

  it('marks words that begin with a long enough query term, as the index matches them', () => {
    expect(marked('Exporters expect steady exports', 'export')).toEqual(['Exporters', 'exports']);
    expect(marked('in India', 'in')).toEqual(['in']);
  });

  it('keeps all the text, in order, as plain strings', () => {
    const text = '<b>कल</b> & "काल"';
    expect(splitHighlights(text, getQueryTerms('कल', hindi), hindi).map((p) => p.text).join('')).toBe(text);
  });
});
