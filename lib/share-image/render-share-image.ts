/**
 * Drawing a card into a PNG: its layout, the fonts it is set in, and Skia
 * (@napi-rs/canvas), which shapes the text with HarfBuzz (conjuncts, reph,
 * matras) and rasterises it. Only the build's drawing step (draw-cards.ts,
 * card-worker.ts) and the cache's fallback (getCardPng) call it; metadata needs
 * none of this.
 *
 * Why Skia and not satori + resvg, which drew the cards until 3 Dec 2026:
 * a card is a few lines of text on flat colours, and satori's layout and
 * resvg's rasteriser cost 33 ms a card of the 45 ms measured on this
 * machine (docs/benchmarks.md), a third of a cold build. Skia draws the same
 * card in about half a millisecond into a canvas each thread reuses.
 */
import path from 'node:path';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { localeFacts, type Script } from '@/lib/i18n/locales';
import { encodePalettePng } from './palette-png';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareCard } from './card';

const INK = '#1d1a17';
const MUTED = '#5c554d';
const ACCENT = '#8a3b12';
const PAPER = '#fffdf9';

/** The card's frame, in pixels: the accent bar on the left, then the text column. */
const BAR_WIDTH = 12;
const PADDING = { top: 48, right: 72, bottom: 52, left: 64 };
const COLUMN_LEFT = BAR_WIDTH + PADDING.left;
const COLUMN_WIDTH = SHARE_IMAGE_WIDTH - COLUMN_LEFT - PADDING.right;
const RULE_WIDTH = 3;
const RULE_GAP = 18;
const FOOTER_SIZE = 30;
const LINE_HEIGHT = 1.4;
const SITE_NAME_SIZE = 34;

/** Longer headlines get a smaller size so they fit without being cut; grapheme count, since matras are separate code points. */
function getHeadlineStyle(headline: string, locale: string) {
  const length = [...new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(headline)].length;
  if (length <= 40) return { fontSize: 72, lineClamp: 3 };
  if (length <= 70) return { fontSize: 60, lineClamp: 4 };
  if (length <= 110) return { fontSize: 52, lineClamp: 4 };
  if (length <= 150) return { fontSize: 44, lineClamp: 5 };
  return { fontSize: 38, lineClamp: 5 };
}

interface CardFontFiles {
  /** An installed npm package: fonts are never fetched from a font service. */
  package: string;
  files: Record<400 | 700, string>;
}

const NOTO_SANS_DEVANAGARI: CardFontFiles = {
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

const registered = new Map<string, string>();

/**
 * The family name a weight of a script's card font is registered under. Each
 * file gets a name of its own: under one shared name Skia draws every weight
 * with the file registered last, and under the font's own name a machine that
 * has that font installed could draw with its copy instead of the package's.
 */
function getCardFontFamily(script: Script, weight: 400 | 700): string {
  const { package: folder, files } = CARD_FONTS[script];
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), folder, files[weight]);
  let family = registered.get(file);
  if (!family) {
    family = `Vyapar Card ${registered.size + 1}`;
    // Cards are drawn at build time from the project folder, so the tracer need not follow this.
    if (!GlobalFonts.registerFromPath(file, family)) throw new Error(`cannot load the share-image font ${file}`);
    registered.set(file, family);
  }
  return family;
}

/** One line of text as it is drawn: its words, font and colour, and where its baseline is. */
export interface CardLine {
  text: string;
  font: string;
  colour: string;
  x: number;
  baseline: number;
}

/** What the card shows and where: the text lines, and the rule above the footer. */
export interface CardLayout {
  lines: CardLine[];
  ruleTop: number;
}

interface TextBlock {
  lines: string[];
  font: string;
  colour: string;
  size: number;
}

/**
 * Breaks `text` into lines no wider than `width` at spaces (a word wider than
 * a line at grapheme boundaries) and, past `maxLines`, ends the last line with
 * an ellipsis, as CSS's line-clamp did in the satori layout.
 */
export function breakLines(text: string, width: number, maxLines: number, measure: (text: string) => number, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' });
  const graphemes = (word: string) => [...segmenter.segment(word)].map((s) => s.segment);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(word) <= width) {
      line = word;
      continue;
    }
    // A word wider than the whole line (a long URL or compound): broken between graphemes.
    for (const piece of graphemes(word)) {
      if (line && measure(line + piece) > width) {
        lines.push(line);
        line = '';
      }
      line += piece;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const ellipsis = '…';
  const pieces = graphemes(kept[maxLines - 1]!);
  const last = () => pieces.join('').trimEnd();
  while (pieces.length && measure(`${last()}${ellipsis}`) > width) pieces.pop();
  kept[maxLines - 1] = `${last()}${ellipsis}`;
  return kept;
}

