import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePalettePng } from '@/lib/share-image/palette-png';
import { renderShareImage } from '@/lib/share-image/render-share-image';

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

  it('gives up on more than 256 colours or on any pixel that is not opaque', () => {
    expect(encodePalettePng(picture(257, 1, (x) => [x % 256, x >> 8, 0, 255]), 257, 1)).toBeNull();
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
  it('is the pixels resvg drew, in under half the bytes of resvg’s own PNG', async () => {
    const card = { locale: 'hi' as const, siteName: 'व्यापार संवाद', headline: 'कृत्रिम परीक्षण: निर्यात परिषद की बैठक में नए समझौते', organisations: ['उदाहरण व्यापारी संघ'], date: '10 मार्च 2024' };
    const png = await renderShareImage(card);
    expect(png[25]).toBe(3);
    // resvg's own encoding of the same drawing: same pixels, more bytes.
    const decoded = PNG.sync.read(png);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    const redrawn = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    expect(Buffer.from(redrawn.pixels).equals(Buffer.from(decoded.data))).toBe(true);
    expect(png.length).toBeLessThan(redrawn.asPng().length / 2);
  });
});
