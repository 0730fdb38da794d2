import { mkdirSync, mkdtempSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser';

// The Devanagari font strategy of components/styles/fonts.css, on the fixture site:
// the phone's own Noto Sans Devanagari when it has one, else one self-hosted file,
// with font-display: optional so that nothing shifts when it arrives.
const fixture = inject('fixtureUrl');
const browser = useBrowser();
const ARTICLE = '/hi/articles/synthetic-fair-pair';
/** Noto Sans Devanagari's static cuts, as an Android phone has them built in (and the Light cut, which local() does not name). */
const EXPO_NOTO = path.resolve('node_modules/@expo-google-fonts/noto-sans-devanagari');

/** The platform fonts Chromium drew an element's text with (a web font has isCustomFont: true). */
async function fontsDrawing(page: Page, selector: string): Promise<{ familyName: string; postScriptName: string; isCustomFont: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

/** Font files the page downloads. */
function watchFonts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

/**
 * A Chromium whose fontconfig sees only the given font files (plus nothing else
 * with Devanagari on these machines), as a phone with Noto Sans Devanagari
 * built in would: FONTCONFIG_FILE points it at a configuration of our own.
 */
async function launchWithFonts(files: string[]): Promise<{ browser: Browser; cleanup: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fonts-test-'));
  mkdirSync(path.join(dir, 'fonts'));
  for (const file of files) copyFileSync(file, path.join(dir, 'fonts', path.basename(file)));
  writeFileSync(path.join(dir, 'fonts.conf'), `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${path.join(dir, 'fonts')}</dir>
  <cachedir>${path.join(dir, 'cache')}</cachedir>
</fontconfig>
`);
  const launched = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    env: { ...process.env, FONTCONFIG_FILE: path.join(dir, 'fonts.conf') },
  });
  return { browser: launched, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A device with a Devanagari font of its own that local() does not name (an iPhone's Kohinoor, a Windows PC's
 * Nirmala UI; here Noto's Light cut), so a Hindi page downloads the Noto file.
 */
function launchWithOwnDevanagariFont(): ReturnType<typeof launchWithFonts> {
  return launchWithFonts([`${EXPO_NOTO}/300Light/NotoSansDevanagari_300Light.ttf`]);
}

interface LayoutShift {
  at: number;
  value: number;
  sources: string[];
}

/** Records the page's layout shifts (reader input excluded) from its first paint; readLayoutShifts returns them. */
async function observeLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { at: number; value: number; sources: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { startTime: number; value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
        if (!entry.hadRecentInput) shifts.push({ at: entry.startTime, value: entry.value, sources: entry.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName))) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

function readLayoutShifts(page: Page): Promise<LayoutShift[]> {
  return page.evaluate(() => (window as unknown as { shifts: LayoutShift[] }).shifts);
}

type PlatformFont = Awaited<ReturnType<typeof fontsDrawing>>[number];

/** Text whose fonts the late-file checks compare: a footnote mark with a danda after it, the bold site name, the footer, a related-article line with its date. */
const TEXT_SAMPLES = ['.prose p', '.site-name', '.site-footer p', '.related li', 'h1'];

/**
 * A Hindi article on a device with its own Devanagari font (launchWithOwnDevanagariFont), with the Noto file held
 * back until the page has been drawn without it: the fonts drawing TEXT_SAMPLES before and after the file arrives, and the layout shifts
 * after it arrived. `extraHead` is added to the page's <head> before it is parsed.
 */
async function lateNotoFile(extraHead = ''): Promise<{ before: PlatformFont[][]; after: PlatformFont[][]; shiftsAfter: LayoutShift[] }> {
  const { browser: device, cleanup } = await launchWithOwnDevanagariFont();
  try {
    const page = await device.newPage({ viewport: { width: 360, height: 1600 } });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    if (extraHead) {
      await page.route(`${fixture}${ARTICLE}`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('<head>', `<head>${extraHead}`) });
      });
    }
    await observeLayoutShifts(page);
    await page.goto(`${fixture}${ARTICLE}`, { waitUntil: 'domcontentloaded' });
    // Drawn, and well past font-display: optional's block period (100 ms).
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    await page.waitForTimeout(1_000);
    const before = await Promise.all(TEXT_SAMPLES.map((selector) => fontsDrawing(page, selector)));
    const releasedAt = await page.evaluate(() => performance.now());
    release();
    await page.waitForFunction(() => [...document.fonts].some((face) => face.family === 'Noto Sans Devanagari' && face.status === 'loaded'));
    // Two frames: the relayout the arrival causes has been drawn (and any shift reported).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.waitForTimeout(300);
    const after = await Promise.all(TEXT_SAMPLES.map((selector) => fontsDrawing(page, selector)));
    return { before, after, shiftsAfter: (await readLayoutShifts(page)).filter((shift) => shift.at >= releasedAt) };
  } finally {
    await device.close();
    cleanup();
  }
}

/** Whether a CSS unicode-range ("U+901-939, U+950, …", as the browser gives it back) holds a character. */
function coverage(range: string): (character: string) => boolean {
  const spans = range.split(',').map((part) => {
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)] as const;
  });
  return (character) => spans.some(([from, to]) => character.codePointAt(0)! >= from && character.codePointAt(0)! <= to);
}

