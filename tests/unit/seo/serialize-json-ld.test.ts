import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '@/lib/seo/serialize-json-ld';

describe('serializeJsonLd', () => {
  const hostile = { headline: 'Deal </script><script>alert(1)</script> & <!-- more' };

  it('cannot close the script element or open a comment', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(text).not.toContain('<!--');
  });

  it('still parses back to exactly the same value', () => {
    const value = { ...hostile, line: 'a\u2028b\u2029c', hindi: 'प्रौद्योगिकी' };
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });
});
