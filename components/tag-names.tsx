import Link from 'next/link';
import type { Tag } from '@/lib/content/registry';
import type { Locale } from '@/lib/i18n/locales';
import { tagPath } from '@/lib/routes';

export function TagNames({ tags, locale }: { tags: Tag[]; locale: Locale }) {
  return (
    <ul className="tags">
      {tags.map((tag) => (
        <li key={tag.id}>
          <Link href={tagPath(locale, tag.id)}>{tag.label[locale]}</Link>
        </li>
      ))}
    </ul>
  );
}
