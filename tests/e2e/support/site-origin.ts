import { getSiteUrl } from '@/lib/site-url';

/**
 * The public origin absolute URLs in the test builds use: the builds read
 * SITE_URL from this environment (default http://localhost:3000), whatever
 * address the servers then listen on, which shows no URL comes from the request.
 */
export const builtOrigin = getSiteUrl().origin;
