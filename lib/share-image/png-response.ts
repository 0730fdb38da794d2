import { getCardPng } from './card-cache';
import type { ShareCard } from './share-card';

/** The HTTP answer for a share image; routes are prerendered, so this runs at build time and mostly reads a card scripts/build.ts drew. */
export async function getPngResponse(card: ShareCard): Promise<Response> {
  const png = await getCardPng(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length) } });
}
