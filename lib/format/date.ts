import { format } from 'date-fns';
import { formatOffset, type PostTime } from '@/lib/content/schema';
import { localeFacts, type Locale } from '@/lib/i18n/locales';

/**
 * `d MMMM yyyy` rather than `PPP`: date-fns' Hindi `PPP` mixes Devanagari and
 * Latin digits. The Date is built at local noon from the stored parts, so the
 * calendar day is the same in every server and reader time zone.
 */
export function formatPostDate(time: PostTime, locale: Locale): string {
  const day = new Date(time.year, time.month - 1, time.day, 12);
  const date = format(day, 'd MMMM yyyy', { locale: localeFacts[locale].dateLocale });
  if (time.kind === 'date') return date;
  const clock = `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
  return `${date}, ${clock} (UTC${formatOffset(time.offsetMinutes)})`;
}
