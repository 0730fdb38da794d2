/**
 * Hostile requests, the same every run for one seed: addresses a scanner, a
 * broken client or a careless link sends (bad %-escapes, traversal, control
 * characters, huge segments, odd methods), built from pieces of real addresses
 * so they also reach the site's own routes.
 */

/** mulberry32: a small seeded PRNG, so a failure names a request that can be sent again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEGMENTS = [
  'hi', 'en', 'fr', 'articles', 'organisations', 'tags', 'page', 'search', 'feed.xml', 'sitemap.xml', 'share-image.png', 'search-index.json',
  'synthetic-fair-pair', 'synthetic-hindi-only', 'export-trade', '1', '0', '01', '-1', '99999999999999999999', '2',
  '_next', 'static', 'chunks', 'image', 'api', 'admin', 'wp-admin', 'wp-login.php', '.env', '.git', 'config', 'HEAD',
  '..', '.', '%2e%2e', '%2f', '%5c', '%00', '%', '%E0', '%E0%A4', '%zz', '%C0%AF', '%FF', '%u0041', '%25', '%252e',
  'हिन्दी', 'चमड़ा', '%E0%A4%9A%E0%A4%AE', 'A'.repeat(300), 'x'.repeat(2000), "';--", '<script>', '{{7*7}}', '${jndi:x}',
  'index.html', 'index.php', 'null', 'undefined', '__proto__', 'constructor', 'favicon.ico', 'robots.txt', 'RSC', '_rsc',
];
const QUERIES = ['', '?q=%', '?q=<script>', '?_rsc=1', '?__nextDataReq=1', '?page=-1', '?a=' + 'b'.repeat(500), '?%', '?q=जूता', '#frag'];
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'FOO'];

export function hostileRequests(seed: number, count: number): { method: string; path: string }[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const requests: { method: string; path: string }[] = [];
  for (let i = 0; i < count; i++) {
    const depth = 1 + Math.floor(next() * 5);
    const segments = Array.from({ length: depth }, () => pick(SEGMENTS));
    const separator = next() < 0.1 ? '//' : '/';
    const trailing = next() < 0.15 ? '/' : '';
    const raw = `/${segments.join(separator)}${trailing}${pick(QUERIES)}`.replace('#frag', '');
    // HTTP carries bytes, not characters: anything outside printable ASCII goes as UTF-8 %-escapes, as a browser sends it.
    requests.push({ method: pick(METHODS), path: raw.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c)) });
  }
  return requests;
}
