import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { memoised } from './parse-memo';

export interface RawHtml {
  /** 1-based line within the Markdown. */
  line: number;
  /** The tag as written, shortened for messages. */
  tag: string;
}

export interface BodyImage {
  /** 1-based line within the Markdown of the `![…](…)` (for `![…][ref]`, the line of the picture, not of its definition). */
  line: number;
  /** The address as written (for a reference, the one its definition gives). */
  src: string;
}

/** What an article's body holds that the content check has to look at, and its words for search and reading time. */
export interface BodyInspection {
  html: RawHtml[];
  images: BodyImage[];
  /** The words readers see, without Markdown syntax: link targets and markup never become search terms or count as reading. */
  text: string;
}

// Any address is resolved against this made-up origin: a path of this site keeps it, anything else leaves it.
const SITE = new URL('https://site.invalid/');

/**
 * A picture must be a file of this site, so that no reader's browser fetches
 * anything from a third party: undefined when `src` is a path from the site
 * root (/images/x.jpg), otherwise what is wrong and what to write instead.
 * One rule for `image:` in frontmatter, pictures in the body, and the renderer.
 */
export function describeImageSource(src: string): string | undefined {
  if (!src.trim()) return 'has no address — write the path of a picture under public/, e.g. /images/photo.jpg';
  const url = URL.canParse(src, SITE) ? new URL(src, SITE) : undefined;
  if (url?.protocol === 'data:') {
    return 'is a picture written out inside the text (a data: address), which the site does not show — save it as a file under public/images/ and write its path, e.g. /images/chart.png';
  }
  if (url && /^https?:$/.test(url.protocol) && url.origin !== SITE.origin) {
    const name = url.pathname.split('/').filter(Boolean).pop() ?? 'photo.jpg';
    return `is a picture on another website (${url.host}), which every reader's browser would fetch from there — save the picture (with permission to use it) under public/images/ and write its path, e.g. /images/${name}`;
  }
  if (!url || url.origin !== SITE.origin) {
    return `is not a picture of this site${url ? ` (a ${url.protocol} address)` : ''} — save the picture under public/images/ and write its path, e.g. /images/photo.jpg`;
  }
  if (!src.startsWith('/')) return `is not a path from the site root — write it starting with /, e.g. ${url.pathname}`;
  return undefined;
}

/** Where a site image lives: its path without query or fragment, %-escapes decoded; undefined for an outside or malformed address. */
export function getImagePath(src: string): string | undefined {
  if (describeImageSource(src)) return undefined;
  try {
    return decodeURIComponent(new URL(src, SITE).pathname);
  } catch {
    return undefined;
  }
}

/**
 * One parse of an article's Markdown for the content check: the HTML the
 * renderer would drop when sanitising (reported instead of vanishing unseen;
 * comments are left alone, editors use them for notes), and every picture.
 * The same parse gives the body's plain text (getMarkdownText), which every
 * build needs as well: a cold build parsed each body three times, and the
 * Markdown parser was most of its content step's CPU (docs/benchmarks.md).
 */
export function inspectBody(markdown: string): BodyInspection {
  return memoised('inspect', markdown, () => parseForInspection(markdown));
}

/** Leaves whose text readers see; raw HTML is left out, as the sanitiser leaves it out of pages. */
const TEXT_NODES = new Set(['text', 'inlineCode', 'code']);

function parseForInspection(markdown: string): BodyInspection {
  const html: RawHtml[] = [];
  const images: BodyImage[] = [];
  const text: string[] = [];
  const references: { line: number; identifier: string }[] = [];
  const definitions = new Map<string, string>();
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      const line = node.position?.start.line ?? 1;
      if (TEXT_NODES.has(node.type) && 'value' in node) text.push(node.value);
      if (node.type === 'html' && !/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
        const tag = node.value.trim().split('\n', 1)[0] ?? '';
        html.push({ line, tag: tag.length > 40 ? `${tag.slice(0, 40)}…` : tag });
      } else if (node.type === 'image') {
        images.push({ line, src: node.url });
      } else if (node.type === 'imageReference') {
        references.push({ line, identifier: node.identifier.toUpperCase() });
      } else if (node.type === 'definition') {
        // The first definition of a label wins, as in the renderer.
        if (!definitions.has(node.identifier.toUpperCase())) definitions.set(node.identifier.toUpperCase(), node.url);
      } else if ('children' in node) {
        visit(node.children);
      }
    }
  };
  const tree: Root = remark().use(remarkGfm).parse(markdown);
  visit(tree.children);
  for (const { line, identifier } of references) {
    const src = definitions.get(identifier);
    // Without a definition the renderer prints the brackets as text: no picture.
    if (src !== undefined) images.push({ line, src });
  }
  return { html, images: images.sort((a, b) => a.line - b.line), text: text.join(' ') };
}

/** HTML written into an article's Markdown, which the renderer drops when sanitising. */
export function findRawHtml(markdown: string): RawHtml[] {
  return inspectBody(markdown).html;
}
