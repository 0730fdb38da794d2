import { describe, expect, it } from 'vitest';
import { compileRoutingManifest, findAliasTarget, findOtherLanguages } from '@/lib/content/routing';
import { getSiteContent } from '@/lib/content/site-content';
import { useFixtureSite } from '../support/fixture-site';

useFixtureSite();

/** The manifest a production build of the fixture site bundles into its proxy. */
const manifest = () => compileRoutingManifest(getSiteContent().visible);

describe('findAliasTarget', () => {
  it('sends an earlier address to the article that names it', () => {
    expect(findAliasTarget(manifest(), '/en/articles/synthetic-fair-earlier-slug')).toBe('/en/articles/synthetic-fair-pair');
    expect(findAliasTarget(manifest(), '/en/news/2024/synthetic-fair')).toBe('/en/articles/synthetic-fair-pair');
    expect(findAliasTarget(manifest(), '/hi/articles/synthetic-mela-purana-pata')).toBe('/hi/articles/synthetic-fair-pair');
  });

  it('ignores a trailing slash and percent-encoding', () => {
    expect(findAliasTarget(manifest(), '/en/news/2024/synthetic-fair/')).toBe('/en/articles/synthetic-fair-pair');
    expect(findAliasTarget(manifest(), '/en/news/2024/synthetic%2Dfair')).toBe('/en/articles/synthetic-fair-pair');
  });

  it('knows nothing of other paths, including malformed ones and names of object properties', () => {
    expect(findAliasTarget(manifest(), '/en/articles/synthetic-fair-pair')).toBeUndefined();
    expect(findAliasTarget(manifest(), '/en/news/%E0%A4')).toBeUndefined();
    expect(findAliasTarget(manifest(), '__proto__')).toBeUndefined();
    expect(findAliasTarget(manifest(), '/constructor')).toBeUndefined();
  });
});

describe('findOtherLanguages', () => {
  it('names the languages of an article that is missing in the asked one, and nothing for one that exists or does not exist at all', () => {
    // synthetic-hindi-only.hi.md has no English file; synthetic-fair-pair has both.
    expect(findOtherLanguages(manifest(), 'en', 'synthetic-hindi-only')).toEqual(['hi']);
    expect(findOtherLanguages(manifest(), 'hi', 'synthetic-hindi-only')).toBeUndefined();
    expect(findOtherLanguages(manifest(), 'en', 'synthetic-fair-pair')).toBeUndefined();
    expect(findOtherLanguages(manifest(), 'en', 'no-such-article')).toBeUndefined();
    expect(findOtherLanguages(manifest(), 'en', 'hasOwnProperty')).toBeUndefined();
  });

  it('never lists drafts or scheduled posts, which a production build leaves out', () => {
    // The fixture's synthetic-hindi-draft and synthetic-hindi-scheduled exist only as unpublished files.
    expect(Object.keys(manifest().languages)).not.toContain('synthetic-hindi-draft');
    expect(Object.keys(manifest().languages)).not.toContain('synthetic-hindi-scheduled');
  });
});
