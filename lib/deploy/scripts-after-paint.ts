import { htmlEscapeJsonString } from 'next/dist/shared/lib/htmlescape';
import type { DocumentRewrite } from './page-documents';

/**
 * Every prerendered page starts its scripts after its first contentful paint,
 * not while the browser is still laying it out.
 *
 * Next writes a page's scripts (the framework, Turbopack's runtime, the page's
 * client leaves) as `<script src async>` in the head, with a preload for one
 * more. They arrive while the page is being laid out and, being async, run as
 * soon as they arrive: on a phone with a slow processor and a good connection
 * the reader waits for about 140 KB of script to be evaluated before the first
 * words appear, and on a slow connection those downloads share the line with
 * the page and its font. Nothing on these pages needs a script to be read:
 * links are plain anchors, the client leaves (share, Listen) have their room
 * reserved from the first paint, and a language chosen in the switcher is
 * remembered by an inline script (lib/i18n/remember-locale.ts).
 *
 * So after `next build` each page's script tags (and Next's preloads of them)
 * become one small inline script at the end of the body, which adds the same
 * scripts, in the same order, once the browser reports the page's first
 * contentful paint (or, where a browser does not report paints, after its
 * first frame). A page that is hidden (a tab opened in the background) starts
 * them at once, since it paints nothing until it is shown; a safety timer
 * starts them if no paint is reported within a few seconds.
 *
 * The downloads wait for the paint too, not only the running: Lighthouse's
 * simulation counts every request that ended before the paint, and cannot
 * tell that a short script ran after it (docs/bench-pages.md). Measured there:
 * its LCP went from 1.58–2.89 s to 0.86–1.27 s on the four landing pages. In
 * Chromium on a slow line the first paint did not move and the page hydrated
 * 0.1–0.7 s later; with a good connection and a slow processor the first paint
 * came up to 0.35 s sooner.
 *
 * The scripts are inserted with `async`, as Next wrote them, and with the same
 * `src`: React finds the two it manages (the layout's and page's chunks, which
 * the payload names as hoisted scripts) by `script[async][src="…"]` and does not
 * add them again; Turbopack's runtime finds its chunks by `src`. Runs with the
 * build's other rewrites of every page (page-documents.ts), from
 * scripts/build.ts (server build, with the standalone copy) and static-site.ts
 * (before the inline scripts are hashed for the CSP).
 * tests/e2e/script-loading.test.ts watches it in Chromium.
 */

/** `<script src="/_next/static/…" async="">`, as React writes a page's scripts; the group is the address. */
const NEXT_SCRIPT = /^<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/;
/** Next's low-priority preload of a script the page also loads; it would fetch (and, once cached, free to run) before the paint. */
const NEXT_SCRIPT_PRELOAD = /^<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/[^"]+\.js"\/>/;
/** How each tag begins: the document is searched for these bytes, and only what follows a find is decoded and matched. */
const SCRIPT_START = Buffer.from('<script src="/_next/static/');
const PRELOAD_START = Buffer.from('<link rel="preload" as="script" fetchPriority="low" href="/_next/static/');
/** Longer than any tag above can be with the addresses Next writes (tens of characters). */
const TAG_WINDOW = 2048;

/** If no paint is reported in this long, the scripts start anyway: a page must never be left without its client leaves. */
export const SAFETY_MILLISECONDS = 3000;

/**
 * The inline script that starts `scripts`: after the first contentful paint
 * reported by PerformanceObserver, in a task of its own so the paint is never
 * held up; after the first frame where paints are not reported; at once in a
 * hidden page. ES5, for every browser a reader may have.
 */
export function getScriptStarter(scripts: readonly string[]): string {
  return `(function(s){var d=0;function go(){if(d)return;d=1;for(var i=0;i<s.length;i++){var e=document.createElement("script");e.src=s[i];e.setAttribute("async","");document.head.appendChild(e)}}`
    + `var P=self.PerformanceObserver;`
    + `if(document.visibilityState==="hidden")go();`
    + `else if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0)new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(go,0)}}).observe({type:"paint",buffered:true});`
    + `else requestAnimationFrame(function(){setTimeout(go,0)});`
    + `document.addEventListener("visibilitychange",function(){if(document.visibilityState==="hidden")go()});setTimeout(go,${SAFETY_MILLISECONDS})`
    + `})(${htmlEscapeJsonString(JSON.stringify(scripts))})`;
}

/** The addresses a rewritten page's starter adds, read back from the page (for what lists a page's scripts: the tests' link and header checks). */
export function getStartedScripts(html: string): string[] {
  const list = /<script>\(function\(s\)[\s\S]*?\}\)\((\[[^\]]*\])\)<\/script>/.exec(html)?.[1];
  return list ? (JSON.parse(list) as string[]) : [];
}

/**
 * Where each whole `tag` is in `html`, in order, with its match: the bytes are
 * searched natively and only a short window after each find is decoded. A page
 * is 50–80 KB, mostly Devanagari; decoding and re-encoding all of it took most
 * of this rewrite's time at thousands of pages.
 */
function findTags(html: Buffer, start: Buffer, tag: RegExp): { at: number; end: number; match: RegExpExecArray }[] {
  const found = [];
  for (let at = html.indexOf(start); at !== -1; at = html.indexOf(start, at + 1)) {
    const match = tag.exec(html.toString('utf8', at, Math.min(html.length, at + TAG_WINDOW)));
    if (match) found.push({ at, end: at + Buffer.byteLength(match[0]), match });
  }
  return found;
}

/** The page with its scripts started after its first paint (see above), or null when it has none of Next's script tags (already rewritten, or not a page). */
export const startScriptsInDocument: DocumentRewrite = (html) => {
  const tags = findTags(html, SCRIPT_START, NEXT_SCRIPT);
  const scripts = [...new Set(tags.map(({ match }) => match[1]!))];
  const end = html.lastIndexOf('</body>');
  if (scripts.length === 0 || end === -1) return null;
  // The tags and preloads go; the starter goes in before `</body>`.
  const starter = Buffer.from(`<script>${getScriptStarter(scripts)}</script>`);
  const edits = [...tags, ...findTags(html, PRELOAD_START, NEXT_SCRIPT_PRELOAD), { at: end, end, insert: starter }].sort((a, b) => a.at - b.at);
  const parts: Buffer[] = [];
  let from = 0;
  for (const edit of edits) {
    if (edit.at > from) parts.push(html.subarray(from, edit.at));
    if ('insert' in edit) parts.push(edit.insert);
    from = Math.max(from, edit.end);
  }
  parts.push(html.subarray(from));
  return Buffer.concat(parts);
};
