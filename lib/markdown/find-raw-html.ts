import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

export interface RawHtml {
  /** 1-based line within the Markdown. */
  line: number;
  /** The tag as written, shortened for messages. */
  tag: string;
}

/**
 * HTML written into an article's Markdown. The renderer drops it when
 * sanitising, so it is reported instead of vanishing from the page unseen.
 * Comments are left alone: editors use them for notes that should not show.
 */
export function findRawHtml(markdown: string): RawHtml[] {
  const found: RawHtml[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'html' && !/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
        const tag = node.value.trim().split('\n', 1)[0] ?? '';
        found.push({ line: node.position?.start.line ?? 1, tag: tag.length > 40 ? `${tag.slice(0, 40)}…` : tag });
      } else if ('children' in node) {
        visit(node.children);
      }
    }
  };
  const tree: Root = remark().use(remarkGfm).parse(markdown);
  visit(tree.children);
  return found;
}
