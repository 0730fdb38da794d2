/**
 * Drawing a card into a PNG: its layout, the fonts it is set in, and satori
 * with resvg. Only the build's drawing step (draw-cards.ts, card-worker.ts)
 * and the cache's fallback (getCardPng) call it; metadata needs none of this.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { createElement } from 'react';
import satori from 'satori';
import { localeFacts, type Script } from '@/lib/i18n/locales';
import { encodePalettePng } from './palette-png';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareCard } from './share-card';

/**
 * Satori lays out and shapes the text into SVG paths; resvg rasterises them, so the PNG needs no system fonts.
 * The file is a palette PNG (palette-png.ts) unless the drawing ever has more colours than a palette holds.
 */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await satori(createElement(CardLayout, { card }), {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: getCardFonts(localeFacts[card.locale].script),
  });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_WIDTH }, font: { loadSystemFonts: false } }).render();
  return encodePalettePng(image.pixels, image.width, image.height) ?? image.asPng();
}

const INK = '#1d1a17';
const MUTED = '#5c554d';
const ACCENT = '#8a3b12';
const PAPER = '#fffdf9';

/** Longer headlines get a smaller size so they fit without being cut; grapheme count, since matras are separate code points. */
function getHeadlineStyle(headline: string, locale: string) {
  const length = [...new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(headline)].length;
  if (length <= 40) return { fontSize: 72, lineClamp: 3 };
  if (length <= 70) return { fontSize: 60, lineClamp: 4 };
  if (length <= 110) return { fontSize: 52, lineClamp: 4 };
  if (length <= 150) return { fontSize: 44, lineClamp: 5 };
  return { fontSize: 38, lineClamp: 5 };
}

/** The 1200×630 card: site name, headline, organisations and date, in the article's language. */
export function CardLayout({ card }: { card: ShareCard }) {
  const { fontSize, lineClamp } = getHeadlineStyle(card.headline, localeFacts[card.locale].tag);
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%', background: PAPER, fontFamily: getCardFontFamily(localeFacts[card.locale].script), color: INK }}>
      <div style={{ display: 'flex', width: 24, height: '100%', background: ACCENT }} />
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 72px 52px 64px', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: ACCENT }}>{card.siteName}</div>
        <div style={{ display: 'block', fontSize, fontWeight: 700, lineHeight: 1.4, lineClamp, textOverflow: 'ellipsis' }}>{card.headline}</div>
        <div style={{ display: 'flex', flexDirection: 'column', fontSize: 30, color: MUTED, borderTop: `3px solid ${ACCENT}`, paddingTop: 18 }}>
          {card.organisations.length ? (
            <div style={{ display: 'block', lineHeight: 1.4, lineClamp: 2, textOverflow: 'ellipsis' }}>{card.organisations.join(' · ')}</div>
          ) : null}
          {card.date ? <div style={{ display: 'flex', lineHeight: 1.4, fontWeight: 700 }}>{card.date}</div> : null}
        </div>
      </div>
    </div>
  );
}

interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

interface CardFontFiles {
  family: string;
  /** An installed npm package: fonts are never fetched from a font service. */
  package: string;
  files: Record<400 | 700, string>;
}

const NOTO_SANS_DEVANAGARI: CardFontFiles = {
  family: 'Noto Sans Devanagari',
  package: 'node_modules/@expo-google-fonts/noto-sans-devanagari',
  files: { 400: '400Regular/NotoSansDevanagari_400Regular.ttf', 700: '700Bold/NotoSansDevanagari_700Bold.ttf' },
};

/**
 * The card's font for each script of the locale table (a language's `script`). Noto Sans
 * Devanagari also covers Latin, digits and punctuation, so it draws both: Hindi cards quote
 * English names, and one family keeps every card alike.
 */
const CARD_FONTS: Record<Script, CardFontFiles> = {
  devanagari: NOTO_SANS_DEVANAGARI,
  latin: NOTO_SANS_DEVANAGARI,
};

/** The family name a card's styles refer to. */
export function getCardFontFamily(script: Script): string {
  return CARD_FONTS[script].family;
}

// By font, not script: scripts that share a font read its files once.
const loaded = new Map<CardFontFiles, CardFont[]>();

/**
 * The TTF files of a script's card font, read from the installed npm package.
 * Satori shapes text with HarfBuzz, which forms conjuncts, reph and matras.
 */
export function getCardFonts(script: Script): CardFont[] {
  const font = CARD_FONTS[script];
  let fonts = loaded.get(font);
  if (!fonts) {
    const { family, package: folder, files } = font;
    fonts = ([400, 700] as const).map((weight) => ({
      name: family,
      // Images are drawn at build time from the project folder, so the tracer need not follow this.
      data: readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), folder, files[weight])),
      weight,
      style: 'normal',
    }));
    loaded.set(font, fonts);
  }
  return fonts;
}
