import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { buildShareLinks, type ShareTarget } from '@/lib/share';
import { ShareActions } from './share-actions';

/** Share block under an article: the interactive buttons are a small client leaf, the links are plain HTML. */
export function ShareControls({ locale, target }: { locale: Locale; target: ShareTarget }) {
  const t = getTranslator(locale);
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share-heading">
        {t('shareHeading')}
      </h2>
      <ShareActions
        url={target.url}
        title={target.title}
        text={target.message}
        labels={{ native: t('shareNative'), copy: t('shareCopy'), copied: t('shareCopied'), copyFailed: t('shareCopyFailed'), linkLabel: t('shareLinkLabel') }}
      />
      <ul className="share-links">
        {buildShareLinks(target, t('shareEmail')).map((link) => (
          <li key={link.id}>
            <a
              href={link.href}
              data-network={link.id}
              aria-label={link.id === 'email' ? undefined : t('shareOn', { network: link.network })}
              {...(link.id === 'email' ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
            >
              {link.network}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
