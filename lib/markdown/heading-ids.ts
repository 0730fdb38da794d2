import type { Heading, Root, RootContent } from 'mdast';

/**
 * Ids the page around an article already uses: the skip link's target, the
 * headings that label the share, related and error sections, the search box,
 * and the footnotes section's label (mdast-util-to-hast always names it so).
 * A heading never takes one of them, or `## Content` would steal the skip
 * link. tests/unit/markdown/heading-ids.test.ts fails when a component or page
 * sets an id that is not listed here.
 */
export const RESERVED_IDS: readonly string[] = ['content', 'content-errors-title', 'footnote-label', 'related-heading', 'search-query', 'share-heading'];

/** Footnotes and their back-links are `user-content-fn-…` and `user-content-fnref-…` (the renderer keeps that prefix for them alone). */
export const RESERVED_ID_PREFIXES: readonly string[] = ['user-content-'];

function textOf(node: RootContent | Heading): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : '';
}

/** Keeps letters and combining marks of every script, so Hindi headings get Hindi ids. */
export function slugifyHeading(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** A heading's id before numbering: a reserved prefix is moved out of the way by putting `section-` in front, since numbering would keep it. */
function baseId(text: string): string {
  const slug = slugifyHeading(text) || 'section';
  return RESERVED_ID_PREFIXES.some((prefix) => slug.startsWith(prefix)) ? `section-${slug}` : slug;
}

/** remark plugin: a stable, unique `id` on every heading, never one the page itself uses, written before sanitising so links to it resolve. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    // Ids given so far, numbered ones included ("A", "A", "A-1" must not give two "a-1"), and the page's own.
    const taken = new Set<string>(RESERVED_IDS);
    const visit = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'heading') {
          const base = baseId(textOf(node));
          let id = base;
          for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
          taken.add(id);
          node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
        } else if ('children' in node) {
          visit(node.children);
        }
      }
    };
    visit(tree.children);
  };
}
