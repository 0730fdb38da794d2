import type { Article } from '@/lib/content/schema';
import { getTranslator } from '@/lib/i18n/translator';
import { articlePath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';

export interface ShareTarget {
  /** Canonical absolute address of the page. */
  url: string;
  title: string;
  summary: string;
  /** Ready-made message in the page's language, e.g. "<title> — read it on <site>". */
  message: string;
}

/** What sharing an article passes on: its canonical address (never the address bar's), headline and a message in its language. */
export function getArticleShareTarget(article: Article): ShareTarget {
  const t = getTranslator(article.locale);
  return {
    url: getAbsoluteUrl(articlePath(article.locale, article.slug)),
    title: article.title,
    summary: article.summary,
    message: t('shareMessage', { title: article.title, siteName: t('siteName') }),
  };
}

export interface ShareLink {
  id: 'whatsapp' | 'x' | 'linkedin' | 'facebook' | 'email';
  /** Brand name, shown as is in every language (the email label is translated by the caller). */
  network: string;
  href: string;
}

/**
 * A query value for a share address. ASCII is percent-encoded as
 * encodeURIComponent does it; letters, marks, digits, punctuation and symbols
 * of other scripts stay as they are: the browser encodes them as UTF-8 when the
 * link is followed (the URL Standard's query encoding), so the service receives
 * the same address, while the page carries each Devanagari character in 3
 * bytes instead of 9 — twice, in the HTML and in the page's RSC payload.
 */
function q(value: string): string {
  return value.replace(/[\x00-\x7F]+|[^\x00-\x7F\p{L}\p{M}\p{N}\p{P}\p{S}]+/gu, (run) => encodeURIComponent(run));
}

/**
 * Plain share links: each service's documented share address, nothing loaded
 * from it until the reader clicks, so no third-party script or tracker runs here.
 */
export function buildShareLinks(target: ShareTarget, emailLabel: string): ShareLink[] {
  return [
    { id: 'whatsapp', network: 'WhatsApp', href: `https://wa.me/?text=${q(`${target.message}\n${target.url}`)}` },
    { id: 'x', network: 'X', href: `https://x.com/intent/post?text=${q(target.message)}&url=${q(target.url)}` },
    { id: 'linkedin', network: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(target.url)}` },
    { id: 'facebook', network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(target.url)}` },
    { id: 'email', network: emailLabel, href: `mailto:?subject=${q(target.title)}&body=${q(`${target.summary}\n\n${target.url}`)}` },
  ];
}
