import { existsSync } from 'node:fs';
import path from 'node:path';
import { decodePath } from '@/lib/routes';
import type { Article } from './article';
import type { ContentProblem } from './problem';

/** Where `image:` paths point: the project's public/ folder, which Next serves from the site root. */
export function getPublicDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'public');
}

/** A cover image must be a file under public/; otherwise the published page shows a broken picture. */
export function checkImages(articles: readonly Article[], publicDir = getPublicDir()): ContentProblem[] {
  return articles.flatMap((article): ContentProblem[] => {
    if (!article.image) return [];
    const { src } = article.image;
    const file = path.join(publicDir, decodePath(src) ?? src);
    if (file.startsWith(publicDir + path.sep) && existsSync(file)) return [];
    return [{
      severity: 'error',
      file: article.file,
      line: article.fieldLines?.image,
      field: 'image',
      message: `${src} is not a file under public/ — put the picture at public${src}, or correct the path`,
    }];
  });
}
