/**
 * JSON for a `<script type="application/ld+json">` element. `<` is escaped so a
 * headline containing `</script>` cannot close the element early; `>` and `&`
 * for HTML parsers that look for comments, and U+2028/U+2029 for old JS parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
