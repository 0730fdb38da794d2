import { LOCALE_COOKIE } from './negotiate-locale';

/** On a language switcher's link: the language it leads to, remembered when the reader follows it. */
export const REMEMBER_LOCALE_ATTRIBUTE = 'data-remember-locale';

/**
 * An inline script every page carries (app/[locale]/layout.tsx): a click on a
 * link marked with REMEMBER_LOCALE_ATTRIBUTE keeps that language in the
 * LOCALE_COOKIE cookie for a year, so `/` sends a returning reader to the
 * language they chose (proxy.ts, the nginx config).
 *
 * Inline, not a client component's handler: it works from the moment the page
 * is shown, before the page's scripts have run (they start after the first
 * paint, lib/deploy/scripts-after-paint.ts, and on a slow line that is seconds
 * later) and if they never do. `Secure` only over https: on a local http server
 * a Secure cookie would be dropped.
 */
export const REMEMBER_LOCALE_SCRIPT = [
  'document.addEventListener("click",function(e){',
  `var a=e.target&&e.target.closest&&e.target.closest("a[${REMEMBER_LOCALE_ATTRIBUTE}]");`,
  `if(a)document.cookie="${LOCALE_COOKIE}="+encodeURIComponent(a.getAttribute("${REMEMBER_LOCALE_ATTRIBUTE}"))+"; path=/; max-age=31536000; samesite=lax"+(location.protocol==="https:"?"; secure":"")`,
  '})',
].join('');
