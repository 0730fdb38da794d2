import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '@/lib/xml';

describe('escapeXml', () => {
  it('escapes markup so the text comes back unchanged from a parser', () => {
    const text = `Tom & Jerry's <b>"deal"</b> — ज्ञापन`;
    const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(`<a t="${escapeXml(text)}">${escapeXml(text)}</a>`);
    expect(parsed.a['#text']).toBe(text);
    expect(parsed.a['@_t']).toBe(text);
  });

  it('drops control characters XML 1.0 forbids', () => {
    expect(escapeXml('a\u0000b\u000Bc\td\n')).toBe('abc\td\n');
  });
});
