import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

/** Leaves whose text readers see; raw HTML is left out, as the sanitiser leaves it out of pages. */
const TEXT_NODES = new Set(['text', 'inlineCode', 'code']);

function collectText(node: MarkdownNode, parts: string[]): void {
  if (node.value !== undefined && TEXT_NODES.has(node.type)) parts.push(node.value);
  for (const child of node.children ?? []) collectText(child, parts);
}

/** The words of a Markdown body without its syntax, so link targets and markup never become search terms. */
export function getMarkdownText(markdown: string): string {
  const parts: string[] = [];
  collectText(remark().use(remarkGfm).parse(markdown), parts);
  return parts.join(' ');
}
