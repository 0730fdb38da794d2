import { describe, expect, it } from 'vitest';
import { ADMIN_CSP } from '@/lib/cms/backend';
import type { RoutingManifest } from '@/lib/content/routing';
import { locales } from '@/lib/i18n/locales';
import {
  getMissingTranslations,
  IMMUTABLE_CACHE,
  renderNginxHttpConf,
  renderNginxSiteConf,
  StaticSiteError,
  type StaticSite,
} from '@/lib/deploy/serving-config';
import { renderHeadersFile, renderRedirectsFile } from '@/lib/deploy/static-hosts';

const routing: RoutingManifest = {
  aliases: { '/en/news/2024/old-fair': '/en/articles/pair', '/hi/पुराना-पता': '/hi/articles/pair' },
  languages: { pair: ['en', 'hi'], 'hindi-only': ['hi'], 'english-only': ['en'] },
};

function site(origin = 'https://vyapar.example'): StaticSite {
  return {
    siteUrl: new URL(origin),
    routing,
    pages: new Map([
      ['/404.html', ["'sha256-NOTFOUND='"]],
      ['/hi.html', ["'sha256-BOOT='", "'sha256-HIHOME='"]],
      ['/en/articles/pair.html', ["'sha256-BOOT='", "'sha256-ENPAIR='"]],
      ['/en/articles/hindi-only.html', ["'sha256-BOOT='", "'sha256-OFFER='"]],
      ['/admin/index.html', []],
    ]),
    publicHtml: new Set(['/admin/index.html']),
  };
}

/** `_headers` as path → header lines. */
function parseHeaders(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (line.startsWith('  ')) current!.push(line.trim());
    else rules.set(line, (current = []));
  }
  return rules;
}

describe('getMissingTranslations', () => {
  it('lists each article address in a language its slug was not published in', () => {
    // A language of the table with no article here (none but hi and en today) misses all three.
    const otherLanguages = locales.filter((l) => l !== 'hi' && l !== 'en');
    const missingElsewhere = otherLanguages.flatMap((l) => ['pair', 'hindi-only', 'english-only'].map((slug) => `/${l}/articles/${slug}`));
    expect(getMissingTranslations(routing).sort()).toEqual(['/en/articles/hindi-only', '/hi/articles/english-only', ...missingElsewhere].sort());
  });
});

describe('_redirects', () => {
  const lines = renderRedirectsFile(site()).split('\n');

  it('sends every earlier address to its article with 308, non-ASCII ones percent-encoded as browsers send them', () => {
    expect(lines).toContain('/en/news/2024/old-fair /en/articles/pair 308');
    expect(lines).toContain(`${encodeURI('/hi/पुराना-पता')} /hi/articles/pair 308`);
  });

  it('sends `/` to English for browsers asking for it (Netlify) and to Hindi otherwise, in that order', () => {
    const english = lines.indexOf('/ /en 307 Language=en');
    expect(english).toBeGreaterThan(-1);
    expect(lines.indexOf('/ /hi 307')).toBeGreaterThan(english);
  });

  it('answers a missing translation 404 with its own page, forced over the file that exists', () => {
    expect(lines).toContain('/en/articles/hindi-only /en/articles/hindi-only.html 404!');
    expect(lines).toContain('/hi/articles/english-only /hi/articles/english-only.html 404!');
    expect(lines.filter((l) => /^\/(hi|en)\/articles\/pair /.test(l) && l.includes('404'))).toEqual([]);
  });

  it('sends the first page of a list to the list', () => {
    expect(lines).toContain('/:a/page/1 /:a 308');
    expect(lines).toContain('/:a/:b/:c/page/1 /:a/:b/:c 308');
  });
});

