import { getSitemapRefs, renderSitemapIndex } from '@/lib/sitemap/files';

// Our own route rather than Next's sitemap.ts, so the XML is ours to test. An index of the per-language sitemaps under app/sitemaps/.
export const dynamic = 'force-static';

export function GET() {
  return new Response(renderSitemapIndex(getSitemapRefs()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
