import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { SiteHeader } from './site-header';

export interface DirectoryEntry {
  id: string;
  href: string;
  name: string;
  /** Published articles in this language. */
  count: number;
  note?: string;
}

/** The organisations index and the topics index: every entry, with how much it has published here. */
export function DirectoryPageView({ locale, alternates, heading, entries }: { locale: Locale; alternates: Partial<Record<Locale, string>>; heading: string; entries: DirectoryEntry[] }) {
  const t = getTranslator(locale);
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="content" className="page">
        <h1 className="page-title">{heading}</h1>
        <ul className="directory">
          {entries.map((entry) => (
            <li key={entry.id}>
              <Link href={entry.href}>{entry.name}</Link>
              {entry.note ? <span className="directory-note">{entry.note}</span> : null}
              <span className="directory-count">{t('articleCount', { count: entry.count })}</span>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
