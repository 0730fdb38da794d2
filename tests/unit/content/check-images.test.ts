import { describe, expect, it } from 'vitest';
import { checkImages } from '@/lib/content/check-images';
import { loadContent } from '@/lib/content/load-content';

const [article] = loadContent('tests/fixtures/site').articles;
const withImage = (src: string) => ({ ...article!, image: { src, alt: 'A synthetic picture' } });

describe('checkImages', () => {
  it('accepts a picture that is in public/', () => {
    expect(checkImages([withImage('/favicon.svg')])).toEqual([]);
  });

  it('reports one that is missing, or outside public/', () => {
    for (const src of ['/images/no-such-cover.jpg', '/../package.json']) {
      expect(checkImages([withImage(src)]).map((p) => [p.field, p.message]), src).toEqual([['image', `${src} is not a file under public/ — put the picture at public${src}, or correct the path`]]);
    }
  });
});
