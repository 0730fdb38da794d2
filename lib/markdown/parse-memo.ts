/**
 * Where the results of parsing an article body may be kept: none by default,
 * so every call parses (the development server, the editor's preview in the
 * browser, tests). `npm run build` installs a store on disk
 * (lib/markdown/parse-cache.ts) so that a rebuild parses only the bodies that
 * changed. No Node module is imported here: the editor's preview bundles the
 * renderer for the browser.
 */
export interface ParseMemo {
  /** The value stored for this kind of result of this input, or undefined. */
  get(kind: string, input: string): unknown;
  set(kind: string, input: string, value: unknown): void;
}

let installed: ParseMemo | undefined;

export function installParseMemo(memo: ParseMemo | undefined): void {
  installed = memo;
}

/**
 * `compute()`, a pure function of `input` (the kind names which function, and
 * anything else it depends on, such as the language), or its stored result.
 * Values must survive JSON.
 */
export function memoised<T>(kind: string, input: string, compute: () => T): T {
  if (!installed) return compute();
  const stored = installed.get(kind, input);
  if (stored !== undefined) return stored as T;
  const value = compute();
  installed.set(kind, input, value);
  return value;
}
