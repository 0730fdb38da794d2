const DEFAULT_PAGE_SIZE = 20;

/**
 * Articles per list page: the one place it is set. `PAGE_SIZE` overrides the
 * default so test builds can exercise pagination with a handful of articles.
 */
export function getPageSize(): number {
  const raw = process.env.PAGE_SIZE;
  if (raw === undefined || raw === '') return DEFAULT_PAGE_SIZE;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`PAGE_SIZE is "${raw}"; set it to a whole number of articles per page, 1 or more, or unset it for ${DEFAULT_PAGE_SIZE}`);
  return size;
}

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
}

export function getPageCount(total: number, size = getPageSize()): number {
  return Math.max(1, Math.ceil(total / size));
}

/** One page of a list, or undefined past the end. */
export function getListPage<T>(items: readonly T[], number: number, size = getPageSize()): ListPage<T> | undefined {
  const count = getPageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  return { items: items.slice((number - 1) * size, number * size), number, count };
}

/** The first page always exists, even for an empty list. */
export function getFirstListPage<T>(items: readonly T[], size = getPageSize()): ListPage<T> {
  return { items: items.slice(0, size), number: 1, count: getPageCount(items.length, size) };
}

/**
 * Page numbers for generateStaticParams. Always includes 1, which the proxy
 * redirects to the list's own address: a nested route whose params are empty
 * for the first parent loses its params for every parent.
 */
export function getPageParams(total: number): { n: string }[] {
  return Array.from({ length: getPageCount(total) }, (_, i) => ({ n: String(i + 1) }));
}

/** A URL segment as a page number: digits only, no leading zero, so each page has one address. */
export function parsePageNumber(segment: string): number {
  return /^[1-9]\d*$/.test(segment) ? Number(segment) : NaN;
}

/** Page params for every entry of a registry (an organisation's or topic's list pages). */
export function getEntryPageParams(ids: readonly string[], countFor: (id: string) => number): { id: string; n: string }[] {
  return ids.flatMap((id) => getPageParams(countFor(id)).map(({ n }) => ({ id, n })));
}
