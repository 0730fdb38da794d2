import { preload } from 'react-dom';
import type { Script } from '@/lib/i18n/locales';

/**
 * The self-hosted file each script's @font-face (components/styles/fonts.css) downloads on a device
 * without a copy of its own. `new URL(…, import.meta.url)` gets the address Turbopack gives the
 * stylesheet's url() for the same file: one hashed file, one download.
 */
const fontFiles: Partial<Record<Script, URL>> = {
  devanagari: new URL('./styles/fonts/noto-sans-devanagari-400-700.woff2', import.meta.url),
};

/** Preloads the font file of the page's script (fonts.css says why a preload); renders nothing. */
export function ScriptFontPreload({ script }: { script: Script }) {
  const file = fontFiles[script];
  // Fonts are always fetched in CORS mode: without crossOrigin the preload would not be reused.
  if (file) preload(String(file), { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return null;
}
