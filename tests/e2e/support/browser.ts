import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, never a downloaded one (downloads fail on these machines). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install it with "apt-get install -y chromium" (.ci/run does).`);
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far (404 resource loads excluded when expected). */
  errors: string[];
}

export async function openPage(browser: Browser, options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 390, height: 844 }, locale: options.locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // A 404 document logs "Failed to load resource"; that is the response under test, not a page error.
    if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** One browser per test file, launched before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll; use it inside tests');
    return browser;
  };
}

/**
 * Resolves once React has hydrated the page and run its effects. A page starts
 * its scripts only after its first paint (lib/deploy/scripts-after-paint.ts),
 * so `load` and even `networkidle` no longer mean they have run.
 */
export async function waitForHydration(page: Page): Promise<void> {
  // A function, not text: Playwright evaluates a text predicate with eval, which the pages' policy forbids.
  // (scripts/bench-pages.ts asks the same of the page as init-script text, which needs no eval.)
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber$'));
  });
  // Effects run after the commit that attached those keys: two frames later they have.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
