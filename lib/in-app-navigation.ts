// No imports: the browser loads this module in every page's script (components/in-app-navigation.tsx).

/** What a click was: only a plain primary click moves inside the app. */
export interface LinkClick {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/** The clicked link: its resolved `href` and the attributes that send it elsewhere. */
export interface ClickedLink {
  href: string;
  target: string;
  download: boolean;
}

/**
 * The address to move to without a reload when `link` is clicked on the page at
 * `current`, or nothing when the browser should follow the link itself:
 *
 * - a click that asks for a new tab or window, or a download, or that a handler
 *   already took (the language switcher sets its cookie and lets the browser go);
 * - another site;
 * - another first segment: another language, or an address outside the pages
 *   (the root, the editor). Each language has its own root layout, which Next
 *   would load whole anyway;
 * - a file: the feed, share images, search index files all end in an extension,
 *   and no page does (tests/unit/in-app-navigation.test.ts checks app/ against this);
 * - a jump within the same page, which the browser scrolls to.
 */
export function getInAppPath(click: LinkClick, link: ClickedLink, current: URL): string | undefined {
  if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return undefined;
  if ((link.target && link.target !== '_self') || link.download) return undefined;
  let url: URL;
  try {
    url = new URL(link.href, current);
  } catch {
    return undefined;
  }
  if (url.origin !== current.origin) return undefined;
  const segments = url.pathname.split('/');
  if (segments[1] === '' || segments[1] !== current.pathname.split('/')[1]) return undefined;
  if (segments.at(-1)?.includes('.')) return undefined;
  if (url.hash && url.pathname === current.pathname && url.search === current.search) return undefined;
  return url.pathname + url.search + url.hash;
}
