import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser';

// Everything here runs on the fixture site (tests/fixtures/site), never the real articles.
const fixture = inject('fixtureUrl');
const browser = useBrowser();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// synthetic-fair-pair.hi.md: a "## पहला भाग" heading, one sentence with footnote [^1], the footnote, and a source.
const hindiArticle = `${fixture}/hi/articles/synthetic-fair-pair`;
const englishArticle = `${fixture}/en/articles/synthetic-fair-pair`;
const hindiHeadline = 'परीक्षण मेला: कृत्रिम लेख का हिन्दी संस्करण';

interface Spoken {
  text: string;
  lang: string;
  voiceLang: string | null;
}

/**
 * Replaces the browser's speech synthesis with a recording fake whose voices
 * arrive after load with `voiceschanged`, as Chrome's do. With `autoEnd`, each
 * utterance "finishes" at once; without it, the first one stays playing.
 */
async function fakeSpeech(page: Page, voiceLangs: string[], autoEnd = true) {
  await page.addInitScript(
    ({ voiceLangs, autoEnd }) => {
      const spoken: Spoken[] = [];
      const calls: string[] = [];
      class FakeUtterance extends EventTarget {
        lang = '';
        voice: { lang: string } | null = null;
        onend: ((event: Event) => void) | null = null;
        onerror: ((event: Event) => void) | null = null;
        constructor(public text: string) {
          super();
        }
      }
      class FakeSynthesis extends EventTarget {
        voices: object[] = [];
        current: FakeUtterance | undefined;
        getVoices() {
          return this.voices;
        }
        speak(utterance: FakeUtterance) {
          calls.push('speak');
          spoken.push({ text: utterance.text, lang: utterance.lang, voiceLang: utterance.voice?.lang ?? null });
          this.current = utterance;
          if (autoEnd) setTimeout(() => utterance.onend?.(new Event('end')), 0);
        }
        pause() {
          calls.push('pause');
        }
        resume() {
          calls.push('resume');
        }
        cancel() {
          calls.push('cancel');
        }
      }
      const synthesis = new FakeSynthesis();
      Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
      Reflect.set(window, 'fakeSpeech', { spoken, calls, synthesis });
      setTimeout(() => {
        synthesis.voices = voiceLangs.map((lang) => ({ lang, name: `Fake ${lang}`, voiceURI: `fake:${lang}`, default: false, localService: true }));
        synthesis.dispatchEvent(new Event('voiceschanged'));
      }, 50);
    },
    { voiceLangs, autoEnd },
  );
}

const spoken = (page: Page): Promise<Spoken[]> => page.evaluate(() => Reflect.get(window, 'fakeSpeech').spoken);
const calls = (page: Page): Promise<string[]> => page.evaluate(() => Reflect.get(window, 'fakeSpeech').calls);

/** The page has hydrated (the share leaf renders its buttons only once it runs) and the fake's voices, if any, have arrived. */
async function settle(page: Page) {
  await page.locator('.share button').first().waitFor();
  await page.waitForFunction(() => !Reflect.has(window, 'fakeSpeech') || speechSynthesis.getVoices().length > 0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describe('reading time', () => {
  it.each([
    ['hi', '1 मिनट में पढ़ें'],
    ['en', '1 min read'],
  ])('/%s/articles/… says how long it takes to read', async (locale, text) => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${fixture}/${locale}/articles/synthetic-fair-pair`);
    expect(await page.locator('.article-header .reading-time').textContent()).toBe(text);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is on the home page cards', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/hi`);
    const times = await page.locator('.card .card-reading-time').allTextContents();
    expect(times.length).toBe(await page.locator('.card').count());
    // Every fixture article is a few words long.
    expect(new Set(times)).toEqual(new Set([' · 1 मिनट में पढ़ें']));
    await page.context().close();
  });
});

