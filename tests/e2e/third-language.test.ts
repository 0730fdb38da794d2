import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './support/browser';
import { buildSite, startSite, type RunningSite, type SiteSpec } from './support/site';
import { builtOrigin } from './support/site-origin';

/**
 * "Adding a language is configuration": a copy of the project gets exactly the three changes the
 * README promises for Marathi — one entry in the locale table, one dictionary file, and Marathi
 * names for some registry entries (not all) — plus Marathi articles in a copy of the fixture site.
 * Nothing else is changed, tests included; then the copy is built as a deploy builds it and served.
 */

const FIXTURES = 'tests/fixtures/third-language';

/** The table entry, inserted before the table's closing line; its imports go after the file's last import. */
const TABLE_IMPORTS = ["import { hi as mrDates } from 'date-fns/locale/hi';", "import { mr } from './dictionaries/mr';"];
const TABLE_ENTRY = `  mr: {
    tag: 'mr',
    nativeName: 'मराठी',
    // date-fns 4.4 has no Marathi locale; the nearest it has.
    dateLocale: mrDates,
    ogLocale: 'mr_IN',
    script: 'devanagari',
    dir: 'ltr',
    // @orama/stemmers has no Marathi stemmer: search matches exact forms and prefixes.
    wordsPerMinute: 200,
    speechLang: 'mr-IN',
    dictionary: mr,
  },
`;
const TABLE_END = '} satisfies Record<string, LocaleFacts>;';

/** Marathi names for one organisation and one topic; sample-export-council and export-trade keep only theirs in hi and en. */
const REGISTRY_NAMES: [file: string, after: string, line: string][] = [
  ['organisations.yml', '    hi: उदाहरण व्यापारी संघ\n', '    mr: उदाहरण व्यापारी महासंघ\n'],
  ['tags.yml', '    hi: परीक्षण विषय\n', '    mr: चाचणी विषय\n'],
];

function replaceOnce(file: string, find: string, replacement: string): void {
  const text = readFileSync(file, 'utf8');
  // The place each change goes must exist exactly once, or the copy is not the change the test claims.
  expect(text.split(find).length - 1, `${find} in ${file}`).toBe(1);
  writeFileSync(file, text.replace(find, replacement));
}

/** The project's files as git sees them (tracked, or new and not ignored), as a fresh checkout has them; node_modules hard-linked. */
function copyProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'vyapar-third-language-'));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    try {
      mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      copyFileSync(file, path.join(root, file));
    } catch (error) {
      // A tracked file deleted in the working tree is not part of the project as it stands.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // Hard links cost a second; Turbopack refuses a node_modules symlinked from outside the project. Across file systems, a real copy.
  const linked = spawnSync('cp', ['-al', 'node_modules', path.join(root, 'node_modules')], { encoding: 'utf8' });
  if (linked.status !== 0) {
    rmSync(path.join(root, 'node_modules'), { recursive: true, force: true });
    const copied = spawnSync('cp', ['-a', 'node_modules', path.join(root, 'node_modules')], { encoding: 'utf8' });
    if (copied.status !== 0) throw new Error(`copying node_modules failed: ${linked.stderr}\n${copied.stderr}`);
  }
  return root;
}

function addMarathi(root: string): void {
  const table = path.join(root, 'lib/i18n/locales.ts');
  const text = readFileSync(table, 'utf8');
  const lastImport = [...text.matchAll(/^import .*;\n/gm)].at(-1)!;
  const at = lastImport.index + lastImport[0].length;
  writeFileSync(table, text.slice(0, at) + TABLE_IMPORTS.map((line) => `${line}\n`).join('') + text.slice(at));
  replaceOnce(table, TABLE_END, TABLE_ENTRY + TABLE_END);
  copyFileSync(path.join(FIXTURES, 'mr.ts'), path.join(root, 'lib/i18n/dictionaries/mr.ts'));

  const content = path.join(root, 'tests/fixtures/site');
  for (const [file, after, line] of REGISTRY_NAMES) replaceOnce(path.join(content, file), after, after + line);
  cpSync(path.join(FIXTURES, 'articles'), path.join(content, 'articles'), { recursive: true });
}

/** Every file of the copy (node_modules aside) that differs from the project's or is new to it. */
function differences(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (file !== 'node_modules') walk(file);
      } else if (!existsSync(file)) found.push(`added ${file}`);
      else if (!readFileSync(file).equals(readFileSync(path.join(root, file)))) found.push(`changed ${file}`);
    }
  };
  walk('');
  return found.sort();
}

const browser = useBrowser();
let changes: string[] = [];
let root = '';
let site: RunningSite | undefined;
let buildOutput = '';
let url = '';

beforeAll(async () => {
  root = copyProject();
  addMarathi(root);
  changes = differences(root);
  const spec: SiteSpec = { name: 'third-language', contentDir: 'tests/fixtures/site', cwd: root };
  buildOutput = buildSite(spec);
  site = await startSite(spec);
  url = site.url;
}, 900_000);

