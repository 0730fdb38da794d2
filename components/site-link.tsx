import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Every link between the site's pages. Next's `<Link>` would prefetch the page
 * data of each link in view once the page is idle: 31–40 KiB on a first visit
 * (docs/bench-pages.md), paid by readers on slow, metered phone connections for
 * pages they mostly never open. A click still navigates without a reload.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
