import type { PostTime } from '@/lib/content/schema';
import { formatPostDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

export function PostTimeView({ time, locale }: { time: PostTime; locale: Locale }) {
  return <time dateTime={time.iso}>{formatPostDate(time, locale)}</time>;
}
