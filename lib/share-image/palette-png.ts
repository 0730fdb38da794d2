import { crc32, deflateSync } from 'node:zlib';

/**
 * A card is a few flat colours and the anti-aliased edges of text set on them:
 * resvg's output has about 80–90 distinct colours. Written as an 8-bit palette
 * PNG, it is the same pixels in 20 KB instead of resvg's 45 KB RGBA file, and
 * encodes in about half of resvg's 15–18 ms (one card measured on this machine;
 * see docs/benchmarks.md).
 */

/** The PNG layout this module writes; part of the card cache's key, so a change redraws cached cards. */
export const PALETTE_PNG_FORMAT = 'palette-png-1';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_COLOURS = 256;

/**
 * Encodes straight (non-premultiplied) RGBA pixels as an indexed PNG without
 * loss. Returns null when the picture cannot be one: more than 256 colours, or
 * any pixel that is not fully opaque (a card never has one, and leaving out a
 * transparency chunk keeps every reader happy).
 */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number): Buffer | null {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width}×${height} RGBA pixels (${width * height * 4} bytes), got ${rgba.length} bytes`);
  // One number per pixel, to compare and look up; the palette itself is written from the bytes. A view when the bytes are aligned (resvg's are), else a copy.
  const pixels = rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4) : new Uint32Array(rgba.buffer.slice(rgba.byteOffset, rgba.byteOffset + rgba.length));
  const indexOf = new Map<number, number>();
  const palette: number[] = [];
  // Each row starts with its filter byte, 0 (none): palette indices do not predict their neighbours.
  const rows = Buffer.alloc((width + 1) * height);
  let previous = -1;
  let previousIndex = 0;
  for (let y = 0; y < height; y++) {
    const rowStart = y * (width + 1) + 1;
    for (let x = 0; x < width; x++) {
      const pixel = pixels[y * width + x]!;
      if (pixel !== previous) {
        let index = indexOf.get(pixel);
        if (index === undefined) {
          const at = (y * width + x) * 4;
          if (rgba[at + 3] !== 255 || indexOf.size === MAX_COLOURS) return null;
          index = indexOf.size;
          indexOf.set(pixel, index);
          palette.push(rgba[at]!, rgba[at + 1]!, rgba[at + 2]!);
        }
        previous = pixel;
        previousIndex = index;
      }
      rows[rowStart + x] = previousIndex;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  // Compression, filter method and interlace are all 0 (the only defined deflate and filter method; no interlace).
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', Buffer.from(palette)), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, checksum]);
}
