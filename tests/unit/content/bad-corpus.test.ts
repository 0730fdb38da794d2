import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/check';
import { formatProblem, type ContentProblem } from '@/lib/content/report';
import { locales } from '@/lib/i18n/locales';

/** tests/fixtures/bad: one synthetic file (or registry entry) per rule of the editors' contract. */
const ROOT = 'tests/fixtures/bad';
const content = loadContent(ROOT);
/**
 * The corpus names its registry entries in Hindi and English; a site with more languages also warns,
 * entry by entry, that there is no name in those (tests/e2e/third-language.test.ts shows the warning).
 */
const isNameInAnotherLanguage = (p: ContentProblem) => p.severity === 'warning' && locales.some((l) => l !== 'hi' && l !== 'en' && p.field?.endsWith(`.${l}`));
const problems = content.problems.filter((p) => !isNameInAnotherLanguage(p));
const reported = problems.map(formatProblem);

/** Exact `path:line: field: message` lines, paths relative to the corpus folder. */
const EXPECTED: [rule: string, line: string][] = [
  ["a slug that does not match the pattern", "articles/Bad_Slug.hi.md: slug: \"Bad_Slug\" is not a valid slug — use lower-case a–z, 0–9 and single hyphens, at most 80 characters, e.g. bad-slug.hi.md (rename the file)"],
  ["an alias that is another article's address", "articles/bad-alias-live-page.en.md:7: aliases: /en/articles/bad-alias-twice-a is the address of a live page (the article tests/fixtures/bad/articles/bad-alias-twice-a.en.md) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is the sitemap", "articles/bad-alias-site-files.en.md:7: aliases: /sitemap.xml is the address of a live page (the sitemap) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is robots.txt", "articles/bad-alias-site-files.en.md:7: aliases: /robots.txt is the address of a live page (robots.txt) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is a feed", "articles/bad-alias-site-files.en.md:7: aliases: /en/feed.xml is the address of a live page (the RSS feed) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is a search index", "articles/bad-alias-site-files.en.md:7: aliases: /en/search-index/words/0.json is the address of a live page (the search index files under /en/search-index/) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is the site share image", "articles/bad-alias-site-files.en.md:7: aliases: /en/share-image.png is the address of a live page (the site's share image) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias under /_next/", "articles/bad-alias-site-files.en.md:7: aliases: /_next/static/chunks/main.js is the address of a live page (Next.js's own files under /_next/) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is the site icon", "articles/bad-alias-site-files.en.md:7: aliases: /favicon.svg is the address of a live page (the site icon) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is the search page", "articles/bad-alias-list-pages.hi.md:8: aliases: /hi/search is the address of a live page (the search page) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is the organisations index", "articles/bad-alias-list-pages.hi.md:8: aliases: /hi/organisations is the address of a live page (the organisations index) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is an organisation page (trailing slash)", "articles/bad-alias-list-pages.hi.md:8: aliases: /hi/organisations/example-traders-guild/ is the address of a live page (organisation example-traders-guild's page) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is the topics index", "articles/bad-alias-list-pages.hi.md:8: aliases: /hi/tags is the address of a live page (the topics index) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is a later page of a topic", "articles/bad-alias-list-pages.hi.md:8: aliases: /hi/tags/test-topic/page/2 is the address of a live page (page 2 of topic test-topic's page) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is a later page of the index", "articles/bad-alias-list-pages.hi.md:8: aliases: /hi/page/3 is the address of a live page (page 3 of the home page) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is another language's home", "articles/bad-alias-list-pages.hi.md:8: aliases: /en is the address of a live page (the home page) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias that is an article's share image", "articles/bad-alias-list-pages.hi.md:8: aliases: /hi/articles/bad-alias-list-pages/share-image.png is the address of a live page (the share image of tests/fixtures/bad/articles/bad-alias-list-pages.hi.md) — an alias must be an old address that no page uses now; remove it from aliases"],
  ["an alias claimed by two articles", "articles/bad-alias-twice-b.en.md:7: aliases: /en/articles/synthetic-old-address is also an alias of tests/fixtures/bad/articles/bad-alias-twice-a.en.md — one old address can redirect to only one article; remove it from one of the two files"],
  ["a date-time without an offset", "articles/bad-datetime-no-offset.hi.md:4: postTime: \"2024-03-10T10:30:00\" has a time but no UTC offset, so the moment is ambiguous — add one, e.g. 2024-03-10T10:30:00+05:30 for India"],
  ["two files with the same slug and locale", "articles/bad-duplicate-slug.hi.md: slug: tests/fixtures/bad/articles/2024/bad-duplicate-slug.hi.md has the same slug and language — rename one of the two files (the slug is the part of the name before .hi.md)"],
  ["missing frontmatter", "articles/bad-frontmatter-missing.hi.md:1: frontmatter is missing — start the file with a line ---, then the fields (title:, summary:, …), then another line ---"],
  ["frontmatter not at the very start", "articles/bad-frontmatter-not-at-start.hi.md:1: frontmatter is not at the very start of the file (it begins on line 2) — delete everything before the first ---, even blank lines"],
  ["frontmatter that is not a mapping", "articles/bad-frontmatter-not-mapping.hi.md:2: frontmatter is not a set of fields — write one field per line as name: value, e.g. title: \"A headline\""],
  ["frontmatter that is never closed", "articles/bad-frontmatter-unclosed.hi.md:1: frontmatter is never closed — add a line with only --- after the last field"],
  ["an image without imageAlt", "articles/bad-image-without-alt.hi.md:7: imageAlt: is required when image is given — add imageAlt: with a short description of what the image shows"],
  ["an image that is not under public/", "articles/bad-image-missing.hi.md:7: image: /images/synthetic-missing-cover.jpg is not a file under public/ — put the picture at public/images/synthetic-missing-cover.jpg, or correct the path"],
  ["an impossible date", "articles/bad-impossible-date.hi.md:4: postTime: 2024-02-30 is not a real calendar day: February 2024 has 29 days — check the month and day"],
  ["---javascript frontmatter", "articles/bad-javascript-frontmatter.hi.md:1: frontmatter in \"javascript\" is not accepted (it could run code) — start the file with a plain --- line and write the fields in YAML, e.g. title: \"A headline\""],
  ["---js frontmatter", "articles/bad-js-frontmatter.hi.md:1: frontmatter in \"js\" is not accepted (it could run code) — start the file with a plain --- line and write the fields in YAML, e.g. title: \"A headline\""],
  ["a locale that differs from the file name", "articles/bad-locale-mismatch.hi.md:5: locale: is \"en\" but the file name says \"hi\" — write locale: hi, or rename the file to bad-locale-mismatch.en.md"],
  ["a missing required field", "articles/bad-missing-title.hi.md:1: title: is required — add a line like title: \"A headline\""],
  ["a placeholder title left by npm run new", "articles/bad-placeholder.hi.md:2: title: still holds the placeholder from npm run new — write the headline"],
  ["a placeholder organisation left by npm run new", "articles/bad-placeholder.hi.md:6: organisations[0]: still holds the placeholder from npm run new — write the id of each organisation from organisations.yml, e.g. [china-leather-association]"],
  ["a placeholder body left by npm run new", "articles/bad-placeholder.hi.md:9: body: still holds the placeholder from npm run new — write the article text in its place"],
  ["a non-http(s) source.url", "articles/bad-source-url.hi.md:9: source.url: must be an http:// or https:// address — copy the full address of the original, e.g. https://example.org/news/123"],
  ["a translation pair naming different organisations", "articles/bad-translation-organisations.en.md:6: organisations: names [sample-export-council] but its translation tests/fixtures/bad/articles/bad-translation-organisations.hi.md names [example-traders-guild] — list the same organisations in both files"],
  ["an unknown key, with a suggestion", "articles/bad-unknown-field.hi.md:7: postime: unknown field — did you mean \"postTime\"? Rename it to postTime:"],
  ["an unknown locale in the file name", `articles/bad-unknown-locale.fr.md: locale: "fr" in the file name is not a site locale — rename the file to bad-unknown-locale.<locale>.md with one of ${locales.join(', ')}`],
  ["an unknown locale in the frontmatter", `articles/bad-unknown-locale.fr.md:5: locale: "fr" is not a site locale — write one of ${locales.join(', ')}, the same as in the file name`],
  ["an unknown organisation id, listing the known ones", "articles/bad-unknown-organisation.hi.md:8: organisations[1]: \"example-trader-guild\" is not in organisations.yml — did you mean \"example-traders-guild\"? Otherwise use one of the known ids (example-traders-guild, sample-export-council), or add a new entry to organisations.yml first"],
  ["an unknown tag id, listing the known ones", "articles/bad-unknown-tag.hi.md:7: tags[0]: \"no-such-topic\" is not in tags.yml — use one of the known ids (test-topic, unlabelled-topic), or add a new entry to tags.yml first"],
  ["updated before postTime", "articles/bad-updated-before-post.hi.md:7: updated: 2024-03-01 is before postTime 2024-03-10 — write a date on or after 2024-03-10, or remove updated"],
  ["a YAML syntax error (an unquoted colon)", "articles/bad-yaml-syntax.hi.md:2: title: YAML syntax error: the value contains a colon followed by a space, or the next line is indented under it — put the whole value in double quotes, e.g. title: \"India: leather fair\", and start every field at the beginning of its line"],
  ["an organisation without a name in one locale", "organisations.yml:15: half-named-chamber.name.hi: is missing — add the name in हिन्दी as \"hi: …\" indented under name:"],
  ["a topic without a label in a language other than the default (warning)", "tags.yml:8: unlabelled-topic.label.en: is missing — English pages show \"बिना अंग्रेज़ी नाम\" (हिन्दी) until you add the label in English as \"en: …\" indented under label:"],
  ["inline HTML in the body", "articles/bad-raw-html.hi.md:11: body: HTML such as <sub> is not shown on the site (it is removed for safety) — write it in Markdown instead (**bold**, [link](https://…), a table with | columns |), or delete the tag"],
  ["the closing inline tag too", "articles/bad-raw-html.hi.md:11: body: HTML such as </sub> is not shown on the site (it is removed for safety) — write it in Markdown instead (**bold**, [link](https://…), a table with | columns |), or delete the tag"],
  ["an HTML block in the body", "articles/bad-raw-html.hi.md:13: body: HTML such as <div class=\"box\"> is not shown on the site (it is removed for safety) — write it in Markdown instead (**bold**, [link](https://…), a table with | columns |), or delete the tag"],
  ["Markdown emphasis typed into a title (a YAML alias)", "articles/bad-yaml-alias.hi.md:2: title: YAML syntax error: a value starting with * is read as a reference to another value (a YAML alias), not as text — put the whole value in double quotes, e.g. title: \"*Important* synthetic notice\""],
  ["a YAML anchor before a value", "articles/bad-yaml-alias.hi.md:3: summary: YAML syntax error: a value starting with & is read as a YAML anchor, and its first word (the one starting with &) is dropped from the value — put the whole value in double quotes, e.g. summary: \"&first Synthetic summary with an anchor.\""],
  ["a YAML tag in a list in brackets", "articles/bad-yaml-alias.hi.md:7: tags: YAML syntax error: a value starting with ! is read as a YAML type tag, and its first word (the one starting with !) is dropped from the value — put the whole value in double quotes, e.g. tags: [\"!topic test-topic\"]"],
  ["a YAML alias in a registry (only that entry is left out)", "organisations.yml:21: en: YAML syntax error: a value starting with * is read as a reference to another value (a YAML alias), not as text — put the whole value in double quotes, e.g. en: \"*Important* Council\""],
  ["a YAML anchor in a registry", "tags.yml:13: en: YAML syntax error: a value starting with & is read as a YAML anchor, and its first word (the one starting with &) is dropped from the value — put the whole value in double quotes, e.g. en: \"&label Anchored topic\""],
  ["a folder named like an article", "articles/bad-folder-article.hi.md: is a folder, not an article file — an article is a file named <slug>.<locale>.md: move anything inside the folder out of it, delete the folder, and create the article as a file"],
  ["an image: on another host, written from //", "articles/bad-image-protocol-relative.hi.md:7: image: //cdn.example/synthetic-cover.jpg is a picture on another website (cdn.example), which every reader's browser would fetch from there — save the picture (with permission to use it) under public/images/ and write its path, e.g. /images/synthetic-cover.jpg"],
  ["a tracking pixel in the body", "articles/bad-body-images.hi.md:9: body: https://tracker.example/p.gif is a picture on another website (tracker.example), which every reader's browser would fetch from there — save the picture (with permission to use it) under public/images/ and write its path, e.g. /images/p.gif"],
  ["a protocol-relative picture in the body", "articles/bad-body-images.hi.md:11: body: //cdn.example/logo.png is a picture on another website (cdn.example), which every reader's browser would fetch from there — save the picture (with permission to use it) under public/images/ and write its path, e.g. /images/logo.png"],
  ["a data: picture in the body", "articles/bad-body-images.hi.md:13: body: data:image/gif;base64,R0lGODlhAQABAAAAACw= is a picture written out inside the text (a data: address), which the site does not show — save it as a file under public/images/ and write its path, e.g. /images/chart.png"],
  ["a picture path not from the site root", "articles/bad-body-images.hi.md:15: body: images/synthetic-chart.png is not a path from the site root — write it starting with /, e.g. /images/synthetic-chart.png"],
  ["an outside picture by reference, on the picture's line", "articles/bad-body-images.hi.md:17: body: https://ads.example/banner.png is a picture on another website (ads.example), which every reader's browser would fetch from there — save the picture (with permission to use it) under public/images/ and write its path, e.g. /images/banner.png"],
  ["a body picture that is not under public/", "articles/bad-body-images.hi.md:19: body: /images/synthetic-missing-chart.png is not a file under public/ — put the picture at public/images/synthetic-missing-chart.png, or correct the path"],
  ["a draft (warning)", "articles/warn-draft.en.md:7: draft: is true, so the article is not published (npm run dev shows it) — delete the draft line when it is ready"],
  ["a scheduled post (warning)", "articles/warn-scheduled.en.md:4: postTime: scheduled for 2999-01-01T09:00:00+05:30 — left out of the site until then; the first build after that time publishes it"],
];

describe('the bad-content corpus', () => {
  it.each(EXPECTED)('reports %s', (_, line) => {
    expect(reported).toContain(`${ROOT}/${line}`);
  });

  it('reports every problem in the folder in one run, and nothing else', () => {
    expect([...reported].sort()).toEqual(EXPECTED.map(([, line]) => `${ROOT}/${line}`).sort());
  });

  it('reports drafts, scheduled posts and names left out in a non-default language as warnings, everything else as errors', () => {
    const warned = problems.filter((p) => p.severity === 'warning').map((p) => p.file);
    expect(warned).toEqual([`${ROOT}/tags.yml`, `${ROOT}/articles/warn-draft.en.md`, `${ROOT}/articles/warn-scheduled.en.md`]);
  });

  it('says what to write instead in every message', () => {
    for (const problem of content.problems) expect(problem.message).toMatch(/ — \S/);
  });

  it('never evaluates ---js or ---javascript frontmatter', () => {
    expect(Reflect.get(globalThis, '__vyaparEvaluated')).toBeUndefined();
    expect(existsSync('tests/.tmp/js-frontmatter-ran')).toBe(false);
  });
});