describe('Listen', () => {
  it('is not offered when the browser has no Hindi voice (headless Chromium has none)', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(hindiArticle);
    await settle(page);
    const voices = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const langs = () => speechSynthesis.getVoices().map((v) => v.lang);
          if (langs().length) return resolve(langs());
          speechSynthesis.addEventListener('voiceschanged', () => resolve(langs()), { once: true });
          setTimeout(() => resolve(langs()), 1000);
        }),
    );
    // The premise of this test: if this browser ever ships a Hindi voice, the button should show and this test must change.
    expect(voices.filter((lang) => /^hi/i.test(lang))).toEqual([]);
    expect(await page.locator('.listen').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'सुनें' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads the Hindi headline, then the body, with a hi-IN voice and without footnote markers or footnotes', async () => {
    const { page, errors } = await openPage(browser());
    await fakeSpeech(page, ['en-US', 'hi-IN']);
    await page.goto(hindiArticle);
    await page.getByRole('button', { name: 'सुनें' }).click();
    // Back to "Listen" once the last piece has ended.
    await page.getByRole('button', { name: 'सुनें' }).waitFor();
    const said = await spoken(page);
    expect(said.map((s) => s.text)).toEqual([hindiHeadline, 'पहला भाग', 'यह एक कृत्रिम अनुच्छेद है।']);
    for (const s of said) expect([s.voiceLang, s.lang]).toEqual(['hi-IN', 'hi-IN']);
    expect(said.map((s) => s.text).join(' ')).not.toMatch(/फ़ुटनोट|\d/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('never reads Hindi with an English voice: with only English voices the Hindi page has no button, the English page has one', async () => {
    const { page } = await openPage(browser());
    await fakeSpeech(page, ['en-US', 'en-GB']);
    await page.goto(englishArticle);
    await page.getByRole('button', { name: 'Listen' }).click();
    await page.waitForFunction(() => Reflect.get(window, 'fakeSpeech').spoken.length > 0);
    // No en-IN voice here, so another English voice reads the English page.
    expect((await spoken(page))[0]).toEqual({ text: 'Test fair: the English version of a synthetic article', lang: 'en-US', voiceLang: 'en-US' });

    await page.goto(hindiArticle);
    await settle(page);
    expect(await page.locator('.listen').count()).toBe(0);
    expect(await spoken(page)).toEqual([]);
    await page.context().close();
  });

  it('pauses, resumes and stops; a stopped reading does not carry on', async () => {
    const { page } = await openPage(browser());
    await fakeSpeech(page, ['hi-IN'], false);
    await page.goto(hindiArticle);
    await page.getByRole('button', { name: 'सुनें' }).click();
    await page.getByRole('button', { name: 'रोकें' }).click();
    await page.getByRole('button', { name: 'जारी रखें' }).click();
    await page.getByRole('button', { name: 'रोकें' }).waitFor();
    await page.getByRole('button', { name: 'बंद करें' }).click();
    await page.getByRole('button', { name: 'सुनें' }).waitFor();
    expect(await page.getByRole('button', { name: 'बंद करें' }).count()).toBe(0);
    // The browser may still report the end of the cancelled utterance; that must not start the next piece.
    await page.evaluate(() => Reflect.get(window, 'fakeSpeech').synthesis.current.onend(new Event('end')));
    expect((await spoken(page)).map((s) => s.text)).toEqual([hindiHeadline]);
    expect((await calls(page)).filter((c) => c !== 'cancel')).toEqual(['speak', 'pause', 'resume']);
    expect((await calls(page)).at(-1)).toBe('cancel');
    await page.context().close();
  });

  it('speaks long text in sentence-sized pieces, so Chrome does not cut it off after 15 seconds', async () => {
    const { page } = await openPage(browser());
    await fakeSpeech(page, ['hi-IN']);
    await page.goto(hindiArticle);
    await page.getByRole('button', { name: 'सुनें' }).waitFor();
    // One very long sentence, then two short ones ended by dandas.
    const long = Array.from({ length: 30 }, (_, i) => `व्यापार समझौते के ${i + 1}वें खंड पर हस्ताक्षर हुए`).join(' और ') + '।';
    await page.evaluate(
      ([long]) => {
        const p = document.createElement('p');
        p.textContent = `${long} निर्यात बढ़ा। आयात घटा।`;
        document.querySelector('.prose')?.append(p);
      },
      [long],
    );
    await page.getByRole('button', { name: 'सुनें' }).click();
    await page.waitForFunction(() => Reflect.get(window, 'fakeSpeech').spoken.some((s: Spoken) => s.text === 'आयात घटा।'));
    const pieces = (await spoken(page)).map((s) => s.text).slice(3);
    expect(pieces.length).toBeGreaterThan(long.length / 150);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(150);
    expect(pieces.slice(0, -2).join(' ')).toBe(long);
    expect(pieces.slice(-2)).toEqual(['निर्यात बढ़ा।', 'आयात घटा।']);
    await page.context().close();
  });
});

