import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The build drops the files Next's router reads to prefetch a page segment by
 * segment (lib/deploy/segment-prefetches.ts), and readers on metered phones
 * should not pay for pages they never open. Links are therefore plain anchors
 * (components/in-app-navigation.tsx moves on a click): nothing may bring back
 * Next's `<Link>`, which prefetches by default, or a router's prefetch().
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(?:ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Modules a file imports, and whether it calls `.prefetch(` on anything (a router). */
function scan(file: string): { imports: string[]; prefetches: boolean } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const imports: string[] = [];
  let prefetches = false;
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) imports.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require' && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) imports.push(node.arguments[0].text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) imports.push(node.arguments[0].text);
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'prefetch' && ts.isCallExpression(node.parent) && node.parent.expression === node) prefetches = true;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, prefetches };
}

describe('links between pages', () => {
  const files = ['app', 'components', 'lib'].flatMap(sourceFiles).concat('proxy.ts');
  const scanned = new Map(files.map((file) => [file, scan(file)]));

  it('are plain anchors: no module imports next/link', () => {
    // The scan does see imports: the layout's navigation leaf imports next/navigation.
    expect(scanned.get('components/in-app-navigation.tsx')?.imports).toContain('next/navigation');
    expect([...scanned].filter(([, s]) => s.imports.includes('next/link')).map(([file]) => file)).toEqual([]);
  });

  it('are never prefetched by code either: nothing calls a router’s prefetch()', () => {
    expect([...scanned].filter(([, s]) => s.prefetches).map(([file]) => file)).toEqual([]);
  });
});
