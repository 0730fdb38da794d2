import { getSitemapFiles, renderSitemap } from '@/lib/sitemap/files';
import { sitemapsPathPrefix } from '@/lib/routes';

// Written at build time, one file per language part (hi-1.xml, en-1.xml, …); any other name is a 404,
// so the same files come from next start, a standalone server or a static export.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSitemapFiles().map((file) => ({ file: file.path.slice(sitemapsPathPrefix.length) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const path = `${sitemapsPathPrefix}${(await params).file}`;
  const file = getSitemapFiles().find((f) => f.path === path);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(renderSitemap(file.entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
