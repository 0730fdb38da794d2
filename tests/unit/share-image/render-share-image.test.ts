import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { breakLines, getCardLayout, renderShareImage } from '@/lib/share-image/render-share-image';
import type { ShareCard } from '@/lib/share-image/card';

const REFERENCE = 'tests/fixtures/share-image/reference-hi.png';

/** Conjuncts (प्र, द्यो, ज्ञ, श्र, त्र), matras above and below, reph (र्य, र्च) and nukta: the shapes a broken shaper gets wrong. */
const card: ShareCard = {
  locale: 'hi',
  siteName: 'व्यापार संवाद',
  headline: 'कृत्रिम परीक्षण: प्रौद्योगिकी व्यापार ज्ञापन पर श्री मित्र के हस्ताक्षर, कार्य और मार्च की ज़रूरतें',
  organisations: ['उदाहरण व्यापारी संघ', 'नमूना निर्यात परिषद'],
  date: '10 मार्च 2024',
};

describe('renderShareImage', () => {
  it('draws a 1200×630 PNG well under the 300 KB WhatsApp limit', async () => {
    const png = await renderShareImage(card);
    const { width, height } = PNG.sync.read(png);
    expect([width, height]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(300 * 1024);
  });

  it('matches the committed reference render of a fixed Hindi headline', async () => {
    const actual = await renderShareImage(card);
    // To accept a deliberate change of design: UPDATE_SHARE_IMAGE_REFERENCE=1 npx vitest run tests/unit/share-image, then look at the PNG.
    if (process.env.UPDATE_SHARE_IMAGE_REFERENCE === '1') writeFileSync(REFERENCE, actual);
    expect(existsSync(REFERENCE), `${REFERENCE} is missing`).toBe(true);
    const expected = PNG.sync.read(readFileSync(REFERENCE));
    const got = PNG.sync.read(actual);
    const diff = new PNG({ width: expected.width, height: expected.height });
    const changed = pixelmatch(expected.data, got.data, diff.data, expected.width, expected.height, { threshold: 0.1 });
    if (changed > 0) {
      mkdirSync('tests/.tmp', { recursive: true });
      writeFileSync('tests/.tmp/share-image-actual.png', actual);
      writeFileSync('tests/.tmp/share-image-diff.png', PNG.sync.write(diff));
    }
    // A few anti-aliased edge pixels may differ between machines; a misshaped glyph changes hundreds.
    expect(changed, 'see tests/.tmp/share-image-diff.png').toBeLessThan(0.0005 * expected.width * expected.height);
  });
});

describe('breakLines', () => {
  // Every grapheme is 10 px wide, spaces included.
  const measure = (text: string) => [...new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment(text)].length * 10;

  it('fills each line with as many words as fit', () => {
    expect(breakLines('aaa bbb ccc', 75, 5, measure, 'en')).toEqual(['aaa bbb', 'ccc']);
  });

  it('past the last allowed line, ends that line with an ellipsis that still fits', () => {
    expect(breakLines('a b c d e f', 30, 2, measure, 'en')).toEqual(['a b', 'c…']);
  });

  it('breaks a word wider than a line between its letters, never inside a letter and its marks', () => {
    expect(breakLines('abcdefghij', 40, 5, measure, 'en')).toEqual(['abcd', 'efgh', 'ij']);
    const lines = breakLines('प्रौद्योगिकीविशेषज्ञों', 30, 10, measure, 'hi');
    expect(lines.join('')).toBe('प्रौद्योगिकीविशेषज्ञों');
    for (const line of lines) {
      expect(measure(line)).toBeLessThanOrEqual(30);
      // A line never starts with a vowel sign, virama or nukta: those belong to the letter before.
      expect(line, line).not.toMatch(/^\p{M}/u);
    }
  });
});

describe('the card layout', () => {
  const context = createCanvas(1200, 630).getContext('2d');

  it('keeps every line inside the text column and the footer below the rule', () => {
    const layout = getCardLayout({ ...card, organisations: ['एक बहुत लंबे नाम वाला उदाहरण व्यापारी संघ', 'दूसरी नमूना निर्यात परिषद', 'तीसरा संघ'] }, context);
    for (const line of layout.lines) {
      context.font = line.font;
      expect(line.x + context.measureText(line.text).width, line.text).toBeLessThanOrEqual(1200 - 72);
      expect(line.baseline).toBeLessThan(630 - 52);
    }
    const footer = layout.lines.filter((line) => line.baseline > layout.ruleTop);
    // Organisations on at most two lines, then the date.
    expect(footer.map((line) => line.text).at(-1)).toBe(card.date);
    expect(footer.length).toBeLessThanOrEqual(3);
  });

  it('draws the site card (no organisations, no date) with its name and tagline and nothing below the rule', () => {
    const layout = getCardLayout({ locale: 'en', siteName: 'Vyapar Samvad', headline: 'Trade news from associations', organisations: [] }, context);
    expect(layout.lines[0]!.text).toBe('Vyapar Samvad');
    expect(layout.lines.slice(1).map((line) => line.text).join(' ')).toBe('Trade news from associations');
    expect(layout.lines.every((line) => line.baseline < layout.ruleTop)).toBe(true);
  });
});
