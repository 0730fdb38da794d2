export interface ShareTarget {
  /** Canonical absolute address of the page. */
  url: string;
  title: string;
  summary: string;
  /** Ready-made message in the page's language, e.g. "<title> — read it on <site>". */
  message: string;
}

export interface ShareLink {
  id: 'whatsapp' | 'x' | 'linkedin' | 'facebook' | 'email';
  /** Brand name, shown as is in every language (the email label is translated by the caller). */
  network: string;
  href: string;
}

const q = encodeURIComponent;

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
