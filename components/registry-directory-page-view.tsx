import './styles/registry.css';
import { nameOf, registryOf, type EntryOf, type RegistryKind } from '@/lib/content/registry';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { SiteHeader } from './site-header';

interface Props<K extends RegistryKind> {
  kind: K;
  locale: Locale;
  /** Every entry, in the order shown, with its published articles in this language. */
  entries: { entry: EntryOf<K>; count: number }[];
}

/** A registry's directory (the organisations index, the topics index): every entry, with how much it has published here. */
export function RegistryDirectoryPageView<K extends RegistryKind>({ kind, locale, entries }: Props<K>) {
  const t = getTranslator(locale);
  const registry = registryOf(kind);
  return (
    <>
      <SiteHeader locale={locale} alternates={getLocaleAlternates(registry.directoryPath)} />
      <main id="content" className="page">
        <h1 className="page-title">{t(registry.directoryTitle)}</h1>
        <ul className="directory">
          {entries.map(({ entry, count }) => {
            const note = registry.noteOf?.(entry, locale);
            return (
              <li key={entry.id}>
                <a href={registry.entryPath(locale, entry.id)}>{nameOf(entry, locale)}</a>
                {note ? <span className="directory-note">{note}</span> : null}
                <span className="directory-count">{t('articleCount', { count })}</span>
              </li>
            );
          })}
        </ul>
      </main>
    </>
  );
}
