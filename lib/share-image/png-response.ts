import { renderShareImage } from './render-share-image';
import type { ShareCard } from './share-card';

/** The HTTP answer for a share image; routes are prerendered, so this runs at build time. */
export async function getPngResponse(card: ShareCard): Promise<Response> {
  const png = await renderShareImage(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length) } });
}
