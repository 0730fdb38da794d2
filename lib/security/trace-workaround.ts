import http from 'node:http';
import { ALLOW_HEADER } from './headers';

/**
 * WORKAROUND (seen with Next.js 16.4.6, `next start` and the standalone server):
 * Next hands every request to proxy.ts as a fetch `Request`, and undici refuses
 * to construct one for TRACE or TRACK ("'TRACE' HTTP method is unsupported"),
 * so such a request answers 500 before proxy.ts can refuse it. Refuse them here,
 * in front of Next, with the same 405 the proxy gives every other method.
 *
 * Remove when tests/e2e/security.test.ts "Next still fails on TRACE without the
 * workaround" fails: that means Next answers TRACE without crashing.
 * VYAPAR_WITHOUT_TRACE_WORKAROUND=1 turns it off, for that test only.
 */
const REFUSED_BEFORE_NEXT = new Set(['TRACE', 'TRACK']);
let installed = false;

export function refuseMethodsNextCannotParse(): void {
  if (installed || process.env.VYAPAR_WITHOUT_TRACE_WORKAROUND === '1') return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (REFUSED_BEFORE_NEXT.has(request.method ?? '')) {
        response.writeHead(405, { Allow: ALLOW_HEADER, 'Content-Length': '0', 'X-Content-Type-Options': 'nosniff' });
        response.end();
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
