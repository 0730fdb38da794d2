import { describe, expect, it } from 'vitest';
import { generateStaticParams } from '@/app/[locale]/articles/[slug]/page';
import { useFixtureSite } from '../support/fixture-site';

useFixtureSite();

describe('article route params', () => {
  // Next drops a nested route's params for every language when the first language yields none,
  // so a site with no Hindi article yet would lose its English articles too.
  it('lists every published slug, whichever language it is in, for each language alike', () => {
    const slugs = generateStaticParams().map((p) => p.slug);
    expect(slugs).toContain('synthetic-hindi-only');
    expect(slugs).toContain('synthetic-export-outlook');
    expect(slugs).not.toContain('synthetic-draft');
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});
