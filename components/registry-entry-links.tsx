import { nameOf, registryOf, type RegistryEntry, type RegistryKind } from '@/lib/content/registry';
import type { Locale } from '@/lib/i18n/locales';

/** The organisations or topics an article names, each linking to its list of articles. */
export function RegistryEntryLinks({ kind, entries, locale }: { kind: RegistryKind; entries: readonly RegistryEntry[]; locale: Locale }) {
  const { entryPath } = registryOf(kind);
  return (
    <ul className={kind}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={entryPath(locale, entry.id)}>{nameOf(entry, locale)}</a>
        </li>
      ))}
    </ul>
  );
}
