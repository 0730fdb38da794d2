import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderShareImage } from '@/lib/share-image/render-share-image';
import type { ShareCard } from '@/lib/share-image/share-card';

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
