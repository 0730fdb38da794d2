import { crc32, deflateSync } from 'node:zlib';

/**
 * A card is a few flat colours and the anti-aliased edges of text set on them.
 * Written as an 8-bit palette PNG it is about 24 KB, where an RGBA PNG of the
 * same picture is 45–60 KB. Skia's anti-aliasing gives the edges 600–700
 * shades; the 256 most used colours of a picture (every flat colour and the
 * common edge shades) are kept exactly, and each rarer shade is drawn as the
 * nearest kept one, a difference of a few levels in a pixel at a glyph's edge.
 */

/** The PNG layout this module writes; part of the card cache's key, so a change redraws cached cards. */
export const PALETTE_PNG_FORMAT = 'palette-png-2';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_COLOURS = 256;
// zlib's default is 6; at 5 the deflate of a card takes about 2.4 ms against 3.4 for 1 % more bytes (24,206 against 23,961). Z_RLE (0.7 ms) and level 1 (0.9 ms) made a Hindi card 20 % and 24 % larger (29,968 and 30,836 bytes against 24,934).
const DEFLATE_LEVEL = 5;
// Pixels are compared as one 32-bit number each, whose byte order is the machine's.
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A pixel's red, green, blue and alpha, from its 32-bit number. */
function channels(pixel: number): [number, number, number, number] {
  const bytes = [pixel & 0xff, (pixel >>> 8) & 0xff, (pixel >>> 16) & 0xff, pixel >>> 24];
  return (LITTLE_ENDIAN ? bytes : bytes.reverse()) as [number, number, number, number];
}

/**
 * Which rows are the same, byte for byte, as the row above: a card's margins
 * and the gaps between its lines of text are hundreds of equal rows, which are
 * counted and indexed once (the comparison is native, a scan in JavaScript is not).
 */
function findRepeatedRows(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.length);
  const rowBytes = width * 4;
  const repeated = new Uint8Array(height);
  for (let y = 1; y < height; y++) repeated[y] = bytes.compare(bytes, (y - 1) * rowBytes, y * rowBytes, y * rowBytes, (y + 1) * rowBytes) === 0 ? 1 : 0;
  return repeated;
}

/** How many pixels have each colour, counting a run of one colour at once (a card is mostly runs) and a row that repeats the one above as often as it does. */
function countColours(pixels: Int32Array, width: number, height: number, repeated: Uint8Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (let y = 0; y < height; y++) {
    if (repeated[y]) continue;
    let copies = 1;
    while (y + copies < height && repeated[y + copies]) copies++;
    const start = y * width;
    const end = start + width;
    let previous = pixels[start]!;
    let runStart = start;
    for (let i = start + 1; i < end; i++) {
      const pixel = pixels[i]!;
      if (pixel === previous) continue;
      counts.set(previous, (counts.get(previous) ?? 0) + (i - runStart) * copies);
      previous = pixel;
      runStart = i;
    }
    counts.set(previous, (counts.get(previous) ?? 0) + (end - runStart) * copies);
  }
  return counts;
}

/** Each colour's palette index: the most used colours are the palette, any other maps to the one nearest it (in RGB). */
function choosePalette(counts: Map<number, number>): { palette: number[]; indexOf: Map<number, number> } {
  const byUse = [...counts].sort((a, b) => b[1] - a[1]).map(([colour]) => colour);
  const palette = byUse.slice(0, MAX_COLOURS);
  const indexOf = new Map(palette.map((colour, index) => [colour, index]));
  // The kept colours' channels side by side, for the search below (hundreds of rare shades, each against up to 256 kept colours).
  const kept = new Int32Array(palette.length * 3);
  palette.forEach((colour, index) => kept.set(channels(colour).slice(0, 3), index * 3));
  for (const colour of byUse.slice(MAX_COLOURS)) {
    const [r, g, b] = channels(colour);
    let best = 0;
    let bestDistance = Infinity;
    for (let index = 0; index < palette.length; index++) {
      const dr = r - kept[index * 3]!;
      const dg = g - kept[index * 3 + 1]!;
      const db = b - kept[index * 3 + 2]!;
      const distance = dr * dr + dg * dg + db * db;
      if (distance < bestDistance) {
        best = index;
        bestDistance = distance;
      }
    }
    indexOf.set(colour, best);
  }
  return { palette, indexOf };
}

/**
 * Encodes straight (non-premultiplied) RGBA pixels as an indexed PNG: without
 * loss up to 256 colours, past that as described above. Returns null when any
 * pixel is not fully opaque (a card never has one, and leaving out a
 * transparency chunk keeps every reader happy).
 */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number): Buffer | null {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width}×${height} RGBA pixels (${width * height * 4} bytes), got ${rgba.length} bytes`);
  // One number per pixel, to count and look up; a view when the bytes are aligned, else a copy. Signed: an opaque colour is then
  // a small integer to V8 (as unsigned it passes 2^31 and is a boxed number). In a CPU profile of one card, counting went 1.25 →
  // 0.86 ms and indexing 2.45 → 1.6 ms.
  const pixels = rgba.byteOffset % 4 === 0 ? new Int32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4) : new Int32Array(rgba.buffer.slice(rgba.byteOffset, rgba.byteOffset + rgba.length));
  const repeated = findRepeatedRows(rgba, width, height);
  const counts = countColours(pixels, width, height, repeated);
  for (const colour of counts.keys()) if (channels(colour)[3] !== 255) return null;
  const { palette, indexOf } = choosePalette(counts);
  const rows = writeIndexRows(pixels, width, height, repeated, indexOf);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  // Compression, filter method and interlace are all 0 (the only defined deflate and filter method; no interlace).
  const plte = Buffer.from(palette.flatMap((colour) => channels(colour).slice(0, 3)));
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', deflateSync(rows, { level: DEFLATE_LEVEL })), chunk('IEND', Buffer.alloc(0))]);
}

/** The image data before compression: each row its filter byte, 0 (none: palette indices do not predict their neighbours), then each pixel's palette index. */
function writeIndexRows(pixels: Int32Array, width: number, height: number, repeated: Uint8Array, indexOf: Map<number, number>): Buffer {
  const stride = width + 1;
  const rows = Buffer.allocUnsafe(stride * height);
  for (let y = 0; y < height; y++) {
    const rowStart = y * stride;
    if (repeated[y]) {
      rows.copyWithin(rowStart, rowStart - stride, rowStart);
      continue;
    }
    rows[rowStart] = 0;
    const start = y * width;
    let previous = pixels[start]! ^ 1;
    let index = 0;
    for (let x = 0; x < width; x++) {
      const pixel = pixels[start + x]!;
      if (pixel !== previous) {
        previous = pixel;
        index = indexOf.get(pixel)!;
      }
      rows[rowStart + 1 + x] = index;
    }
  }
  return rows;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, checksum]);
}
