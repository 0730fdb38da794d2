import { PLACEHOLDER, PLACEHOLDER_HINTS } from './article-template';
import type { ContentProblem } from './problem';
import type { ParsedYaml } from './yaml-lines';

type Found = Omit<ContentProblem, 'file' | 'severity'>;

export const isPlaceholder = (value: unknown): boolean => typeof value === 'string' && value.trim().startsWith(PLACEHOLDER);

const message = (field: string) => `still holds the placeholder from npm run new — ${PLACEHOLDER_HINTS[field] ?? 'replace it with the real value'}`;

/** Every value and body line still starting with the scaffold's marker, so a half-written article cannot be published. */
export function findPlaceholders(data: object, yaml: ParsedYaml, body: string, bodyLine: number): Found[] {
  const found: Found[] = [];
  for (const [field, value] of Object.entries(data)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      if (!isPlaceholder(item)) return;
      const at = Array.isArray(value) ? [field, index] : [field];
      found.push({ line: yaml.lineOf(at), field: Array.isArray(value) ? `${field}[${index}]` : field, message: message(field) });
    });
  }
  body.split('\n').forEach((text, index) => {
    if (isPlaceholder(text)) found.push({ line: bodyLine + index, field: 'body', message: message('body') });
  });
  return found;
}