/**
 * Where everything goes: the site name at the top, the footer (a rule, the
 * organisations, the date) at the bottom, the headline centred in the space
 * between, as the flex column with `space-between` placed them before.
 */
export function getCardLayout(card: ShareCard, context: SKRSContext2D): CardLayout {
  const { script, tag } = localeFacts[card.locale];
  const regular = getCardFontFamily(script, 400);
  const bold = getCardFontFamily(script, 700);
  const measureIn = (font: string) => (text: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
  const block = (text: string, size: number, family: string, colour: string, maxLines: number): TextBlock => {
    const font = `${size}px "${family}"`;
    return { lines: breakLines(text, COLUMN_WIDTH, maxLines, measureIn(font), tag), font, colour, size };
  };

  const headline = getHeadlineStyle(card.headline, tag);
  const siteName = block(card.siteName, SITE_NAME_SIZE, bold, ACCENT, 1);
  const title = block(card.headline, headline.fontSize, bold, INK, headline.lineClamp);
  const footer = [
    ...(card.organisations.length ? [block(card.organisations.join(' · '), FOOTER_SIZE, regular, MUTED, 2)] : []),
    ...(card.date ? [block(card.date, FOOTER_SIZE, bold, MUTED, 1)] : []),
  ];

  const height = (b: TextBlock) => b.lines.length * b.size * LINE_HEIGHT;
  /** A font's own ascent and descent, which CSS's line boxes are built from. */
  const fontBox = (font: string) => {
    context.font = font;
    const { fontBoundingBoxAscent: ascent, fontBoundingBoxDescent: descent } = context.measureText('');
    return { ascent, descent };
  };
  // The site name's line is as tall as its font's ascent and descent (CSS's `normal`); the others are set at 1.4.
  const siteBox = fontBox(siteName.font);
  const siteHeight = siteBox.ascent + siteBox.descent;
  const footerHeight = RULE_WIDTH + RULE_GAP + footer.reduce((sum, b) => sum + height(b), 0);
  const bottom = SHARE_IMAGE_HEIGHT - PADDING.bottom;
  const ruleTop = bottom - footerHeight;
  const gap = (ruleTop - PADDING.top - siteHeight - height(title)) / 2;

  const lines: CardLine[] = [];
  /** Lays a block's lines out from `top`, each baseline where CSS puts it: half the leading above the font's ascent. */
  const place = (b: TextBlock, top: number, lineHeight: number) => {
    const { ascent, descent } = fontBox(b.font);
    b.lines.forEach((text, i) => {
      lines.push({ text, font: b.font, colour: b.colour, x: COLUMN_LEFT, baseline: top + i * lineHeight + (lineHeight - ascent - descent) / 2 + ascent });
    });
  };
  place(siteName, PADDING.top, siteHeight);
  place(title, PADDING.top + siteHeight + gap, title.size * LINE_HEIGHT);
  let top = ruleTop + RULE_WIDTH + RULE_GAP;
  for (const b of footer) {
    place(b, top, b.size * LINE_HEIGHT);
    top += height(b);
  }
  return { lines, ruleTop };
}

// One canvas per thread, drawn over for every card: a fresh canvas per card, only filled and read, took 15.3 ms against 6.9 ms to draw a whole card on the kept one (40 runs each).
let canvas: Canvas | undefined;
const getCanvas = (): Canvas => (canvas ??= createCanvas(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT));

/** The 1200×630 card (site name, headline, organisations and date, in the article's language) as straight RGBA pixels, a copy of the canvas's. */
export function drawShareCard(card: ShareCard): Uint8Array {
  const context = getCanvas().getContext('2d');
  context.fillStyle = PAPER;
  context.fillRect(0, 0, SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT);
  context.fillStyle = ACCENT;
  context.fillRect(0, 0, BAR_WIDTH, SHARE_IMAGE_HEIGHT);
  const layout = getCardLayout(card, context);
  context.fillRect(COLUMN_LEFT, layout.ruleTop, COLUMN_WIDTH, RULE_WIDTH);
  context.textBaseline = 'alphabetic';
  for (const line of layout.lines) {
    context.font = line.font;
    context.fillStyle = line.colour;
    context.fillText(line.text, line.x, line.baseline);
  }
  // Skia keeps premultiplied pixels; every pixel of a card is opaque, where premultiplied and straight are the same bytes.
  return getCanvas().data();
}

/** The card as an 8-bit palette PNG (palette-png.ts), or Skia's own PNG should a card ever not be opaque. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const pixels = drawShareCard(card);
  return encodePalettePng(pixels, SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT) ?? getCanvas().encode('png');
}
