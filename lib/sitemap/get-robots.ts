import type { MetadataRoute } from 'next';
import { adminPath, sitemapPath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';

/** Everything but the editor (/admin) may be crawled; the sitemap is named by its absolute address, as the robots.txt standard requires. */
export function getRobots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/', disallow: adminPath }], sitemap: getAbsoluteUrl(sitemapPath) };
}
