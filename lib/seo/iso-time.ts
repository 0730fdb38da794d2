import { formatOffset, type PostTime } from '@/lib/content/schema';

/**
 * A post time as a full ISO 8601 date-time with its offset, as structured data
 * and `article:published_time` want it. A date-only post is midnight at its
 * home offset (the same instant the site orders and schedules by).
 */
export function formatIsoDateTime(time: PostTime): string {
  if (time.kind === 'datetime') return time.iso;
  return `${time.iso}T00:00:00${formatOffset(time.offsetMinutes)}`;
}

/** RFC 822 date for RSS `pubDate`, in UTC so every reader agrees on the instant. */
export function formatRfc822(time: PostTime): string {
  return new Date(time.instant).toUTCString();
}
