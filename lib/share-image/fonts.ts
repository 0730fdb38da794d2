import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Script } from '@/lib/i18n/locales';

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
