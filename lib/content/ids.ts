/** Registry ids and slugs: lower-case ASCII words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The nearest valid id or slug, offered when an editor's one is not valid. */
export function suggestSlug(text: string): string {
  const words = text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return words.slice(0, 80).replace(/-+$/, '') || 'new-article';
}
