import { readdirSync } from 'node:fs';
import path from 'node:path';

/** An address pattern the app/ tree answers, and whether a page or a route handler answers it. */
export interface AppRoute {
  pattern: string;
  kind: 'page' | 'handler';
}

/** Every address pattern under app/, as Next maps folders to addresses (`[x]` a parameter `:x`, robots.ts → /robots.txt). */
export function readAppRoutes(dir = 'app', prefix = ''): AppRoute[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): AppRoute[] => {
    if (entry.isDirectory()) {
      const segment = entry.name.replace(/^\[(\w+)\]$/, ':$1');
      return readAppRoutes(path.join(dir, entry.name), `${prefix}/${segment}`);
    }
    if (/^page\.tsx?$/.test(entry.name)) return [{ pattern: prefix || '/', kind: 'page' }];
    if (/^route\.tsx?$/.test(entry.name)) return [{ pattern: prefix || '/', kind: 'handler' }];
    if (/^robots\.tsx?$/.test(entry.name)) return [{ pattern: `${prefix}/robots.txt`, kind: 'handler' }];
    return [];
  });
}
