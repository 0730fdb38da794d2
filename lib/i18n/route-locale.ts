import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './locales';

/** The one place a URL segment becomes a Locale; anything else is a 404. */
export function getRouteLocale(segment: string): Locale {
  if (!isLocale(segment)) notFound();
  return segment;
}
