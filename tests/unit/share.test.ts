import { describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/content/query';
import { buildShareLinks, getArticleShareTarget } from '@/lib/share';
import { useFixtureSite } from './support/fixture-site';

useFixtureSite();

describe('share links', () => {
  const article = getArticle('hi', 'synthetic-fair-pair');
  if (!article) throw new Error('fixture hi/synthetic-fair-pair is missing');
  const target = getArticleShareTarget(article);
  const links = Object.fromEntries(buildShareLinks(target, 'ईमेल').map((l) => [l.id, new URL(l.href)]));

  it('shares the canonical address with a message in the page language', () => {
    expect(target.url).toBe('https://vyapar.example/hi/articles/synthetic-fair-pair');
    expect(target.message).toBe(`${article.title} — व्यापार संवाद पर पढ़ें`);
  });

  it('builds each service’s share address with the text and link encoded', () => {
    expect(links.whatsapp?.origin).toBe('https://wa.me');
    expect(links.whatsapp?.searchParams.get('text')).toBe(`${target.message}\n${target.url}`);
    expect(links.x?.searchParams.get('url')).toBe(target.url);
    expect(links.x?.searchParams.get('text')).toBe(target.message);
    expect(links.linkedin?.searchParams.get('url')).toBe(target.url);
    expect(links.facebook?.searchParams.get('u')).toBe(target.url);
    expect(links.email?.protocol).toBe('mailto:');
    expect(links.email?.searchParams.get('subject')).toBe(article.title);
    expect(links.email?.searchParams.get('body')).toContain(target.url);
  });

  it('keeps Hindi text as it is in the page (3 bytes a letter, not 9) and encodes what would break the address', () => {
    const tricky = { url: 'https://vyapar.example/hi/articles/x', title: 'लेदर & जूते #1: ₹50 + 10% = "सौदा"?', summary: 'पहली पंक्ति\nदूसरी', message: 'लेदर & जूते #1 — पढ़ें' };
    const built = Object.fromEntries(buildShareLinks(tricky, 'ईमेल').map((l) => [l.id, l.href]));
    expect(built.whatsapp).toContain('लेदर');
    expect(built.email).toContain('₹50');
    // Nothing of the text is read as another parameter, a fragment or a space: each value comes back whole.
    for (const href of Object.values(built)) expect(href).not.toMatch(/[\s#"]|&(?!(?:url|body)=)/);
    expect(new URL(built.whatsapp!).searchParams.get('text')).toBe(`${tricky.message}\n${tricky.url}`);
    expect(new URL(built.x!).searchParams.get('text')).toBe(tricky.message);
    expect(new URL(built.email!).searchParams.get('subject')).toBe(tricky.title);
    expect(new URL(built.email!).searchParams.get('body')).toBe(`${tricky.summary}\n\n${tricky.url}`);
  });
});
