import { defaultSchema } from 'hast-util-sanitize';
import { defaultHandlers, type Handler } from 'mdast-util-to-hast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/locales';
import { remarkHeadingIds } from './heading-ids';
import { describeImageSource, inspectBody } from './inspect-body';
import { memoised } from './parse-memo';

/**
 * The sanitiser's own `user-content-` prefix is turned off: mdast-util-to-hast
 * already prefixes footnote ids *and* their links, and a second prefix on the
 * ids alone breaks every footnote link. Raw HTML never reaches the tree
 * (remark-html drops it when sanitising), so every id on the page is ours.
 */
const schema = { ...defaultSchema, clobberPrefix: '' };

/**
 * Defence in depth behind the content check, which refuses such pictures: an
 * <img> whose address is not a file of this site (another host, //host,
 * data:) is never written, only its alt text, so no page can make readers'
 * browsers fetch from a third party. Checked on the element the default
 * handler builds, i.e. on the address the page would carry. Raw HTML <img>
 * never gets this far: it is dropped before sanitising.
 */
function siteImagesOnly(handler: Handler): Handler {
  return (state, node, parent) => {
    const result = handler(state, node, parent);
    const src = result && !Array.isArray(result) && result.type === 'element' && result.tagName === 'img' ? result.properties.src : undefined;
    if (src === undefined || !describeImageSource(String(src))) return result;
    const alt = 'alt' in node && typeof node.alt === 'string' ? node.alt : '';
    return alt ? { type: 'text', value: alt } : undefined;
  };
}

const handlers = { image: siteImagesOnly(defaultHandlers.image), imageReference: siteImagesOnly(defaultHandlers.imageReference) };

// ---- WORKAROUND: remark-html 16.0.1 does not forward footnote labels (docs/workarounds.md) ----
/**
 * remark-html passes mdast-util-to-hast only `handlers` and `allowDangerousHtml`
 * (node_modules/remark-html/lib/index.js), so its `footnoteLabel` and
 * `footnoteBackLabel` options, which remark-rehype forwards, never arrive and
 * every page would say "Footnotes" in English. No upstream issue: the
 * maintainers point to remark-rehype for footnote options (remarkjs/remark-gfm#38).
 * So the labels are set on the conversion state remark-html creates, from the
 * footnote-reference handler: a reference always comes before the footnote
 * section that uses them. tests/unit/markdown/remark-html-footnotes.test.ts
 * fails once remark-html forwards the options: then pass them there instead.
 */
function localisedFootnoteReference(t: ReturnType<typeof getTranslator>): Handler {
  return (state, node) => {
    state.options = {
      ...state.options,
      footnoteLabel: t('footnotesLabel'),
      footnoteBackLabel: (index: number) => t('footnoteBack', { reference: index + 1 }),
    };
    return defaultHandlers.footnoteReference(state, node);
  };
}
// ---- end of WORKAROUND ----

/** The one Markdown → safe HTML pipeline (CommonMark + GFM). */
export function renderMarkdown(markdown: string, locale: Locale): string {
  return memoised(`html ${locale}`, markdown, () => {
    const footnoteReference = localisedFootnoteReference(getTranslator(locale));
    const file = remark()
      .use(remarkGfm)
      .use(remarkHeadingIds)
      .use(remarkHtml, { sanitize: schema, handlers: { ...handlers, footnoteReference } })
      .processSync(markdown.normalize('NFC'));
    return String(file);
  });
}

/** The words of a Markdown body without its syntax, from the content check's parse of it (inspectBody). */
export function getMarkdownText(markdown: string): string {
  return inspectBody(markdown).text;
}
