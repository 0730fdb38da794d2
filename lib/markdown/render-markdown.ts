import { defaultSchema } from 'hast-util-sanitize';
import { defaultHandlers, type Handler } from 'mdast-util-to-hast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/locales';
import { remarkHeadingIds } from './heading-ids';

/**
 * The sanitiser's own `user-content-` prefix is turned off: mdast-util-to-hast
 * already prefixes footnote ids *and* their links, and a second prefix on the
 * ids alone breaks every footnote link. Raw HTML never reaches the tree
 * (remark-html drops it when sanitising), so every id on the page is ours.
 */
const schema = { ...defaultSchema, clobberPrefix: '' };

/** The one Markdown → safe HTML pipeline (CommonMark + GFM). */
export function renderMarkdown(markdown: string, locale: Locale): string {
  const t = getTranslator(locale);
  // remark-html does not forward footnote labels, so they are set on the conversion state it creates;
  // a footnote reference always comes before the footnote section that uses them.
  const localiseFootnotes: Handler = (state, node) => {
    state.options = {
      ...state.options,
      footnoteLabel: t('footnotesLabel'),
      footnoteBackLabel: (index: number) => t('footnoteBack', { reference: index + 1 }),
    };
    return defaultHandlers.footnoteReference(state, node);
  };
  const file = remark()
    .use(remarkGfm)
    .use(remarkHeadingIds)
    .use(remarkHtml, { sanitize: schema, handlers: { footnoteReference: localiseFootnotes } })
    .processSync(markdown.normalize('NFC'));
  return String(file);
}
