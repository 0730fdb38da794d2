'use client';

import { useEffect } from 'react';

/**
 * The site-wide 404 is one static page in every language; in the browser,
 * the language of the address it answers for is moved first and set as the page language.
 */
export function NotFoundHelper({ tags }: { tags: Record<string, string> }) {
  useEffect(() => {
    const segment = window.location.pathname.split('/')[1] ?? '';
    const tag = tags[segment];
    if (!tag) return;
    document.documentElement.lang = tag;
    document.querySelector(`section[data-locale="${segment}"]`)?.setAttribute('data-first', '');
  }, [tags]);
  return null;
}