afterAll(() => {
  site?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const get = async (pathname: string, init?: RequestInit) => fetch(`${url}${pathname}`, { redirect: 'manual', ...init });

describe('a third language switched on by configuration alone', () => {
  it('changes only the locale table, adds one dictionary and content, and the build warns about the names left untranslated', () => {
    expect(changes).toEqual([
      'added lib/i18n/dictionaries/mr.ts',
      ...readdirSync(path.join(FIXTURES, 'articles')).map((file) => `added tests/fixtures/site/articles/${file}`),
      'changed lib/i18n/locales.ts',
      'changed tests/fixtures/site/organisations.yml',
      'changed tests/fixtures/site/tags.yml',
    ].sort());
    expect(buildOutput).toMatch(/organisations\.yml:\d+: sample-export-council\.name\.mr: is missing — मराठी pages show "नमूना निर्यात परिषद"/);
    expect(buildOutput).toMatch(/tags\.yml:\d+: export-trade\.label\.mr: is missing — मराठी pages show "निर्यात"/);
    expect(buildOutput).not.toMatch(/example-traders-guild\.name\.mr|test-topic\.label\.mr/);
  });

  it('serves the Marathi home page and article in Marathi, in the Devanagari font stack', async () => {
    const { page, errors } = await openPage(browser());
    const home = await page.goto(`${url}/mr`);
    expect(home?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('mr');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('html').getAttribute('data-script')).toBe('devanagari');
    expect(await page.locator('h1').first().textContent()).toBe('ताज्या घोषणा');
    const titles = await page.locator('.card-title').allTextContents();
    expect(titles).toEqual(expect.arrayContaining(['द्राक्षनिर्यात वाढली: कृत्रिम मराठी बातमी', 'चाचणी मेळा: कृत्रिम लेखाची मराठी आवृत्ती']));
    expect(titles).toHaveLength(2);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Noto Sans Devanagari');

    const article = await page.goto(`${url}/mr/articles/synthetic-grape-exports`);
    expect(article?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('द्राक्षनिर्यात वाढली: कृत्रिम मराठी बातमी');
    expect(await page.locator('html').getAttribute('lang')).toBe('mr');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('links the three versions of a translated article: hreflang for each plus x-default, and a switcher offering all three', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${url}/mr/articles/synthetic-fair-pair`);
    const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    expect(alternates).toEqual([
      ['hi', '/hi/articles/synthetic-fair-pair'],
      ['en', '/en/articles/synthetic-fair-pair'],
      ['mr', '/mr/articles/synthetic-fair-pair'],
      ['x-default', '/hi/articles/synthetic-fair-pair'],
    ]);
    const switcher = page.locator('.switcher li');
    expect(await switcher.allTextContents()).toEqual(['हिन्दी', 'English', 'मराठी']);
    expect(await switcher.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/hi/articles/synthetic-fair-pair', '/en/articles/synthetic-fair-pair']);

    // And the Hindi version offers the Marathi one.
    await page.goto(`${url}/hi/articles/synthetic-fair-pair`);
    expect(await page.locator('.switcher a[href="/mr/articles/synthetic-fair-pair"]').textContent()).toBe('मराठी');
    await page.context().close();
  });

  it('shows a Marathi name where one was written, and the default language’s name where none was', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${url}/mr/articles/synthetic-fair-pair`);
    expect(await page.locator('.organisations li').allTextContents()).toEqual(['उदाहरण व्यापारी महासंघ', 'नमूना निर्यात परिषद']);
    await page.goto(`${url}/mr/tags/export-trade`);
    expect(await page.locator('h1').textContent()).toContain('निर्यात');
    await page.context().close();
  });

  it('finds a Marathi article by search on /mr, by the whole word and by its beginning', async () => {
    const { page, errors } = await openPage(browser());
    for (const query of ['द्राक्षनिर्यात', 'द्राक्ष']) {
      await page.goto(`${url}/mr/search?q=${encodeURIComponent(query)}`);
      await page.locator('.search-result').first().waitFor();
      expect(await page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/mr/articles/synthetic-grape-exports']);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('publishes a Marathi feed, a Marathi sitemap listed in the sitemap index, and Marathi share images', async () => {
    const feed = await get('/mr/feed.xml');
    expect(feed.status).toBe(200);
    const rss = await feed.text();
    expect(rss).toContain('<language>mr</language>');
    expect(rss).toContain('द्राक्षनिर्यात वाढली: कृत्रिम मराठी बातमी');

    const index = await (await get('/sitemap.xml')).text();
    expect(index).toContain(`${builtOrigin}/sitemaps/mr-1.xml`);
    const sitemap = await get('/sitemaps/mr-1.xml');
    expect(sitemap.status).toBe(200);
    expect(await sitemap.text()).toContain(`${builtOrigin}/mr/articles/synthetic-grape-exports`);

    const html = await (await get('/mr/articles/synthetic-grape-exports')).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toMatch(/\/mr\/articles\/synthetic-grape-exports\/share-image\.png/);
    expect(html).toMatch(/<meta property="og:locale" content="mr_IN"/);
    const png = await fetch(image!.replaceAll('&amp;', '&').replace(builtOrigin, url));
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
  });

  it('sends a reader whose browser asks for Marathi from / to /mr', async () => {
    const response = await get('/', { headers: { 'Accept-Language': 'mr-IN, en;q=0.5' } });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location') ?? '', url).pathname).toBe('/mr');
  });
});
