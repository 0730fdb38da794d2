import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';

/**
 * Every module proxy.ts loads at run time (type-only imports are erased, so
 * they do not count), following the project's own files and naming packages.
 */
function runtimeImportGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const resolve = (from: string, specifier: string): string | undefined => {
    const base = specifier.startsWith('@/') ? path.resolve(specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : undefined;
    if (!base) return undefined;
    return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
  };
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    source.forEachChild((node) => {
      if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) || !node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier)) return;
      if (ts.isImportDeclaration(node) && node.importClause?.isTypeOnly) return;
      if (ts.isExportDeclaration(node) && node.isTypeOnly) return;
      const specifier = node.moduleSpecifier.text;
      const local = resolve(file, specifier);
      if (local) visit(local);
      else packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
    });
  };
  visit(path.resolve('proxy.ts'));
  return { files: [...files].map((f) => path.relative(process.cwd(), f)).sort(), packages: [...packages].sort() };
}

describe('the proxy', () => {
  const graph = runtimeImportGraph('proxy.ts');

  it('imports no content parser and no file access: it answers from the routing manifest the build bundled', () => {
    expect(graph.packages).toContain('@generated/routing');
    for (const parser of ['gray-matter', 'yaml', 'zod', 'remark', 'remark-gfm', 'remark-html', 'unified', 'minisearch', 'node:fs', 'fs', 'node:path']) {
      expect(graph.packages).not.toContain(parser);
    }
    const contentModules = graph.files.filter((f) => f.startsWith('lib/content/'));
    expect(contentModules).toEqual(['lib/content/routing.ts']);
  });

  it('stays a handful of modules', () => {
    // proxy.ts, the manifest lookups, routes, locales, negotiation, site URL and the header list; and the
    // locale table's one dictionary per language, which it holds.
    expect(graph.files.length).toBeLessThanOrEqual(8 + locales.length);
  });
});
