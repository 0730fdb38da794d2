import { existsSync } from 'node:fs';
import path from 'node:path';
import { getImagePath } from '@/lib/markdown/inspect-body';
import type { Article } from './article';
import type { ContentProblem } from './problem';

/** Where pictures live: the project's public/ folder, which Next serves from the site root. */
export function getPublicDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'public');
}

/** A picture of this site is a file under public/; `..` cannot climb out of it. */
function isPublicFile(src: string, publicDir: string): boolean {
  const at = getImagePath(src);
  if (at === undefined) return false;
  const file = path.join(publicDir, at);
  return file.startsWith(publicDir + path.sep) && existsSync(file);
}

const missing = (src: string) => `${src} is not a file under public/ — put the picture at public${getImagePath(src) ?? src}, or correct the path`;

/** A cover image must be a file under public/; otherwise the published page shows a broken picture. */
export function checkImages(articles: readonly Article[], publicDir = getPublicDir()): ContentProblem[] {
  return articles.flatMap((article): ContentProblem[] => {
    if (!article.image || isPublicFile(article.image.src, publicDir)) return [];
    return [{ severity: 'error', file: article.file, line: article.fieldLines?.image, field: 'image', message: missing(article.image.src) }];
  });
}

/** The same for the pictures in an article's body (paths of this site only: parseArticleFile has refused the others), by file line. */
export function checkBodyImages(file: string, images: readonly { src: string; line: number }[], publicDir = getPublicDir()): ContentProblem[] {
  return images
    .filter((image) => !isPublicFile(image.src, publicDir))
    .map((image) => ({ severity: 'error', file, line: image.line, field: 'body', message: missing(image.src) }));
}
