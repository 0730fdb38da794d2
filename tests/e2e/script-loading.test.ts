import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SAFETY_MILLISECONDS } from '@/lib/deploy/scripts-after-paint';
import { openPage, useBrowser } from './support/browser';

/**
 * Pages start their scripts after their first contentful paint
 * (lib/deploy/scripts-after-paint.ts), in Chromium, as `next start` and nginx
 * over the static export serve the fixture site: the paint first, then the
 * scripts, each once, and the page's client leaves still run.
 */
const browser = useBrowser();
const fixture = inject('fixtureUrl');
const servers: [string, string][] = [
  ['next start', fixture],
  ...(inject('staticUrl') ? [['nginx over the static export', inject('staticUrl')] as [string, string]] : []),
];
const ARTICLE = '/hi/articles/synthetic-fair-pair';

interface ScriptLoading {
  /** First contentful paint, ms from navigation start. */
  paint: number | undefined;
  /** Each script file fetched from /_next/static/, with when its request started. */
  requests: { path: string; start: number }[];
  /** `src` of every script element in the document. */
  elements: string[];
}

function readScriptLoading(page: Page): Promise<ScriptLoading> {
  return page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    requests: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.initiatorType === 'script' && new URL(entry.name).pathname.startsWith('/_next/static/'))
      .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
    elements: [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src') ?? ''),
  }));
}

/** The share leaf renders its buttons only once its script has run: the page has hydrated. */
const hydrated = (page: Page) => page.locator('.share button').first().waitFor({ timeout: 15_000 });

describe('scripts start after the first paint', () => {
  it.each(servers)('%s: the article paints, then fetches its scripts, each once, and its client leaves run', async (_name, base) => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${base}${ARTICLE}`);
    await hydrated(page);
    const loading = await readScriptLoading(page);
    expect(loading.paint).toBeGreaterThan(0);
    const paint = loading.paint!;
    expect(loading.requests.length).toBeGreaterThanOrEqual(4);
    for (const request of loading.requests) expect(request.start, request.path).toBeGreaterThan(paint);
    // Started by the paint, not by the starter's last resort.
    expect(Math.min(...loading.requests.map((request) => request.start)) - paint).toBeLessThan(SAFETY_MILLISECONDS - 1000);
    const paths = loading.requests.map((request) => request.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(loading.elements).size).toBe(loading.elements.length);
    // The static export pins each inline script by hash: a starter the policy did not allow would be an error here.
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Set before the page's own scripts run; as text, so nothing of the test's compiled code reaches the page.
  /** A PerformanceObserver that lists paint timing but never reports a paint. */
  const SILENT_PAINT_OBSERVER = 'function Silent() {} Silent.prototype.observe = function () {}; Silent.prototype.disconnect = function () {}; Silent.supportedEntryTypes = ["paint"]; window.PerformanceObserver = Silent;';
  const HIDDEN = 'Object.defineProperty(Document.prototype, "visibilityState", { configurable: true, get: function () { return "hidden"; } });';
  const NO_PAINT_TIMING = 'window.PerformanceObserver = undefined;';

  it.each<[string, string, (starts: number[]) => void]>([
    // Paints are silenced too, so only the hidden page's own path can start them before the last resort.
    ['a page opened hidden (a background tab) starts them at once', HIDDEN + SILENT_PAINT_OBSERVER, (starts) => expect(Math.max(...starts)).toBeLessThan(SAFETY_MILLISECONDS)],
    ['a browser without paint timing starts them after its first frame', NO_PAINT_TIMING, (starts) => expect(Math.max(...starts)).toBeLessThan(SAFETY_MILLISECONDS)],
    ['a page whose paint is never reported starts them after a few seconds', SILENT_PAINT_OBSERVER, (starts) => expect(Math.min(...starts)).toBeGreaterThanOrEqual(SAFETY_MILLISECONDS)],
  ])('%s', async (_name, prepare, check) => {
    const { page, errors } = await openPage(browser());
    await page.addInitScript({ content: prepare });
    await page.goto(`${fixture}${ARTICLE}`);
    await hydrated(page);
    const { requests } = await readScriptLoading(page);
    expect(requests.length).toBeGreaterThanOrEqual(4);
    check(requests.map((request) => request.start));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
