'use client';

import { useEffect, useState } from 'react';
import { findSavedArticles, readSavedAt, type SavedArticleRef } from '@/lib/offline/offline-policy';

interface SavedArticle extends SavedArticleRef {
  title: string;
  savedAt: number;
}

/** The headline of a saved page: only its <h1> is parsed, not the whole page. */
function readHeadline(html: string): string | undefined {
  const h1 = /<h1[\s>][\s\S]*?<\/h1>/i.exec(html)?.[0];
  return h1 ? new DOMParser().parseFromString(h1, 'text/html').body.textContent?.trim() || undefined : undefined;
}

/** The saved articles, most recently saved first. */
async function readSavedArticles(cacheName: string): Promise<SavedArticle[]> {
  if (!('caches' in window) || !(await caches.has(cacheName))) return [];
  const cache = await caches.open(cacheName);
  const refs = findSavedArticles((await cache.keys()).map((request) => request.url));
  const articles = await Promise.all(
    refs.map(async (ref) => {
      const response = await cache.match(ref.path);
      const title = response ? readHeadline(await response.text()) : undefined;
      return { ...ref, title: title ?? ref.path, savedAt: response ? readSavedAt(response) : 0 };
    }),
  );
  return articles.sort((a, b) => b.savedAt - a.savedAt);
}

/** The articles the offline-reading worker saved on this device, newest first, as plain links (the worker answers them offline). */
export function SavedArticles({ cacheName, heading, empty }: { cacheName: string; heading: string; empty: string }) {
  const [articles, setArticles] = useState<SavedArticle[]>();

  useEffect(() => {
    let current = true;
    readSavedArticles(cacheName)
      .catch(() => [])
      .then((found) => current && setArticles(found));
    return () => {
      current = false;
    };
  }, [cacheName]);

  if (!articles) return null;
  return (
    <section className="saved-articles">
      <h2>{heading}</h2>
      {articles.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {articles.map((article) => (
            <li key={article.path} lang={article.locale}>
              <a href={article.path}>{article.title}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
