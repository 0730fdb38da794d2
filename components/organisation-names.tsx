import Link from 'next/link';
import type { Organisation } from '@/lib/content/registry';
import type { Locale } from '@/lib/i18n/locales';
import { organisationPath } from '@/lib/routes';

export function OrganisationNames({ organisations, locale }: { organisations: Organisation[]; locale: Locale }) {
  return (
    <ul className="organisations">
      {organisations.map((o) => (
        <li key={o.id}>
          <Link href={organisationPath(locale, o.id)}>{o.name[locale]}</Link>
        </li>
      ))}
    </ul>
  );
}
