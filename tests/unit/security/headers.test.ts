import { describe, expect, it } from 'vitest';
import { ALLOW_HEADER, getContentSecurityPolicy, getSecurityHeaders } from '@/lib/security/headers';

const names = (headers: [string, string][]) => headers.map(([name]) => name);

describe('getSecurityHeaders', () => {
  it('sends Strict-Transport-Security only for an https site', () => {
    expect(names(getSecurityHeaders({ https: true, inlineScripts: [] }))).toContain('Strict-Transport-Security');
    expect(new Map(getSecurityHeaders({ https: true, inlineScripts: [] })).get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    expect(names(getSecurityHeaders({ https: false, inlineScripts: [] }))).not.toContain('Strict-Transport-Security');
  });

  it('builds a policy that forbids framing, plugins, base rewriting, eval and outside sources', () => {
    const policy = getContentSecurityPolicy({ inlineScripts: ["'sha256-abc='"] });
    const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives.get('default-src')).toBe("default-src 'self'");
    expect(directives.get('script-src')).toBe("script-src 'self' 'sha256-abc='");
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'none'");
    expect(directives.get('form-action')).toBe("form-action 'self'");
    expect(directives.get('img-src')).toBe("img-src 'self' data:");
    expect(directives.get('connect-src')).toBe("connect-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('allows GET and HEAD only', () => {
    expect(ALLOW_HEADER).toBe('GET, HEAD');
  });
});

describe('the development server policy', () => {
  it("adds 'unsafe-eval' for React's development build only", () => {
    expect(getContentSecurityPolicy({ inlineScripts: [], developmentServer: true })).toContain("script-src 'self' 'unsafe-eval'");
    expect(getContentSecurityPolicy({ inlineScripts: [] })).not.toContain('unsafe-eval');
  });
});
