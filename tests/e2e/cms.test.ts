import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { ADMIN_CSP, getAdminCsp, readBackendSettings, type BackendSettings } from '@/lib/cms/backend';
import { SKIPPED_TRANSLATION } from '@/lib/cms/files';
import { prepareAdmin } from '@/lib/cms/prepare';
import { parsePostTime } from '@/lib/content/schema';
import { formatPostDate } from '@/lib/format';
import { locales } from '@/lib/i18n/locales';
import { useBrowser } from './support/browser';
import { buildSite, startSite } from './support/site';

/**
 * The real Decap CMS in Chromium, saving through its real local backend
 * (decap-server) into a copy of the fixture site, never content/. /admin is
 * served as public/admin with the generated files beside it and the admin CSP;
 * every request that would leave this machine is blocked and counted.
 * CMS_SCREENSHOTS=1 also writes the screenshots in docs/images/ (docs/editing.md).
 */

const browser = useBrowser();
const SCREENSHOTS = process.env.CMS_SCREENSHOTS === '1';
const root = mkdtempSync(path.join(tmpdir(), 'vyapar-cms-'));
const contentDir = path.join(root, 'content');
const articlesDir = path.join(contentDir, 'articles');
const generated = path.join(root, 'admin');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml' };

let backend: BackendSettings;
let decapServer: ChildProcess;
let server: Server;
let adminUrl: string;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await Promise.resolve().then(check).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  cpSync('tests/fixtures/site', contentDir, { recursive: true });
  backend = { ...readBackendSettings({}), localPort: await freePort() };
  await prepareAdmin({ outDir: generated, contentFolder: 'content', contentRoot: contentDir, backend });
  decapServer = spawn(process.execPath, [path.resolve('node_modules/decap-server/dist/index.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(backend.localPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  const info = () => fetch(`http://127.0.0.1:${backend.localPort}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok);
  await waitFor(info, 'decap-server');
  // public/admin/index.html as committed; the rest as npm run admin:prepare writes it.
  server = createHttpServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    const file = pathname === '/admin' || pathname === '/admin/' ? 'public/admin/index.html' : pathname.startsWith('/admin/') ? path.join(generated, pathname.slice('/admin/'.length)) : path.join('public', pathname);
    if (pathname.includes('..') || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': getAdminCsp(backend) }).end(readFileSync(file));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  adminUrl = `http://127.0.0.1:${port}/admin`;
}, 120_000);

afterAll(() => {
  decapServer?.kill('SIGTERM');
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

const NEW_ARTICLE = 'a[href="#/collections/articles/new"]';

interface Editor {
  page: Page;
  context: BrowserContext;
  /** Requests to anywhere but this machine (all blocked) and Content-Security-Policy refusals. */
  outside: string[];
  cspViolations: string[];
}

async function openEditor(): Promise<Editor> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 860 }, timezoneId: 'Asia/Kolkata', locale: 'en-GB' });
  const outside: string[] = [];
  await context.route(/^(?!http:\/\/(127\.0\.0\.1|localhost)[:/])/, (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) cspViolations.push(message.text());
  });
  // Without 'unsafe-eval' the CMS throws while compiling its config schema, before the login page.
  page.on('pageerror', (error) => {
    if (/Content Security Policy/.test(error.message)) cspViolations.push(error.message);
  });
  await page.goto(adminUrl);
  // The local backend needs no account: the login button just enters.
  await page.getByRole('button', { name: 'Login' }).click();
  await page.locator(NEW_ARTICLE).waitFor();
  return { page, context, outside, cspViolations };
}

/** The two language columns of the editor, Hindi (default) on the left. */
function panes(page: Page): [Locator, Locator] {
  const all = page.locator('div:has(> div > [class*="LocaleRowWrapper"])');
  return [all.nth(0), all.nth(1)];
}

/** The body is Markdown typed as is (the editor's raw mode), line by line. */
async function typeBody(page: Page, pane: Locator, lines: string[]): Promise<void> {
  await pane.locator('[contenteditable=true]').click();
  for (const [index, line] of lines.entries()) {
    if (index) await page.keyboard.press('Enter');
    await page.keyboard.insertText(line);
  }
}

async function pick(page: Page, pane: Locator, label: string, id: string): Promise<void> {
  await pane.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: new RegExp(`\\(${id}\\)$`) }).click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now').click();
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync('docs/images', { recursive: true });
  await page.screenshot({ path: `docs/images/${name}.png` });
}

