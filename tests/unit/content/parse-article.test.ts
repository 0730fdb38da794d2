import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@/lib/content/parse';
import { parseRegistry, type RegistryMaps } from '@/lib/content/registry';

// Read as the registry files are, so every language of the locale table gets a name.
const registries: RegistryMaps = {
  organisations: parseRegistry('organisations', 'organisations.yml', 'example-traders-guild:\n  name: { hi: उदाहरण व्यापारी संघ, en: Example Traders Guild }\n  country: IN\n').entries,
  tags: parseRegistry('tags', 'tags.yml', 'test-topic:\n  label: { hi: परीक्षण विषय, en: Test topic }\n').entries,
};

const valid = {
  title: 'परीक्षण शीर्षक',
  summary: 'कृत्रिम सारांश।',
  postTime: '2024-03-10',
  locale: 'hi',
  organisations: '[example-traders-guild]',
};

function file(fields: Record<string, string>, body = 'Body.\n'): string {
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}`;
}

function problemsOf(text: string, name = 'articles/synthetic-test.hi.md') {
  return parseArticleFile(name, text, registries).problems;
}

describe('parseArticleFile', () => {
  it('reshapes valid frontmatter into an Article', () => {
    const { article, problems } = parseArticleFile('articles/synthetic-test.hi.md', file({ ...valid, tags: '[test-topic]' }, '## Head\n\nText'), registries);
    expect(problems).toEqual([]);
    expect(article).toMatchObject({
      slug: 'synthetic-test',
      locale: 'hi',
      title: 'परीक्षण शीर्षक',
      organisations: ['example-traders-guild'],
      tags: ['test-topic'],
      draft: false,
      aliases: [],
      postTime: { iso: '2024-03-10' },
      body: '## Head\n\nText',
    });
  });

  it('tolerates a BOM and CRLF line endings and normalises to NFC', () => {
    const decomposed = 'ड\u093Cा'; // ड + nukta + matra, as some keyboards type it
    const text = '\uFEFF' + file({ ...valid, title: decomposed }).replace(/\n/g, '\r\n');
    const { article, problems } = parseArticleFile('articles/synthetic-test.hi.md', text, registries);
    expect(problems).toEqual([]);
    expect(article?.title).toBe(decomposed.normalize('NFC'));
    expect(article?.body).not.toContain('\r');
  });

  it.each([
    ['a missing title', { title: undefined }, 'title', /is required — add a line like title:/, 1],
    ['an unknown key', { postime: '2024-03-10' }, 'postime', /unknown field — did you mean "postTime"\?/, 7],
    ['an impossible date', { postTime: '2024-02-30' }, 'postTime', /not a real calendar day/, 4],
    ['a date-time without offset', { postTime: '2024-03-10T10:00:00' }, 'postTime', /no UTC offset/, 4],
    ['a locale that differs from the file name', { locale: 'en' }, 'locale', /file name says "hi"/, 5],
    ['an unknown locale', { locale: 'fr' }, 'locale', /one of hi, en/, 5],
    ['an unknown organisation', { organisations: '[example-trader-guild]' }, 'organisations[0]', /did you mean "example-traders-guild"\? Otherwise use one of the known ids \(example-traders-guild\)/, 6],
    ['organisations as a plain word', { organisations: 'example-traders-guild' }, 'organisations', /must be a list/, 6],
    ['an image without imageAlt', { image: '/images/x.jpg' }, 'imageAlt', /required when image is given/, undefined],
    ['a non-http source url', { source: '{ name: X, url: "javascript:alert(1)" }' }, 'source.url', /http:\/\/ or https:\/\//, 7],
    ['updated before postTime', { updated: '2024-03-01' }, 'updated', /before postTime/, undefined],
    ['an image: on another host, written from //', { image: '//cdn.example/x.jpg', imageAlt: 'A' }, 'image', /^\/\/cdn\.example\/x\.jpg is a picture on another website \(cdn\.example\).* — .*e\.g\. \/images\/x\.jpg$/, 7],
    ['an image: that is a full address', { image: 'https://cdn.example/x.jpg', imageAlt: 'A' }, 'image', /is a picture on another website \(cdn\.example\)/, 7],
    ['an image: behind a backslash, which browsers read as //', { image: '/\\cdn.example/x.jpg', imageAlt: 'A' }, 'image', /is a picture on another website \(cdn\.example\)/, 7],
    ['an image: not from the site root', { image: 'images/x.jpg', imageAlt: 'A' }, 'image', /is not a path from the site root — write it starting with \/, e\.g\. \/images\/x\.jpg/, 7],
  ])('reports %s with field and line', (_, change, field, message, line) => {
    const fields = Object.fromEntries(Object.entries({ ...valid, ...change }).filter(([, v]) => v !== undefined)) as Record<string, string>;
    const problems = problemsOf(file(fields));
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', file: 'articles/synthetic-test.hi.md', field, message: expect.stringMatching(message) }));
    if (line) expect(problems.find((p) => p.field === field)?.line).toBe(line);
  });

  it('reports a YAML syntax error with its line', () => {
    const problems = problemsOf('---\ntitle: "unclosed\nsummary: x\n---\n');
    expect(problems[0]).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/YAML syntax error/) });
  });

  it('reports missing frontmatter and frontmatter not at the start', () => {
    expect(problemsOf('Just text')[0]?.message).toMatch(/frontmatter is missing/);
    expect(problemsOf('\n' + file(valid))[0]?.message).toMatch(/very start of the file/);
    expect(problemsOf('---\ntitle: x\n')[0]?.message).toMatch(/never closed/);
  });

  it('rejects bad file names', () => {
    expect(problemsOf(file(valid), 'articles/Bad_Slug.hi.md')[0]?.message).toMatch(/"Bad_Slug" is not a valid slug — .* e\.g\. bad-slug\.hi\.md/);
    expect(problemsOf(file(valid), 'articles/no-locale.md')[0]?.message).toMatch(/<slug>\.<locale>\.md/);
  });

  it('never evaluates ---js frontmatter', () => {
    const globals = globalThis as { __vyaparEvaluated?: boolean };
    const text = '---js\n{ title: (globalThis.__vyaparEvaluated = true, "x") }\n---\nBody';
    const problems = problemsOf(text);
    expect(globals.__vyaparEvaluated).toBeUndefined();
    expect(problems[0]?.message).toMatch(/not accepted \(it could run code\)/);
  });

  it('reports a bad file every time it is read (no cache hides it)', () => {
    const text = file({ ...valid, postTime: '2024-02-30' });
    expect(problemsOf(text)).toHaveLength(1);
    expect(problemsOf(text)).toHaveLength(1);
  });

  it('reports pictures from outside the site with their file lines, even when the frontmatter has errors too', () => {
    const body = 'Intro.\n\n![pixel](https://tracker.example/p.gif)\n\n![ok](/images/x.png) ![ref][r]\n\n[r]: //cdn.example/a.png\n';
    const { problems, bodyImages } = parseArticleFile('articles/synthetic-test.hi.md', file({ ...valid, postTime: '2024-02-30' }, body), registries);
    // The frontmatter has 7 lines and a blank one follows, so the body starts on line 9.
    expect(problems.map((p) => [p.line, p.field])).toEqual([[4, 'postTime'], [11, 'body'], [13, 'body']]);
    expect(problems[1]?.message).toMatch(/^https:\/\/tracker\.example\/p\.gif is a picture on another website/);
    expect(problems[2]?.message).toMatch(/^\/\/cdn\.example\/a\.png is a picture on another website/);
    // The site's own pictures are handed back, to be looked up under public/.
    expect(bodyImages).toEqual([{ line: 13, src: '/images/x.png' }]);
  });
});

