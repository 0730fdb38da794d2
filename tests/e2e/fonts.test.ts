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
    for (const face of faces) {
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

  it('draws Hindi with the phone’s own Noto Sans Devanagari and downloads no font when it has one', async () => {
    const fonts = path.resolve('node_modules/@expo-google-fonts/noto-sans-devanagari');
    const { browser: phone, cleanup } = await launchWithFonts([`${fonts}/400Regular/NotoSansDevanagari_400Regular.ttf`, `${fonts}/700Bold/NotoSansDevanagari_700Bold.ttf`]);
    cleanups.push(async () => {
      await phone.close();
      cleanup();
    });
    const page = await phone.newPage();
    const downloaded = watchFonts(page);
    await page.goto(`${fixture}${ARTICLE}`);
    await page.evaluate(() => document.fonts.ready);
    expect(downloaded).toEqual([]);
    expect(await fontsDrawing(page, '.prose p')).toContainEqual(expect.objectContaining({ postScriptName: 'NotoSansDevanagari-Regular', isCustomFont: false }));
    expect(await fontsDrawing(page, 'h1')).toContainEqual(expect.objectContaining({ postScriptName: 'NotoSansDevanagari-Bold', isCustomFont: false }));
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
    // font-display: optional keeps the first view in the fallback when the file comes after the first layout (here it usually
    // does, by a few tens of milliseconds); the next page takes it from the cache and draws Hindi with it.
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
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily)).not.toContain('Noto Sans Devanagari');
    await page.context().close();
  });
});

describe('layout shifts', () => {
  it('a Hindi article on a slow phone does not move once painted (CLS 0)', async () => {
    // A phone's width, and tall enough to hold the whole short article: a shift counts only on screen, and the
    // client leaves near the end (share buttons) render last.
    const { page } = await openPage(browser(), { viewport: { width: 360, height: 1600 } });
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: entry.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName))) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Lighthouse's mobile profile: slow 4G (150 ms, 1.6 Mbit/s) and a 4× slower CPU, so the font arrives well after the first paint.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${fixture}${ARTICLE}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    // Client leaves (share, Listen, language) render after hydration: give them time to settle.
    await page.waitForTimeout(2_000);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
    expect(shifts).toEqual([]);
    await page.context().close();
  });
});