/** Frontmatter read with a plain YAML parser, not the CMS's own reader. */
function readArticle(file: string): { data: Record<string, unknown>; body: string; raw: string } {
  const raw = readFileSync(path.join(articlesDir, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n(?:\n([\s\S]*))?$/.exec(raw);
  if (!match) throw new Error(`${file} has no frontmatter block:\n${raw}`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2] ?? '', raw };
}

const SLUG = 'cms-agra-leather-fair';
const HINDI = { title: 'आगरा चमड़ा मेला: नए निर्यात लक्ष्य', summary: 'आगरा के चमड़ा मेले में व्यापारी संघों ने निर्यात के नए लक्ष्य रखे।' };
const ENGLISH = { title: 'Agra leather fair: "new" export targets', summary: 'Trade associations set new export targets at the Agra leather fair.' };
const TABLE = ['| Year | Pairs |', '| --- | --- |', '| 2023 | 1,200 |', '| 2024 | 1,450 |'];

describe('editing in the browser (Decap CMS, local backend)', () => {
  it('saves a bilingual article as two files the content check accepts, and the built site shows it', async () => {
    const { page, context, outside, cspViolations } = await openEditor();
    await screenshot(page, 'cms-articles');
    await page.locator(NEW_ARTICLE).click();
    const [hi, en] = panes(page);
    await hi.getByLabel('Title', { exact: true }).fill(HINDI.title);
    await hi.getByLabel(/^Article address/).fill(SLUG);
    await hi.getByLabel('Summary', { exact: true }).fill(HINDI.summary);
    await pick(page, hi, 'Organisations', 'example-traders-guild');
    await pick(page, hi, 'Organisations', 'demo-chamber');
    await typeBody(page, hi, ['## आँकड़े', '', 'मेले में जूतों के जोड़े:', '', ...TABLE]);
    await en.getByLabel('Title', { exact: true }).fill(ENGLISH.title);
    await en.getByLabel('Summary', { exact: true }).fill(ENGLISH.summary);
    await typeBody(page, en, ['## Figures', '', 'Pairs of shoes at the fair:', '', ...TABLE]);
    await hi.getByLabel('Title', { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'cms-new-article');
    await page.getByTitle('Toggle i18n').click();
    await page.getByTitle('Toggle preview').click();
    const preview = page.frameLocator('iframe').first();
    // The site's own look: its stylesheet's classes, its Devanagari font, its date format.
    await expect.poll(() => preview.locator('.article h1').textContent()).toBe(HINDI.title);
    expect(await preview.locator('.prose table tr').count()).toBe(3);
    const shownDate = await preview.locator('.article-meta time').textContent();
    expect(await preview.locator('.article-meta dd').nth(1).textContent()).toBe('उदाहरण व्यापारी संघ, डेमो वाणिज्य मंडल');
    expect(await preview.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).toContain('Noto Sans Devanagari');
    await screenshot(page, 'cms-preview');
    await page.getByTitle('Toggle preview').click();
    await page.getByTitle('Toggle i18n').click();
    await publish(page);
    await waitFor(() => existsSync(path.join(articlesDir, `${SLUG}.hi.md`)) && existsSync(path.join(articlesDir, `${SLUG}.en.md`)), 'both files');
    await page.waitForURL(`**/entries/${SLUG}`);

    const hindi = readArticle(`${SLUG}.hi.md`);
    const english = readArticle(`${SLUG}.en.md`);
    expect(hindi.data).toEqual({ ...HINDI, postTime: hindi.data.postTime, locale: 'hi', organisations: ['example-traders-guild', 'demo-chamber'] });
    expect(english.data).toEqual({ ...ENGLISH, postTime: hindi.data.postTime, locale: 'en', organisations: ['example-traders-guild', 'demo-chamber'] });
    // The editor's clock with its offset (the browser runs in India time), as the content format asks for a date-time.
    expect(hindi.data.postTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+05:30$/);
    const posted = parsePostTime(String(hindi.data.postTime));
    expect(posted.ok && formatPostDate(posted.value, 'hi')).toBe(shownDate);
    expect(english.raw).toContain('\ntitle: "Agra leather fair: \\"new\\" export targets"\n');
    expect(english.body).toBe(['## Figures', '', 'Pairs of shoes at the fair:', '', ...TABLE, ''].join('\n'));
    expect(outside).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();

    const check = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/content-check.ts'], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
    expect(check.stdout).toContain('no errors');
    expect(check.status).toBe(0);

    const spec = { name: 'cms', contentDir };
    // Most of this test's time: about 1.5 min on an idle 2-core machine.
    buildSite(spec);
    const site = await startSite(spec);
    try {
      const reader = await browser().newPage();
      await reader.goto(`${site.url}/en/articles/${SLUG}`);
      expect(await reader.locator('h1').textContent()).toBe(ENGLISH.title);
      expect(await reader.locator('.prose table tbody td').allTextContents()).toEqual(['2023', '1,200', '2024', '1,450']);
      await reader.goto(`${site.url}/hi/articles/${SLUG}`);
      expect(await reader.locator('h1').textContent()).toBe(HINDI.title);
      await reader.close();
    } finally {
      site.stop();
    }
  }, 480_000);

  it('saves an article written in Hindi only as one file, without an empty English one', async () => {
    const { page, context } = await openEditor();
    const skipped: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes(SKIPPED_TRANSLATION)) skipped.push(message.text());
    });
    await page.locator(NEW_ARTICLE).click();
    const [hi] = panes(page);
    await hi.getByLabel('Title', { exact: true }).fill('केवल हिन्दी में लेख');
    await hi.getByLabel(/^Article address/).fill('cms-hindi-only');
    await hi.getByLabel('Summary', { exact: true }).fill('यह लेख केवल हिन्दी में है।');
    await pick(page, hi, 'Organisations', 'sample-export-council');
    await publish(page);
    await waitFor(() => existsSync(path.join(articlesDir, 'cms-hindi-only.hi.md')), 'the Hindi file');
    await page.waitForURL('**/entries/cms-hindi-only');
    expect(existsSync(path.join(articlesDir, 'cms-hindi-only.en.md'))).toBe(false);
    expect(readArticle('cms-hindi-only.hi.md').data).toMatchObject({ title: 'केवल हिन्दी में लेख', locale: 'hi', organisations: ['sample-export-council'] });
    // The workaround for decap-cms#6932 in lib/cms/admin.ts: once Decap stops sending the empty file, remove it and this line.
    expect(skipped).toEqual(locales.filter((l) => l !== 'hi').map((l) => `content/articles/cms-hindi-only.${l}.md ${SKIPPED_TRANSLATION}`));
    await context.close();
    const check = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/content-check.ts'], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
    expect(check.status).toBe(0);
  }, 60_000);

  it('refuses to save an article without a title or an organisation, or with half a translation', async () => {
    const before = readdirSync(articlesDir).sort();
    const { page, context } = await openEditor();
    await page.locator(NEW_ARTICLE).click();
    const [hi, en] = panes(page);
    await hi.getByLabel('Summary', { exact: true }).fill(HINDI.summary);
    await publish(page);
    const errors = page.locator('[class*="ControlErrorsList"] li');
    await expect.poll(() => errors.allTextContents()).toEqual(expect.arrayContaining(['Title is required.', 'Organisations is required.']));
    await screenshot(page, 'cms-refused');

    await hi.getByLabel('Title', { exact: true }).fill(HINDI.title);
    await hi.getByLabel(/^Article address/).fill('cms-half-translated');
    await pick(page, hi, 'Organisations', 'sample-export-council');
    await en.getByLabel('Title', { exact: true }).fill('Only a title in English');
    await publish(page);
    await expect.poll(() => page.getByText('English: summary: is required — fill it in').count()).toBeGreaterThan(0);
    expect(readdirSync(articlesDir).sort()).toEqual(before);
    await context.close();
  }, 60_000);
});

describe('/admin on the built site', () => {
  const site = inject('fixtureUrl');

  it('serves the editor page, marked noindex, disallowed in robots.txt and absent from the sitemaps', async () => {
    const response = await fetch(`${site}/admin`);
    expect(response.status).toBe(200);
    // The editor's own policy (lib/cms/backend.ts), not the site's, which forbids what the CMS needs.
    expect(response.headers.get('content-security-policy')).toBe(ADMIN_CSP);
    expect((await fetch(`${site}/hi`)).headers.get('content-security-policy')).not.toBe(ADMIN_CSP);
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).toContain('<script src="/admin/decap-cms.js"></script>');
    expect(await (await fetch(`${site}/robots.txt`)).text()).toMatch(/^Disallow: \/admin$/m);
    const index = await (await fetch(`${site}/sitemap.xml`)).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) expect(await (await fetch(`${site}${sitemap}`)).text()).not.toContain('/admin');
  });
});
