import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build-search-index';
import { querySearchIndex } from '@/lib/search/query-search-index';
import { getSearchDocuments } from '@/lib/search/search-documents';
import { searchIndexOptions, type SearchDocument } from '@/lib/search/search-options';

const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
  id,
  title: '',
  summary: '',
  body: '',
  names: '',
  date: '1 जनवरी 2024',
  dateTime: '2024-01-01',
  path: `/hi/articles/${id}`,
  ...fields,
});

/** Built and serialised, then loaded as the browser loads it. */
function indexOf(docs: SearchDocument[]) {
  return MiniSearch.loadJSON<SearchDocument>(buildSearchIndex(docs), searchIndexOptions);
}
const ids = (index: MiniSearch<SearchDocument>, query: string) => querySearchIndex(index, query).map((r) => r.id);

describe('the search index', () => {
  const index = indexOf([
    doc('kal', { title: 'कल होने वाली बैठक', body: 'सदस्य कल मिलेंगे। वर्ष २०२४' }),
    doc('kaal', { title: 'संकट का काल बीता', body: 'वह काल कठिन था।पुराने किला परिसर' }),
    doc('papers', { title: 'निर्यात के लिए \u095Bरूरी काग़ज़ात', body: 'क्\u200Dषेत्र के व्यापारी GST पंजीकरण' }),
    doc('factory', { title: 'कारखानों की सूची', body: 'नई \u092B\u093Cैक्टरी की सूची बैठक में जारी हुई' }),
    doc('english', { title: 'Export outlook', body: 'Exporters expect steady orders' }),
  ]);

  it('keeps कल, काल and किला apart', () => {
    expect(ids(index, 'कल')).toEqual(['kal']);
    expect(ids(index, 'काल')).toEqual(['kaal']);
    expect(ids(index, 'किला')).toEqual(['kaal']);
    expect(ids(index, 'कुल')).toEqual([]);
  });

  it('finds a nukta word typed precomposed, decomposed, or without the nukta', () => {
    for (const query of ['\u095Bरूरी', '\u091C\u093Cरूरी', 'जरूरी']) expect(ids(index, query), query).toEqual(['papers']);
    for (const query of ['\u095Eैक्टरी', '\u092B\u093Cैक्टरी', 'फैक्टरी']) expect(ids(index, query), query).toEqual(['factory']);
  });

  it('finds NFD-typed queries', () => {
    expect(ids(index, 'काग़ज़ात'.normalize('NFD'))).toEqual(['papers']);
  });

  it('matches a ZWJ-shaped conjunct with the plain one, and Devanagari digits with ASCII ones', () => {
    expect(ids(index, 'क्षेत्र')).toEqual(['papers']);
    expect(ids(index, '2024')).toEqual(['kal']);
  });

  it('ranks a title match above a body match', () => {
    expect(ids(index, 'बैठक')).toEqual(['kal', 'factory']);
  });

  it('needs every word of the query, in either script', () => {
    expect(ids(index, 'GST पंजीकरण')).toEqual(['papers']);
    expect(ids(index, 'GST काल')).toEqual([]);
  });

  it('completes longer words from their beginning, but never short ones', () => {
    expect(ids(index, 'export')).toEqual(['english']);
    expect(ids(index, 'निर्या')).toEqual(['papers']);
    expect(ids(index, 'क')).toEqual([]);
  });

  it('returns what a result shows: title, date and summary', () => {
    expect(querySearchIndex(index, 'कल')[0]).toEqual({ id: 'kal', title: 'कल होने वाली बैठक', summary: '', date: '1 जनवरी 2024', dateTime: '2024-01-01', path: '/hi/articles/kal' });
  });
});

describe('the documents indexed from the fixture site', () => {
  let hindi: SearchDocument[];
  beforeAll(() => {
    process.env.CONTENT_DIR = 'tests/fixtures/site';
    hindi = getSearchDocuments('hi');
  });

  it('hold published articles only: never drafts or scheduled posts', () => {
    expect(hindi.map((d) => d.id)).not.toContain('synthetic-hindi-draft');
    expect(hindi.map((d) => d.id)).not.toContain('synthetic-hindi-scheduled');
    const json = buildSearchIndex(hindi);
    expect(json).not.toContain('गुप्तवार्ता');
    expect(json).not.toContain('भविष्यवाणी');
    expect(getSearchDocuments('en').map((d) => d.id)).not.toContain('synthetic-draft');
  });

  it('hold plain body text, organisation names and topic labels in the language', () => {
    const pair = hindi.find((d) => d.id === 'synthetic-fair-pair');
    expect(pair?.body).toContain('यह एक कृत्रिम अनुच्छेद है');
    expect(pair?.body).not.toMatch(/##|\[\^1\]/);
    expect(pair?.names).toContain('उदाहरण व्यापारी संघ');
    expect(pair?.names).toContain('परीक्षण विषय');
    expect(pair?.path).toBe('/hi/articles/synthetic-fair-pair');
  });
});
