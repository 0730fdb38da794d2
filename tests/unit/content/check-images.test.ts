import { describe, expect, it } from 'vitest';
import { checkBodyImages, checkImages, loadContent } from '@/lib/content/check';

const [article] = loadContent('tests/fixtures/site').articles;
const withImage = (src: string) => ({ ...article!, image: { src, alt: 'A synthetic picture' } });

describe('checkImages', () => {
  it('accepts a picture that is in public/', () => {
    expect(checkImages([withImage('/favicon.svg')])).toEqual([]);
  });

  it('reports one that is missing, or outside public/, naming the file a browser would ask for', () => {
    for (const [src, at] of [['/images/no-such-cover.jpg', '/images/no-such-cover.jpg'], ['/../package.json', '/package.json'], ['/images/a%20b.jpg?v=2', '/images/a b.jpg'], ['/images/..%2F..%2Fpackage.json', '/images/../../package.json']]) {
      expect(checkImages([withImage(src!)]).map((p) => [p.field, p.message]), src).toEqual([['image', `${src} is not a file under public/ — put the picture at public${at}, or correct the path`]]);
    }
  });

  it('looks up the pictures of a body under public/, by file line', () => {
    const images = [{ line: 12, src: '/favicon.svg?v=1' }, { line: 14, src: '/images/no-such-chart.png' }];
    expect(checkBodyImages('articles/x.hi.md', images)).toEqual([
      { severity: 'error', file: 'articles/x.hi.md', line: 14, field: 'body', message: '/images/no-such-chart.png is not a file under public/ — put the picture at public/images/no-such-chart.png, or correct the path' },
    ]);
  });
});
