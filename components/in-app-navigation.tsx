'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { getInAppPath } from '@/lib/in-app-navigation';

/**
 * Moves between the site's pages without a reload: one listener for every
 * plain `<a>` of the page, which hands a click on a link to one of our pages to
 * Next's router (lib/in-app-navigation.ts says which). Links are plain anchors
 * rendered on the server, not Next's `<Link>`: that is a client component per
 * link, to render on the server and hydrate in the browser, and about 2.7 KB of
 * compressed code in every page's script for prefetching the site turns off
 * (readers pay for data; docs/bench-pages.md).
 */
export function InAppNavigation() {
  const router = useRouter();

  useEffect(() => {
    function onClick(event: MouseEvent) {
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const path = getInAppPath(event, { href: anchor.href, target: anchor.target, download: anchor.hasAttribute('download') }, new URL(location.href));
      if (path === undefined) return;
      event.preventDefault();
      router.push(path);
    }
    // On window, the last stop of a click's bubbling: React's handlers (on the document it hydrated) have run, and one that prevented the default is seen.
    window.addEventListener('click', onClick);
    return () => window.removeEventListener('click', onClick);
  }, [router]);

  return null;
}
