import { getSitemapEntries } from '@/lib/sitemap/get-sitemap';
import { renderSitemap } from '@/lib/sitemap/render-sitemap';

// Our own route rather than Next's sitemap.ts, so the XML (and its xhtml:link alternates) is ours to test.
export const dynamic = 'force-static';

export function GET() {
  return new Response(renderSitemap(getSitemapEntries()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
