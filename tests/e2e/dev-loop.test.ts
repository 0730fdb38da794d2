import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { startDevServer, type DevServer } from './support/dev-server';

const content = mkdtempSync(path.join(tmpdir(), 'vyapar-dev-content-'));
// In one language only: a broken half of a translation pair is answered by the proxy's 404 for a missing translation (with the same report).
const article = path.join(content, 'articles/synthetic-dev-loop.en.md');
const original = '---\ntitle: Synthetic dev loop article\nsummary: For the development server test.\npostTime: 2024-03-10\nlocale: en\norganisations: [example-traders-guild]\n---\n\nBody.\n';
let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  cpSync('tests/fixtures/site', content, { recursive: true });
  writeFileSync(article, original);
  [server, browser] = await Promise.all([startDevServer(content), launchBrowser()]);
}, 180_000);
afterAll(async () => {
  server?.stop();
  await browser?.close();
  rmSync(content, { recursive: true, force: true });
});

describe('npm run dev, as an editor uses it', () => {
  it('shows an edit on reload, and a content error as a readable report instead of a crash', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/en/articles/synthetic-dev-loop`);
    expect(await page.textContent('h1')).toBe('Synthetic dev loop article');

    writeFileSync(article, original.replace(/^title: .*$/m, 'title: Synthetic headline edited while the server runs'));
    await page.reload();
    expect(await page.textContent('h1')).toBe('Synthetic headline edited while the server runs');

    writeFileSync(article, original.replace(/^postTime: .*$/m, 'postTime: 2024-02-30'));
    const broken = await page.reload();
    expect(broken?.status()).toBe(200);
    expect(await page.locator('.content-errors[role=alert]').locator('h2').textContent()).toBe('The content folder has errors');
    expect(await page.locator('.content-errors[role=alert]').locator('pre').textContent()).toBe(
      `${article}:4: postTime: 2024-02-30 is not a real calendar day: February 2024 has 29 days — check the month and day`,
    );
    expect(await page.locator('main').textContent()).toBe('This article cannot be shown until the errors above are fixed.');

    writeFileSync(article, original);
    await page.reload();
    expect(await page.locator('.content-errors[role=alert]').count()).toBe(0);
    expect(await page.textContent('h1')).toBe('Synthetic dev loop article');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('redirects an alias added while the server runs: the proxy follows the files too', async () => {
    const alias = '/en/news/synthetic-dev-loop-old-address';
    expect((await fetch(`${server.url}${alias}`, { redirect: 'manual' })).status).toBe(404);
    writeFileSync(article, original.replace(/^organisations: .*$/m, `$&\naliases: [${alias}]`));
    // The routing manifest is rewritten when the file settles and the proxy is rebuilt from it.
    let response: Response | undefined;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
      response = await fetch(`${server.url}${alias}`, { redirect: 'manual' });
      if (response.status === 308) break;
    }
    expect(response?.status).toBe(308);
    expect(new URL(response!.headers.get('location')!, server.url).pathname).toBe('/en/articles/synthetic-dev-loop');
    writeFileSync(article, original);
  });
});
