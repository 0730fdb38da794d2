import type { Article } from '@/lib/content/schema';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { articlePath } from '@/lib/routes';

/** On the 404 for a language an article was not published in: the languages it was. */
export function TranslationOffer({ locale, versions }: { locale: Locale; versions: Article[] }) {
  const t = getTranslator(locale);
  return (
    <aside className="translation-offer">
      <p>{t('translationOffer')}</p>
      <ul>
        {versions.map((a) => (
          <li key={a.locale}>
            <a href={articlePath(a.locale, a.slug)} hrefLang={localeFacts[a.locale].tag} lang={localeFacts[a.locale].tag}>
              {localeFacts[a.locale].nativeName}: {a.title}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