describe('Devanagari font', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('declares the phone’s own Noto Sans Devanagari first and the self-hosted file last, for Devanagari only', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}${ARTICLE}`);
    const pageText = await page.locator('body').innerText();
    const faces = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
        .map((rule) => ({ family: rule.style.getPropertyValue('font-family'), weight: rule.style.getPropertyValue('font-weight'), src: rule.style.getPropertyValue('src'), range: rule.style.getPropertyValue('unicode-range'), display: rule.style.getPropertyValue('font-display') }))
        .filter((face) => face.family.includes('Noto Sans Devanagari')),
    );
    expect(faces.map((face) => face.weight).sort()).toEqual(['400', '700']);
    // The same file is preloaded, once, in CORS mode (as fonts are fetched): Chromium then holds the first layout for the
    // font's short block period instead of laying the page out with a stand-in font first.
    const preloads = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href'), crossOrigin: link.getAttribute('crossorigin'), type: link.getAttribute('type') })));
    expect(preloads).toEqual([{ href: expect.stringMatching(/^\/_next\/static\/media\/noto-sans-devanagari-400-700\.[\w-]+\.woff2$/), crossOrigin: '', type: 'font/woff2' }]);
    for (const face of faces) {
      expect(face.src.replaceAll('"', '')).toContain(`url(${preloads[0]!.href})`);
      expect(face.src).toMatch(/^local\(/);
      expect(face.src).toMatch(/url\("?\/_next\/static\/media\/noto-sans-devanagari-400-700\.[\w-]+\.woff2"?\) format\("woff2"\)$/);
      expect(face.display).toBe('optional');
      // Devanagari only: Latin letters and digits come from the system font, so no Latin file is fetched.
      const covers = coverage(face.range);
      expect(['A', 'z', '7', '.'].filter(covers)).toEqual([]);
      // Every Devanagari letter of the article, and those Marathi adds to Hindi's (ळ, ॲ, ऑ, the eyelash ra's ZWJ).
      expect([...new Set([...pageText, ...'ळॲऑ\u200d'])].filter((c) => /[\u0900-\u097f\u200c\u200d]/.test(c) && !covers(c))).toEqual([]);
      // Left to the system's font: Vedic accents, Sindhi letters.
      expect(['\u0951', '\u097b'].filter(covers)).toEqual([]);
    }
    await page.context().close();
  });

  it('draws Hindi with the phone’s own Noto Sans Devanagari when it has one; the only download is the preloaded file', async () => {
    const { browser: phone, cleanup } = await launchWithFonts([`${EXPO_NOTO}/400Regular/NotoSansDevanagari_400Regular.ttf`, `${EXPO_NOTO}/700Bold/NotoSansDevanagari_700Bold.ttf`]);
    cleanups.push(async () => {
      await phone.close();
      cleanup();
    });
    const page = await phone.newPage();
    const downloaded = watchFonts(page);
    await page.goto(`${fixture}${ARTICLE}`);
    await page.evaluate(() => document.fonts.ready);
    // The preload (fonts.css says why) fetches the file even here, once; nothing else is fetched, and the page is drawn with the phone's copy.
    expect(downloaded).toEqual([expect.stringMatching(/^\/_next\/static\/media\/noto-sans-devanagari-400-700\.[\w-]+\.woff2$/)]);
    expect(await fontsDrawing(page, '.prose p')).toContainEqual(expect.objectContaining({ postScriptName: 'NotoSansDevanagari-Regular', isCustomFont: false }));
    expect(await fontsDrawing(page, 'h1')).toContainEqual(expect.objectContaining({ postScriptName: 'NotoSansDevanagari-Bold', isCustomFont: false }));
    expect([...(await fontsDrawing(page, '.prose p')), ...(await fontsDrawing(page, 'h1'))].filter((font) => font.isCustomFont)).toEqual([]);
  });

  it('without a local copy downloads the one self-hosted file for both weights, and draws with it once cached', async () => {
    // An empty font folder: this Chromium has no Devanagari font of its own (as these machines have none; fc-list :lang=hi is empty).
    const { browser: bare, cleanup } = await launchWithFonts([]);
    cleanups.push(async () => {
      await bare.close();
      cleanup();
    });
    const page = await bare.newPage();
    const downloaded = watchFonts(page);
    await page.goto(`${fixture}${ARTICLE}`);
    await page.evaluate(() => document.fonts.ready);
    expect(downloaded).toHaveLength(1);
    expect(downloaded[0]).toMatch(/^\/_next\/static\/media\/noto-sans-devanagari-400-700\.[\w-]+\.woff2$/);
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.family === 'Noto Sans Devanagari' && f.status === 'loaded').map((f) => f.weight).sort())).toEqual(['400', '700']);
    // Whether the first view gets the file depends on its arriving within font-display: optional's block period; the next
    // page takes it from the cache and draws Hindi with it.
    await page.goto(`${fixture}/hi/articles/synthetic-kaal`);
    for (const selector of ['.prose p', 'h1']) {
      expect(await fontsDrawing(page, selector), selector).toContainEqual(expect.objectContaining({ familyName: 'Noto Sans Devanagari', isCustomFont: true }));
    }
  });

  it('leaves English pages to the system’s fonts', async () => {
    const { page } = await openPage(browser());
    const downloaded = watchFonts(page);
    await page.goto(`${fixture}/en/articles/synthetic-fair-pair`);
    await page.evaluate(() => document.fonts.ready);
    expect(downloaded).toEqual([]);
    expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily)).not.toContain('Noto Sans Devanagari');
    await page.context().close();
  });
});

describe('layout shifts', () => {
  // Retried: on a 2-core machine kept busy, 2 of 40 loads of this page still saw the header laid out again after the
  // first paint; with the local() sources also removed, 0 of 25, so (my reading) Chromium's asynchronous lookup of the
  // local() names. A shift the page itself causes (a client leaf growing, a font swap) happens on every load and still
  // fails all three runs.
  it('a Hindi article on a slow phone does not move once painted (CLS 0)', { retry: 2 }, async () => {
    // Every phone has a Devanagari font; this one is not Noto, so the Noto file is downloaded and arrives after the first paint.
    const { browser: device, cleanup } = await launchWithOwnDevanagariFont();
    try {
      // A phone's width, and tall enough to hold the whole short article: a shift counts only on screen, and the
      // client leaves near the end (share buttons) render last.
      const page = await device.newPage({ viewport: { width: 360, height: 1600 } });
      await observeLayoutShifts(page);
      // Lighthouse's mobile profile: slow 4G (150 ms, 1.6 Mbit/s) and a 4× slower CPU, so the font arrives well after the first paint.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${fixture}${ARTICLE}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      // Client leaves (share, Listen, language) render after hydration: give them time to settle.
      await page.waitForTimeout(2_000);
      expect(await readLayoutShifts(page)).toEqual([]);
    } finally {
      await device.close();
      cleanup();
    }
  });

  it('on a device with its own Devanagari font but not Noto, the Noto file arriving late changes no font and moves nothing', async () => {
    const { before, after, shiftsAfter } = await lateNotoFile();
    // font-display: optional: the page keeps the device's font for Devanagari and the system font for the rest.
    expect(before.flat().filter((font) => font.isCustomFont)).toEqual([]);
    expect(before.flat().map((font) => font.postScriptName)).toContain('NotoSansDevanagari-Light');
    expect(after).toEqual(before);
    expect(shiftsAfter).toEqual([]);
  });
});

// A fence for the order of the Devanagari font stack (components/styles/global.css; docs/workarounds.md, "Browsers").
describe('Chromium: spaces change font when an unused font-display: optional file arrives', () => {
  it('still happens with Noto first in the stack (when this fails, the order no longer matters)', async () => {
    const notoFirst = `<style>html[data-script=devanagari]{--font:'Noto Sans Devanagari',system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}</style>`;
    const { before, after, shiftsAfter } = await lateNotoFile(notoFirst);
    expect(after).not.toEqual(before);
    expect(shiftsAfter).not.toEqual([]);
  });
});
