import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/check';
import { ContentError } from '@/lib/content/report';
import { buildSiteContent } from '@/lib/content/site-content';

const content = loadContent('tests/fixtures/site');
const now = Date.parse('2026-01-01T00:00:00Z');

describe('buildSiteContent', () => {
  it('leaves drafts and scheduled posts out of production, newest first', () => {
    const site = buildSiteContent(content, { includeDrafts: false, includeScheduled: false, now });
    expect(site.visible.map((a) => `${a.slug}.${a.locale}`)).toEqual([
      'synthetic-export-outlook.en',
      'synthetic-fair-pair.en',
      'synthetic-fair-pair.hi',
      'synthetic-nukta-precomposed.hi',
      'synthetic-nukta-decomposed.hi',
      'synthetic-kal.hi',
      'synthetic-hindi-only.hi',
      'synthetic-kaal.hi',
      'synthetic-trade-figures.en',
    ]);
  });

  it('shows drafts and scheduled posts on the development server', () => {
    const site = buildSiteContent(content, { includeDrafts: true, includeScheduled: true, now });
    expect(site.visible[0]?.slug).toBe('synthetic-scheduled');
    expect(site.visible.some((a) => a.draft)).toBe(true);
  });

  it('publishes a scheduled post once its time has come', () => {
    const later = Date.parse('2999-01-02T00:00:00Z');
    const site = buildSiteContent(content, { includeDrafts: false, includeScheduled: false, now: later });
    expect(site.visible[0]?.slug).toBe('synthetic-scheduled');
  });

  it('refuses to publish content with errors, listing every one', () => {
    const broken = { ...content, problems: [{ severity: 'error' as const, file: 'articles/x.hi.md', line: 3, field: 'title', message: 'must not be empty' }] };
    expect(() => buildSiteContent(broken, { includeDrafts: false, includeScheduled: false, now })).toThrow(ContentError);
    expect(() => buildSiteContent(broken, { includeDrafts: false, includeScheduled: false, now })).toThrow(/articles\/x\.hi\.md:3: title: must not be empty/);
  });
});
