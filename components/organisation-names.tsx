import type { Organisation } from '@/lib/content/registry';
import type { Locale } from '@/lib/i18n/locales';

export function OrganisationNames({ organisations, locale }: { organisations: Organisation[]; locale: Locale }) {
  return (
    <ul className="organisations">
      {organisations.map((o) => (
        <li key={o.id}>{o.name[locale]}</li>
      ))}
    </ul>
  );
}
