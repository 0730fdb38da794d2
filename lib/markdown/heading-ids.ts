import type { Heading, Root, RootContent } from 'mdast';

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

/** remark plugin: a stable, unique `id` on every heading, written before sanitising so links to it resolve. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    // Ids given so far, numbered ones included: "A", "A", "A-1" must not give two "a-1".
    const taken = new Set<string>();
    const visit = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'heading') {
          const base = slugifyHeading(textOf(node)) || 'section';
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
