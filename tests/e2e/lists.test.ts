import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser';

// The fixture site is built with PAGE_SIZE=2 (tests/e2e/global-setup.ts).
const fixture = inject('fixtureUrl');
const browser = useBrowser();

const cardTitles = (page: Page) => page.locator('.card-title a').allTextContents();
const status = async (page: Page, path: string) => (await page.goto(`${fixture}${path}`))?.status();

describe('pagination', () => {
  it('pages the Hindi index newest first, with newer/older links and rel hints', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${fixture}/hi`);
    expect(await cardTitles(page)).toEqual(['परीक्षण मेला: कृत्रिम लेख का हिन्दी संस्करण', 'निर्यात के लिए ज़रूरी काग़ज़ात'.normalize('NFC')]);
    expect(await page.locator('link[rel="prev"]').count()).toBe(0);
    expect(await page.getAttribute('head link[rel="next"]', 'href')).toBe('/hi/page/2');
    await page.click('.pagination a[rel="next"]');
    await page.waitForURL(`${fixture}/hi/page/2`);
    expect(await cardTitles(page)).toEqual(['कारखानों की नई सूची', 'कल होने वाली बैठक']);
    expect(await page.textContent('.pagination-status')).toBe('पृष्ठ 2 (कुल 3)');
    expect(await page.getAttribute('head link[rel="prev"]', 'href')).toBe('/hi');
    await page.click('.pagination a[rel="next"]');
    await page.waitForURL(`${fixture}/hi/page/3`);
    expect(await cardTitles(page)).toEqual(['केवल हिन्दी में कृत्रिम लेख', 'संकट का काल बीता']);
    expect(await page.locator('.pagination a[rel="next"]').count()).toBe(0);
    expect(await page.getAttribute('.pagination a[rel="prev"]', 'href')).toBe('/hi/page/2');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers 404 past the end and for odd page numbers, and sends page 1 to the list itself', async () => {
    const { page } = await openPage(browser());
    for (const path of ['/hi/page/4', '/en/page/3', '/hi/page/0', '/hi/page/02', '/hi/page/two', '/hi/tags/export-trade/page/3']) {
      expect(await status(page, path), path).toBe(404);
    }
    expect(await status(page, '/hi/page/1')).toBe(200);
    expect(page.url()).toBe(`${fixture}/hi`);
    expect(await status(page, '/en/organisations/sample-export-council/page/1')).toBe(200);
    expect(page.url()).toBe(`${fixture}/en/organisations/sample-export-council`);
    await page.context().close();
  });
});

describe('organisation pages', () => {
  it.each([
    ['hi', 'डेमो वाणिज्य मंडल', 'संयुक्त अरब अमीरात', ['कल होने वाली बैठक', 'संकट का काल बीता']],
    ['en', 'Demo Chamber of Commerce', 'United Arab Emirates', []],
  ])('/%s/organisations/demo-chamber shows the name, country and that language’s articles', async (locale, name, country, titles) => {
    const { page, errors } = await openPage(browser());
    expect(await status(page, `/${locale}/organisations/demo-chamber`)).toBe(200);
    expect(await page.textContent('h1')).toBe(name);
    expect(await page.textContent('.organisation-details')).toContain(country);
    expect(await cardTitles(page)).toEqual(titles);
    if (titles.length === 0) expect(await page.textContent('.list-empty')).toMatch(/published in English yet/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the website and pages a long list', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/en/organisations/sample-export-council`);
    expect(await page.locator('.organisation-details a').count()).toBe(0);
    expect(await cardTitles(page)).toEqual(['Synthetic export outlook for the coming season', 'Test fair: the English version of a synthetic article']);
    await page.click('.pagination a[rel="next"]');
    await page.waitForURL(`${fixture}/en/organisations/sample-export-council/page/2`);
    expect(await cardTitles(page)).toEqual(['Synthetic trade figures for the last quarter']);
    await page.goto(`${fixture}/en/organisations/example-traders-guild`);
    expect(await page.getAttribute('.organisation-details a', 'href')).toBe('https://example.org');
    await page.context().close();
  });

  it('lists every organisation with its article count, and unknown ids answer 404', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/en/organisations`);
    expect(await page.locator('.directory li').count()).toBe(3);
    expect(await page.textContent('.directory li:has(a[href="/en/organisations/demo-chamber"])')).toContain('Articles: 0');
    expect(await status(page, '/en/organisations/no-such-body')).toBe(404);
    expect(await status(page, '/hi/tags/no-such-topic')).toBe(404);
    await page.context().close();
  });
});

describe('topic pages', () => {
  it.each([
    ['hi', 'निर्यात', ['निर्यात के लिए ज़रूरी काग़ज़ात'.normalize('NFC'), 'कारखानों की नई सूची']],
    ['en', 'Exports', ['Synthetic export outlook for the coming season', 'Synthetic trade figures for the last quarter']],
  ])('/%s/tags/export-trade lists that language’s articles on the topic', async (locale, label, titles) => {
    const { page, errors } = await openPage(browser());
    expect(await status(page, `/${locale}/tags/export-trade`)).toBe(200);
    expect(await page.textContent('h1')).toBe(label);
    expect(await cardTitles(page)).toEqual(titles);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists every topic in the reader’s language', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/hi/tags`);
    expect(await page.locator('.directory a').allTextContents()).toEqual(['निर्यात', 'परीक्षण विषय']);
    await page.context().close();
  });
});

describe('article pages link onwards', () => {
  it('to organisation and topic pages, the neighbouring articles and related ones', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${fixture}/hi/articles/synthetic-kal`);
    expect(await page.getAttribute('.neighbour-older', 'href')).toBe('/hi/articles/synthetic-hindi-only');
    expect(await page.getAttribute('.neighbour-newer', 'href')).toBe('/hi/articles/synthetic-nukta-decomposed');
    // Related: shares a topic (the fair pair) or an organisation (काल); equal ties go newest first.
    expect(await page.locator('.related a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/hi/articles/synthetic-fair-pair', '/hi/articles/synthetic-kaal']);
    await page.click('.article-meta .tags a');
    await page.waitForURL(`${fixture}/hi/tags/test-topic`);
    expect(await cardTitles(page)).toContain('कल होने वाली बैठक');
    await page.goto(`${fixture}/hi/articles/synthetic-kal`);
    await page.click('.article-meta .organisations a');
    await page.waitForURL(`${fixture}/hi/organisations/demo-chamber`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no previous link on the oldest article and no next link on the newest', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/hi/articles/synthetic-kaal`);
    expect(await page.locator('.neighbour-older').count()).toBe(0);
    await page.goto(`${fixture}/hi/articles/synthetic-fair-pair`);
    expect(await page.locator('.neighbour-newer').count()).toBe(0);
    await page.context().close();
  });
});
