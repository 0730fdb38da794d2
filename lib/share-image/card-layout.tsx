import { localeFacts } from '@/lib/i18n/locales';
import { getCardFontFamily } from './fonts';
import type { ShareCard } from './share-card';

const INK = '#1d1a17';
const MUTED = '#5c554d';
const ACCENT = '#8a3b12';
const PAPER = '#fffdf9';

/** Longer headlines get a smaller size so they fit without being cut; grapheme count, since matras are separate code points. */
function getHeadlineStyle(headline: string, locale: string) {
  const length = [...new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(headline)].length;
  if (length <= 40) return { fontSize: 72, lineClamp: 3 };
  if (length <= 70) return { fontSize: 60, lineClamp: 4 };
  if (length <= 110) return { fontSize: 52, lineClamp: 4 };
  if (length <= 150) return { fontSize: 44, lineClamp: 5 };
  return { fontSize: 38, lineClamp: 5 };
}

/** The 1200×630 card: site name, headline, organisations and date, in the article's language. */
export function CardLayout({ card }: { card: ShareCard }) {
  const { fontSize, lineClamp } = getHeadlineStyle(card.headline, localeFacts[card.locale].tag);
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%', background: PAPER, fontFamily: getCardFontFamily(localeFacts[card.locale].script), color: INK }}>
      <div style={{ display: 'flex', width: 24, height: '100%', background: ACCENT }} />
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 72px 52px 64px', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: ACCENT }}>{card.siteName}</div>
        <div style={{ display: 'block', fontSize, fontWeight: 700, lineHeight: 1.4, lineClamp, textOverflow: 'ellipsis' }}>{card.headline}</div>
        <div style={{ display: 'flex', flexDirection: 'column', fontSize: 30, color: MUTED, borderTop: `3px solid ${ACCENT}`, paddingTop: 18 }}>
          {card.organisations.length ? (
            <div style={{ display: 'block', lineHeight: 1.4, lineClamp: 2, textOverflow: 'ellipsis' }}>{card.organisations.join(' · ')}</div>
          ) : null}
          {card.date ? <div style={{ display: 'flex', lineHeight: 1.4, fontWeight: 700 }}>{card.date}</div> : null}
        </div>
      </div>
    </div>
  );
}
