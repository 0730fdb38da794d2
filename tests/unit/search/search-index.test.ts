import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, getSearchDocuments, indexFileResponse, listIndexFiles, type BuiltSearchIndex, type SearchDocument } from '@/lib/search/build-search-index';
import { getQueryTerms, shardsForQueryTerm, type TermShard } from '@/lib/search/index-layout';
import { openSearchIndex, splitHighlights } from '@/lib/search/query-search-index';
import { searchIndexFiles, searchResultPath, searchShardPath } from '@/lib/routes';
import { localeFacts } from '@/lib/i18n/locales';

const hindiSearch = localeFacts.hi;

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

/** The built files, served as the site serves them, with every download recorded; `page` is the manifest of the page searching them. */
function serve(docs: SearchDocument[], options: { shardCount?: number; page?: BuiltSearchIndex['manifest'] } = {}) {
  const built: BuiltSearchIndex = buildSearchIndex(docs, hindiSearch, options);
  const files = new Map<string, string>();
  built.shards.forEach((text, n) => files.set(searchShardPath('hi', n), text));
  built.results.forEach((text, n) => files.set(searchResultPath('hi', n), text));
  const requested: string[] = [];
  const index = openSearchIndex({
    files: searchIndexFiles('hi'),
    manifest: options.page ?? built.manifest,
    loadJson: async (url) => {
      requested.push(url);
      const text = files.get(url);
      if (text === undefined) throw new Error(`404 ${url}`);
      return JSON.parse(text);
    },
  });
  const ids = async (query: string) => (await index.search(query)).map((n) => docs[n]!.id);
  return { built, index, requested, ids };
}

describe('the search index', () => {
  const docs = [
    doc('kal', { title: 'कल होने वाली बैठक', body: 'सदस्य कल मिलेंगे। वर्ष २०२४' }),
    doc('kaal', { title: 'संकट का काल बीता', body: 'वह काल कठिन था।पुराने किला परिसर' }),
    doc('papers', { title: 'निर्यात के लिए \u095Bरूरी काग़ज़ात', body: 'क्\u200Dषेत्र के व्यापारी GST पंजीकरण' }),
    doc('factory', { title: 'कारखानों की सूची', body: 'नई \u092B\u093Cैक्टरी की सूची बैठक में जारी हुई' }),
    doc('english', { title: 'Export outlook', body: 'Exporters expect steady orders' }),
    doc('shoes', { title: 'चमड़ा उद्योग की खबर', body: 'आगरा के जूते विदेश भेजे गए' }),
    doc('shoe', { title: 'चमड़ा उद्योग की खबर', summary: 'कला और शिल्प', body: 'आगरा का जूता विदेश भेजा गया' }),
    doc('shoe-fair', { title: 'जूतों का मेला' }),
  ];
  const { ids, index } = serve(docs);

  it('keeps कल, काल and किला apart, and कल away from कला', async () => {
    expect(await ids('कल')).toEqual(['kal']);
    expect(await ids('काल')).toEqual(['kaal']);
    expect(await ids('किला')).toEqual(['kaal']);
    expect(await ids('कुल')).toEqual([]);
    expect(await ids('कला')).toEqual(['shoe']);
  });

  it('finds every form of a word from any form, the exact form first, a title match above both', async () => {
    expect(await ids('जूता')).toEqual(['shoe-fair', 'shoe', 'shoes']);
    expect(await ids('जूते')).toEqual(['shoe-fair', 'shoes', 'shoe']);
    expect(await ids('जूतों')).toEqual(['shoe-fair', 'shoes', 'shoe']);
    expect(await ids('व्यापारियों')).toEqual(['papers']);
    expect(await ids('order')).toEqual(['english']);
    expect(await ids('exported')).toEqual(['english']);
  });

  it('finds a nukta word typed precomposed, decomposed, or without the nukta', async () => {
    for (const query of ['\u095Bरूरी', '\u091C\u093Cरूरी', 'जरूरी']) expect(await ids(query), query).toEqual(['papers']);
    for (const query of ['\u095Eैक्टरी', '\u092B\u093Cैक्टरी', 'फैक्टरी']) expect(await ids(query), query).toEqual(['factory']);
    expect(await ids('काग़ज़ात'.normalize('NFD'))).toEqual(['papers']);
  });

  it('matches a ZWJ-shaped conjunct with the plain one, and Devanagari digits with ASCII ones', async () => {
    expect(await ids('क्षेत्र')).toEqual(['papers']);
    expect(await ids('2024')).toEqual(['kal']);
  });

  it('ranks a title match above a body match', async () => {
    expect(await ids('बैठक')).toEqual(['kal', 'factory']);
  });

  it('needs every word of the query, in either script', async () => {
    expect(await ids('GST पंजीकरण')).toEqual(['papers']);
    expect(await ids('GST काल')).toEqual([]);
  });

  it('completes longer words from their beginning, but never short ones', async () => {
    expect(await ids('expo')).toEqual(['english']);
    expect(await ids('निर्या')).toEqual(['papers']);
    expect(await ids('क')).toEqual([]);
  });

  it('returns what a result shows: title, date, summary and address', async () => {
    const [first] = await index.search('कल');
    expect(await index.getResults([first!])).toEqual([{ title: 'कल होने वाली बैठक', summary: '', date: '1 जनवरी 2024', dateTime: '2024-01-01', path: '/hi/articles/kal' }]);
  });
});