describe('_headers', () => {
  const rules = parseHeaders(renderHeadersFile(site()));

  it('gives every path the security headers, HSTS because the site is https, and a policy that only forbids framing and plugins', () => {
    const all = rules.get('/*')!;
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(all).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(all).toContain('Strict-Transport-Security: max-age=63072000; includeSubDomains');
    const csp = all.find((h) => h.startsWith('Content-Security-Policy:'))!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // A second policy on a page must not restrict what the page's own policy allows.
    expect(csp).not.toMatch(/default-src|script-src|style-src|img-src|connect-src/);
  });

  it('never sends HSTS for an http site', () => {
    expect(renderHeadersFile(site('http://127.0.0.1:3000'))).not.toContain('Strict-Transport-Security');
  });

  it('pins each page, by its address, to its own inline scripts, without unsafe-inline', () => {
    const csp = (address: string) => rules.get(address)?.find((h) => h.startsWith('Content-Security-Policy:'));
    expect(csp('/hi')).toContain("script-src 'self' 'sha256-BOOT=' 'sha256-HIHOME=';");
    expect(csp('/en/articles/pair')).toContain("'sha256-ENPAIR='");
    expect(csp('/en/articles/pair')).not.toContain("'sha256-HIHOME='");
    expect(csp('/en/articles/hindi-only')).toContain("'sha256-OFFER='");
    expect(rules.get('/hi')).toContain('Cross-Origin-Opener-Policy: same-origin');
    for (const [path, headers] of rules) expect(headers.join('\n'), path).not.toMatch(/script-src[^;]*unsafe-inline/);
    // The 404 page has no address of its own: it keeps only the framing policy of /*.
    expect(rules.has('/404')).toBe(false);
  });

  it('gives the editor, at /admin and under it, its own policy and an opener policy its login pop-up can answer, as next.config.ts does', () => {
    for (const path of ['/admin', '/admin/*']) {
      expect(rules.get(path)).toEqual([`Content-Security-Policy: ${ADMIN_CSP}`, 'Cross-Origin-Opener-Policy: same-origin-allow-popups']);
    }
    expect(rules.has('/admin/index.html')).toBe(false);
    // Both rules and /* apply to the editor: /* must not carry a second, different opener policy.
    expect(rules.get('/*')!.some((h) => h.startsWith('Cross-Origin-Opener-Policy'))).toBe(false);
    expect(renderRedirectsFile(site()).split('\n')).toContain('/admin /admin/index.html 200');
  });

  it('lets hashed assets be cached for a year and labels feeds as RSS', () => {
    expect(rules.get('/_next/static/*')).toEqual([`Cache-Control: ${IMMUTABLE_CACHE}`]);
    expect(rules.get('/hi/feed.xml')).toEqual(['Content-Type: application/rss+xml; charset=utf-8']);
  });
});

describe('nginx config text', () => {
  const http = renderNginxHttpConf(site());
  const server = renderNginxSiteConf(site());

  it('maps earlier addresses (decoded, also in NFD) and missing translations from the manifest', () => {
    expect(http).toContain('"/en/news/2024/old-fair" "/en/articles/pair";');
    expect(http).toContain('"/hi/पुराना-पता" "/hi/articles/pair";');
    expect(http).toContain(`"${'/hi/पुराना-पता'.normalize('NFD')}" "/hi/articles/pair";`);
    expect(http).toContain('"/en/articles/hindi-only" "/en/articles/hindi-only.html";');
  });

  it('keys script hashes by the file nginx sends', () => {
    expect(http).toContain(`"/hi.html" "'sha256-BOOT=' 'sha256-HIHOME='";`);
  });

  it('redirects to SITE_URL, never to the Host the request named', () => {
    expect(server).toContain('return 308 "https://vyapar.example$vs_alias_target$is_args$args";');
    expect(server).toContain('return 307 "https://vyapar.example$vs_home$is_args$args";');
    expect(server).not.toMatch(/\$host|\$http_host|\$server_name/);
  });

  it('refuses earlier addresses that differ only in letter case, which nginx cannot tell apart, naming both', () => {
    const bad = site();
    bad.routing = { aliases: { '/en/Old-Fair': '/en/articles/pair', '/en/old-fair': '/en/articles/pair' }, languages: {} };
    expect(() => renderNginxHttpConf(bad)).toThrow(StaticSiteError);
    expect(() => renderNginxHttpConf(bad)).toThrow(/\/en\/Old-Fair and \/en\/old-fair differ only in letter case/);
  });

  it('refuses to write a value nginx would expand', () => {
    const bad = site();
    bad.routing = { aliases: { '/old': '/hi/articles/$x' }, languages: {} };
    expect(() => renderNginxHttpConf(bad)).toThrow(/\$/);
  });
});