describe('print', () => {
  it('prints the article alone, with the source address after its name', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1024, height: 800 } });
    await fakeSpeech(page, ['hi-IN']);
    await page.goto(hindiArticle);
    await page.getByRole('button', { name: 'सुनें' }).waitFor();
    const chrome = ['.site-header', 'nav', 'form[role="search"]', '.share', '.listen', '.reading-time', '.neighbours', '.related', '.site-footer'];
    // On screen all of it is there (so the print check below can fail).
    for (const selector of chrome) expect(await page.locator(selector).first().isVisible(), selector).toBe(true);

    await page.emulateMedia({ media: 'print' });
    for (const selector of chrome) expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    for (const selector of ['h1', '.article-meta time', '.article-meta .organisations', '.prose', '.article-source']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    const after = await page.evaluate(() => getComputedStyle(document.querySelector('.article-source a')!, '::after').content);
    expect(after).toContain('https://example.org/source');
    await page.context().close();
  });
});

describe('colour schemes', () => {
  it.each(['light', 'dark'] as const)('%s: home and article pages have no axe violations', async (colorScheme) => {
    const { page } = await openPage(browser());
    // A voice, so the Listen buttons are on the page and checked too.
    await fakeSpeech(page, ['hi-IN', 'en-IN']);
    await page.emulateMedia({ colorScheme });
    for (const path of ['/hi', '/en', '/hi/articles/synthetic-fair-pair', '/en/articles/synthetic-fair-pair']) {
      await page.goto(`${fixture}${path}`);
      if (path.includes('/articles/')) await page.locator('.listen button').first().waitFor();
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      // The scheme really applies: a dark page is dark, a light page light.
      const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
      expect((r + g + b) / 3 < 128, `${path} background ${background}`).toBe(colorScheme === 'dark');
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await Reflect.get(window, 'axe').run(document);
        return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
    }
    await page.context().close();
  });
});

describe('language cookie', () => {
  it('is Secure over https, and lax, site-wide, for a year', async () => {
    const { page } = await openPage(browser());
    // The fixture site, answered at an https address, so the page runs with location.protocol === 'https:'.
    const origin = 'https://vyapar.test';
    await page.route(`${origin}/**`, async (route) => {
      const response = await route.fetch({ url: route.request().url().replace(origin, fixture) });
      await route.fulfill({ response });
    });
    await page.goto(`${origin}/en/articles/synthetic-fair-pair`);
    await page.locator('.share button').first().waitFor();
    await page.click('.switcher a[hreflang="hi"]');
    await page.waitForURL(`${origin}/hi/articles/synthetic-fair-pair`);
    const [cookie] = await page.context().cookies(origin);
    expect(cookie).toMatchObject({ name: 'locale', value: 'hi', path: '/', secure: true, sameSite: 'Lax' });
    const year = Date.now() / 1000 + 365 * 24 * 3600;
    expect(Math.abs(cookie!.expires - year)).toBeLessThan(3600);
    // Requests still in flight (prefetches) would otherwise be fulfilled after the context closes.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().close();
  });

  it('is not Secure over http, where a Secure cookie would be dropped', async () => {
    const { page } = await openPage(browser());
    await page.goto(englishArticle);
    await page.locator('.share button').first().waitFor();
    await page.click('.switcher a[hreflang="hi"]');
    await page.waitForURL(hindiArticle);
    const [cookie] = await page.context().cookies(fixture);
    expect(cookie).toMatchObject({ name: 'locale', value: 'hi', secure: false, sameSite: 'Lax' });
    await page.context().close();
  });
});
