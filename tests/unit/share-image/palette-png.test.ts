import { createCanvas } from '@napi-rs/canvas';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePalettePng } from '@/lib/share-image/palette-png';
import { drawShareCard, renderShareImage } from '@/lib/share-image/render-share-image';

/** Straight RGBA bytes of a picture, drawn by a function of the pixel's position. */
function picture(width: number, height: number, colourAt: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(colourAt(x, y), (y * width + x) * 4);
  return rgba;
}

describe('encodePalettePng', () => {
  it('writes an 8-bit palette PNG that another decoder reads back to the very same pixels', () => {
    // 240 colours, close to the limit, each recurring in other rows and columns; runs of one colour on the left.
    const rgba = picture(50, 30, (x, y) => (x < 10 ? [255, 253, 249, 255] : [(x % 16) * 16, (y % 15) * 17, 200, 255]));
    const png = encodePalettePng(rgba, 50, 30)!;
    expect(png).not.toBeNull();
    const decoded = PNG.sync.read(png);
    expect([decoded.width, decoded.height]).toEqual([50, 30]);
    // IHDR's colour type (byte 25 of the file) is 3: palette.
    expect(png[25]).toBe(3);
    expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('past 256 colours keeps the 256 most used exactly and draws each rarer one as its nearest kept colour', () => {
    // 256 reds used twice each, then 10 shades used once, each a few levels of blue off a red the palette keeps.
    const width = 256 * 2 + 10;
    const rgba = picture(width, 1, (x) => (x < 512 ? [x >> 1, 0, 0, 255] : [100 + (x - 512) * 10, 0, 3, 255]));
    const png = encodePalettePng(rgba, width, 1)!;
    expect(png[25]).toBe(3);
    const decoded = PNG.sync.read(png).data;
    for (let x = 0; x < width; x++) {
      const expected = x < 512 ? [x >> 1, 0, 0, 255] : [100 + (x - 512) * 10, 0, 0, 255];
      expect([...decoded.subarray(x * 4, x * 4 + 4)], `pixel ${x}`).toEqual(expected);
    }
  });

  it('counts a row that repeats the one above as often as it occurs, and writes each copy', () => {
    // 302 colours. 40 equal rows, white with one dark red pixel; then 3 rows of the same 300 greens, shifted by one each row,
    // so every green is used 3 times. The red is used 40 times in all, but once per distinct row: counted as once, it would
    // lose its place in the palette to the greens.
    const width = 300;
    const green = (i: number): [number, number, number, number] => [0, i % 256, 40 + (i >> 8) * 100, 255];
    const rgba = picture(width, 43, (x, y) => (y < 40 ? (x === 150 ? [120, 0, 0, 255] : [255, 255, 255, 255]) : green((x + y) % width)));
    const decoded = PNG.sync.read(encodePalettePng(rgba, width, 43)!).data;
    expect(Buffer.from(decoded.subarray(0, 40 * width * 4)).equals(Buffer.from(rgba.subarray(0, 40 * width * 4)))).toBe(true);
  });

  it('gives up on any pixel that is not opaque', () => {
    expect(encodePalettePng(picture(256, 1, (x) => [x, 0, 0, 255]), 256, 1)).not.toBeNull();
    expect(encodePalettePng(picture(4, 4, (x, y) => [0, 0, 0, x === 3 && y === 3 ? 254 : 255]), 4, 4)).toBeNull();
  });

  it('reads pixels that start anywhere in their buffer, aligned to whole pixels or not', () => {
    const rgba = picture(7, 3, (x, y) => [x * 30, y * 80, 5, 255]);
    for (const offset of [4, 1]) {
      const inside = new Uint8Array(rgba.length + 8);
      inside.set(rgba, offset);
      const decoded = PNG.sync.read(encodePalettePng(inside.subarray(offset, offset + rgba.length), 7, 3)!);
      expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
    }
  });

  it('refuses pixel data of the wrong size', () => {
    expect(() => encodePalettePng(new Uint8Array(15), 2, 2)).toThrow(/2×2 RGBA pixels \(16 bytes\), got 15/);
  });
});

describe('a share card as a palette PNG', () => {
  it('is the pixels Skia drew, to within a few levels at the edges of letters, in under half the bytes of Skia’s own PNG', async () => {
    const card = { locale: 'hi' as const, siteName: 'व्यापार संवाद', headline: 'कृत्रिम परीक्षण: निर्यात परिषद की बैठक में नए समझौते', organisations: ['उदाहरण व्यापारी संघ'], date: '10 मार्च 2024' };
    const png = await renderShareImage(card);
    expect(png[25]).toBe(3);
    const drawn = Buffer.from(drawShareCard(card));
    const decoded = PNG.sync.read(png).data;
    let exact = 0;
    let worst = 0;
    for (let at = 0; at < drawn.length; at += 4) {
      const difference = Math.max(...[0, 1, 2].map((c) => Math.abs(drawn[at + c]! - decoded[at + c]!)));
      if (difference === 0) exact++;
      worst = Math.max(worst, difference);
    }
    // Flat colours and the common edge shades are exact; a rare shade moves to its nearest kept neighbour.
    expect(exact / (drawn.length / 4)).toBeGreaterThan(0.99);
    expect(worst).toBeLessThanOrEqual(24);
    // Skia's own encoding of the same pixels.
    const canvas = createCanvas(1200, 630);
    const context = canvas.getContext('2d');
    const image = context.createImageData(1200, 630);
    image.data.set(drawn);
    context.putImageData(image, 0, 0);
    expect(png.length).toBeLessThan((await canvas.encode('png')).length / 2);
  });
});
