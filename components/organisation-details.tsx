import './styles/registry.css';
import type { Organisation } from '@/lib/content/registry';
import { formatCountry } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

export function OrganisationDetails({ organisation, locale }: { organisation: Organisation; locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <dl className="organisation-details">
      <dt>{t('country')}</dt>
      <dd>{formatCountry(organisation.country, locale)}</dd>
      {organisation.website ? (
        <>
          <dt>{t('website')}</dt>
          <dd>
            <a href={organisation.website} rel="noopener external">
              {new URL(organisation.website).host}
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
