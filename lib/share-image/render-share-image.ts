import { Resvg } from '@resvg/resvg-js';
import { createElement } from 'react';
import satori from 'satori';
import { localeFacts } from '@/lib/i18n/locales';
import { CardLayout } from './card-layout';
import { getCardFonts } from './fonts';
import type { ShareCard } from './share-card';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './share-image-ref';

/** Satori lays out and shapes the text into SVG paths; resvg rasterises them, so the PNG needs no system fonts. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await satori(createElement(CardLayout, { card }), {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: getCardFonts(localeFacts[card.locale].script),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