describe('the chunked index', () => {
  // Sixty articles, each with its own word (its own first three letters), over sixteen shards.
  const consonants = [...'कखगघचछजझटठडढतथदधनपफबभमयरलवशसहण'];
  const words = Array.from({ length: 60 }, (_, i) => `${consonants[i % 30]}${i < 30 ? 'ा' : 'ी'}रक`);
  const docs = words.map((word, i) => doc(`a${i}`, { title: `${word} समाचार`, body: `साझा पाठ ${word}` }));

  it('spreads the words over the shards, each word in one shard only', () => {
    const { built } = serve(docs, { shardCount: 16 });
    const shards = built.shards.map((text) => Object.keys((JSON.parse(text) as TermShard).words));
    expect(shards.filter((terms) => terms.length > 0).length).toBeGreaterThan(8);
    const all = shards.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('downloads only the shards of the query’s words and the records of the results shown', async () => {
    const { index, requested } = serve(docs, { shardCount: 16 });
    const hits = await index.search(words[7]!);
    const expected = getQueryTerms(words[7]!, hindiSearch).flatMap((t) => shardsForQueryTerm(t, 16)).map((n) => searchShardPath('hi', n));
    expect(new Set(requested)).toEqual(new Set(expected));
    expect(requested.length).toBeLessThanOrEqual(2);
    expect(hits).toEqual([7]);
    await index.getResults(hits);
    expect(requested.slice(-1)).toEqual([searchResultPath('hi', 7)]);
  });

  it('fetches each file once per page, and a two-word query no more than its words’ shards', async () => {
    const { index, requested } = serve(docs, { shardCount: 16 });
    await index.search(`${words[3]} समाचार`);
    const first = requested.length;
    expect(first).toBeLessThanOrEqual(4);
    await index.search(`${words[3]} समाचार`);
    expect(requested.length).toBe(first);
    expect(await index.search('समाचार')).toHaveLength(60);
  });

  it('refuses files from another build, so a page left open across a deploy never shows the wrong articles', async () => {
    const before = buildSearchIndex(docs.slice(1), hindiSearch, { shardCount: 16 }).manifest;
    const { index, built } = serve(docs, { shardCount: 16, page: before });
    expect(built.manifest.version).not.toBe(before.version);
    expect(built.manifest.version).toBe(buildSearchIndex(docs, hindiSearch, { shardCount: 16 }).manifest.version);
    await expect(index.search(words[7]!)).rejects.toThrow(/another build/);
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
    const built = buildSearchIndex(hindi, hindiSearch);
    const text = [...built.shards, ...built.results].join('\n');
    expect(text).not.toContain('गुप्तवार्ता');
    expect(text).not.toContain('भविष्यवाणी');
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

  it('are served as one static file per shard and per result, and nothing else', async () => {
    const files = listIndexFiles('hi');
    expect(files.filter((f) => f.part === 'results')).toHaveLength(hindi.length);
    expect(files.filter((f) => f.part === 'words').length).toBeGreaterThanOrEqual(1);
    const first = indexFileResponse('hi', 'results', '0.json');
    expect(first.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await first.json()).toMatchObject({ result: { title: hindi[0]!.title, path: hindi[0]!.path } });
    for (const [part, file] of [['results', `${hindi.length}.json`], ['results', '00.json'], ['words', '-1.json'], ['other', '0.json'], ['words', '0']]) {
      expect(indexFileResponse('hi', part!, file!).status, `${part}/${file}`).toBe(404);
    }
  });
});

const marked = (text: string, query: string) =>
  splitHighlights(text, getQueryTerms(query, hindiSearch), hindiSearch)
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
    expect(splitHighlights(text, getQueryTerms('कल', hindiSearch), hindiSearch).map((p) => p.text).join('')).toBe(text);
  });
});
