import http from 'node:http';
import { decodePath, frameworkPathPrefix } from '@/lib/routes';
import { ALLOW_HEADER, ALLOWED_METHODS } from './headers';

/**
 * WORKAROUNDS for three ways Next.js 16.4.6 answers 500 where a 4xx is due (seen
 * with `next start` and the standalone server; docs/workarounds.md), applied in
 * front of Next:
 *
 * 1. TRACE and TRACK anywhere: Next hands every request to proxy.ts as a fetch
 *    `Request`, and undici refuses to construct one for these methods ("'TRACE'
 *    HTTP method is unsupported"), so the proxy never gets to refuse them. No
 *    upstream issue found.
 * 2. Any method but GET and HEAD on a file under /_next/ (which skips the proxy):
 *    Next's static-file handler sets 405 and then renders a /405 page the App
 *    Router does not have, which throws (vercel/next.js#92141).
 * 3. An address whose %-escapes do not decode (`/%`, `/hi/tags/%E0`): Next
 *    throws decoding it as a dynamic segment (vercel/next.js#92527). It is handed
 *    to Next as `/404`, so the site's own 404 page answers. A rewrite from
 *    proxy.ts did that until it was found to 500 as well behind a TLS proxy on a
 *    server bound to one address (X-Forwarded-Proto: https with HOSTNAME set:
 *    Next then fetches its own rewrite over https, vercel/next.js#94745).
 *
 * Remove each when tests/e2e/security.test.ts "Next still answers 500 …
 * without the workaround" fails for it: Next then answers by itself.
 * VYAPAR_WITHOUT_NEXT_WORKAROUNDS=1 turns them off, for that test only.
 */
const UNPARSEABLE = new Set(['TRACE', 'TRACK']);
let installed = false;

/** Where a request goes instead, when Next would mishandle its address. */
function readdressed(url: string): string | undefined {
  return decodePath(url.split('?', 1)[0]!) === undefined ? '/404' : undefined;
}

function mishandledByNext(method: string, url: string): boolean {
  if (UNPARSEABLE.has(method)) return true;
  return url.startsWith(frameworkPathPrefix) && !(ALLOWED_METHODS as readonly string[]).includes(method);
}

export function refuseRequestsNextMishandles(): void {
  if (installed || process.env.VYAPAR_WITHOUT_NEXT_WORKAROUNDS === '1') return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (mishandledByNext(request.method ?? '', request.url ?? '')) {
        response.writeHead(405, { Allow: ALLOW_HEADER, 'Content-Length': '0', 'X-Content-Type-Options': 'nosniff' });
        response.end();
        return true;
      }
      const instead = readdressed(request.url ?? '');
      if (instead) request.url = instead;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
