import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The family name the card's styles refer to. */
export const CARD_FONT = 'Noto Sans Devanagari';

interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const PACKAGE = 'node_modules/@expo-google-fonts/noto-sans-devanagari';
const FILES = { 400: '400Regular/NotoSansDevanagari_400Regular.ttf', 700: '700Bold/NotoSansDevanagari_700Bold.ttf' } as const;

let loaded: CardFont[] | undefined;

/**
 * Noto Sans Devanagari as TTF (it also covers Latin, digits and punctuation),
 * read from the installed npm package: never fetched from a font service.
 * Satori shapes text with HarfBuzz, which forms conjuncts, reph and matras.
 */
export function getCardFonts(): CardFont[] {
  loaded ??= ([400, 700] as const).map((weight) => ({
    name: CARD_FONT,
    // Images are drawn at build time from the project folder, so the tracer need not follow this.
    data: readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), PACKAGE, FILES[weight])),
    weight,
    style: 'normal',
  }));
  return loaded;
}
