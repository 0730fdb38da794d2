/**
 * Build benchmark: `npm run bench:build` (a script, not a test).
 *
 * For each size N (articles per language) it writes N synthetic bilingual
 * article pairs (~600 words each, Hindi and English, organisations and topics
 * from a synthetic registry) into a temporary content root, and, in the same
 * run and under the same load:
 *   1. builds a bare Next.js App Router blog of the same article pages (the
 *      baseline: gray-matter + remark like Next's examples/blog-starter, same
 *      `next` from this repo's node_modules, default config), cold;
 *   2. builds this site with `npm run build` (scripts/build.ts), cold: no Next
 *      cache, no share-image cache and no Markdown cache;
 *   3. adds one article pair and builds this site again, keeping the caches a
 *      CI job keeps (the dist folder's cache/, and the share-image and Markdown
 *      caches, which this run keeps in its temporary folder rather than .cache/),
 *      right after a cold build of the baseline, for the ratio of the two; in
 *      rounds (--rebuild-rounds, default 3), each with one more pair, and the
 *      median round's ratio is the result: on this shared machine one pair of
 *      builds moved by a sixth between runs minutes apart.
 * Each build records wall time, peak memory of the whole process tree (sampled
 * from /proc every 200 ms: the sum of the resident set of the build process
 * and all its descendants) and output size, and prints ratios to the baseline.
 *
 *   npm run bench:build                          # N = 500, 1500, 5000 per language
 *   npm run bench:build -- --sizes 50,200        # a quick run
 *   npm run bench:build -- --sizes 100 --profile # + CPU profile of this site's build
 *   npm run bench:build -- --write               # + replace the build section of docs/benchmarks.md
 *
 * Dist folders are .next-bench-build-* (gitignored) and are removed afterwards.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NEXT_BIN, writeBareNextApp } from './bare-next-app';

const DEFAULT_REBUILD_ROUNDS = 3;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,1500,5000' },
    profile: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    /** Only these sizes get the rebuild measurement (default: every size). */
    'rebuild-sizes': { type: 'string' },
    /** Rounds of (baseline cold build, site rebuild after one more pair) per size; the median round's ratio is reported. */
    'rebuild-rounds': { type: 'string', default: String(DEFAULT_REBUILD_ROUNDS) },
    keep: { type: 'boolean', default: false },
    /** Print the summary of a kept run's profile folder, and build nothing. */
    'summarise-profile': { type: 'string' },
  },
});
const SIZES = values.sizes!.split(',').map((s) => Number(s.trim()));
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes "${values.sizes}": give whole numbers of articles per language, e.g. --sizes 50,200`);
const REBUILD_ROUNDS = Number(values['rebuild-rounds']);
if (!Number.isInteger(REBUILD_ROUNDS) || REBUILD_ROUNDS < 1) throw new Error(`--rebuild-rounds "${values['rebuild-rounds']}": give a whole number of rounds, 1 or more`);
const ROOT = process.cwd();
const DOC = path.join(ROOT, 'docs/benchmarks.md');

// ---------------------------------------------------------------- synthetic content

/** Deterministic, so every run builds the same text. */
function makeRandom(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Real words of trade-association news, so the text has real conjuncts, matras and word lengths. */
const WORDS = {
  hi: `व्यापार निर्यात आयात संघ सदस्य बैठक सरकार नीति उद्योग बाज़ार कीमत उत्पादन कंपनी प्रतिनिधि समझौता मंत्रालय वित्त वर्ष प्रतिशत वृद्धि
    गिरावट माँग आपूर्ति किसान कपड़ा चमड़ा इस्पात रसायन मशीनरी दवा खाद्य चाय कॉफ़ी मसाले चावल गेहूँ कपास रेशम हस्तशिल्प आभूषण
    प्रदर्शनी मेला सम्मेलन प्रस्ताव अध्यक्ष सचिव परिषद मंडल महासंघ निगम बंदरगाह सीमा शुल्क कर छूट योजना ऋण बैंक निवेश विदेशी
    घरेलू क्षेत्रीय अंतरराष्ट्रीय द्विपक्षीय साझेदारी सहयोग प्रतिस्पर्धा गुणवत्ता मानक प्रमाणन प्रशिक्षण कौशल रोज़गार श्रमिक लघु
    मध्यम उद्यम स्टार्टअप डिजिटल भुगतान लॉजिस्टिक्स परिवहन रेल सड़क जहाज़ माल ढुलाई भंडारण तिमाही रिपोर्ट आँकड़े अनुमान लक्ष्य
    उपलब्धि चुनौती अवसर समाधान सुझाव माँगें ज्ञापन प्रतिनिधिमंडल दौरा वार्ता घोषणा निर्णय संशोधन अधिसूचना पंजीकरण आवेदन शुल्क
    राज्य केंद्र ज़िला शहर गाँव क्षेत्र देश विदेश एशिया यूरोप अफ़्रीका अमेरिका खाड़ी पड़ोसी है हैं था थे होगा होंगे किया गया गई
    कहा बताया दिया लिया रहा रही रहे सकता सकती चाहिए और या लेकिन क्योंकि जबकि तथा एवं के की का में से पर तक लिए द्वारा साथ
    बाद पहले दौरान अनुसार बीच ओर यह वह ये वे इस उस इन उन नई नए पुराना बड़ा छोटा अधिक कम सभी कई कुछ प्रमुख महत्वपूर्ण आवश्यक`,
  en: `trade export import association member meeting government policy industry market price production company representative agreement
    ministry finance year percent growth decline demand supply farmer textile leather steel chemical machinery medicine food tea coffee
    spice rice wheat cotton silk handicraft jewellery exhibition fair conference proposal president secretary council chamber federation
    corporation port border customs tax exemption scheme loan bank investment foreign domestic regional international bilateral partnership
    cooperation competition quality standard certification training skill employment worker small medium enterprise startup digital
    payment logistics transport rail road ship freight storage quarter report figures estimate target achievement challenge opportunity
    solution suggestion demands memorandum delegation visit talks announcement decision amendment notification registration application fee
    state centre district city village region country abroad Asia Europe Africa America Gulf neighbouring is are was were will be has have
    said told gave took could should and or but because while also the of in from on to for by with after before during according between
    this that these those new old large small more less all many some major important necessary`,
};
const vocabulary = { hi: WORDS.hi.split(/\s+/).filter(Boolean), en: WORDS.en.split(/\s+/).filter(Boolean) };

type Language = keyof typeof vocabulary;
const LANGUAGES: readonly Language[] = ['hi', 'en'];

function makeWriter(language: Language, random: () => number) {
  const words = vocabulary[language];
  // Zipf-like: a few words very often, most rarely, as in prose.
  const pick = () => words[Math.floor(words.length * random() ** 2)]!;
  const sentence = () => {
    const text = Array.from({ length: 8 + Math.floor(random() * 9) }, pick).join(' ');
    const first = language === 'en' ? text[0]!.toUpperCase() + text.slice(1) : text;
    return `${first}${language === 'hi' ? '।' : '.'}`;
  };
  const words_ = (count: number) => Array.from({ length: count }, pick).join(' ');
  return { sentence, words: words_ };
}

const ORGANISATIONS = 60;
const TAGS = 40;

function writeRegistries(root: string): void {
  const orgs = Array.from({ length: ORGANISATIONS }, (_, i) =>
    `bench-org-${i}:\n  name:\n    en: Bench Trade Association ${i}\n    hi: बेंच व्यापार संघ ${i}\n  country: ${['IN', 'CN', 'BY', 'AE', 'DE'][i % 5]}\n`,
  );
  const tags = Array.from({ length: TAGS }, (_, i) => `bench-topic-${i}:\n  label:\n    en: Bench topic ${i}\n    hi: बेंच विषय ${i}\n`);
  writeFileSync(path.join(root, 'organisations.yml'), orgs.join('\n'));
  writeFileSync(path.join(root, 'tags.yml'), tags.join('\n'));
}

/** Ids drawn with a skew, so a few organisations and topics hold a large share of articles (the worst case for related articles). */
function pickIds(prefix: string, total: number, count: number, random: () => number): string[] {
  const ids = new Set<string>();
  while (ids.size < count) ids.add(`${prefix}-${Math.floor(total * random() ** 2)}`);
  return [...ids];
}

function articleText(language: Language, slug: string, i: number, organisations: string[], tags: string[], random: () => number): string {
  const w = makeWriter(language, random);
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 28) + 1).padStart(2, '0');
  const year = 2015 + Math.floor(i / 336) % 11;
  const paragraph = (sentences: number) => Array.from({ length: sentences }, w.sentence).join(' ');
  const body = [
    paragraph(5),
    paragraph(5),
    `## ${w.words(4)}`,
    paragraph(6),
    Array.from({ length: 4 }, () => `- ${w.words(9)}`).join('\n'),
    `## ${w.words(3)}`,
    paragraph(6),
    `> ${w.sentence()}`,
    paragraph(5),
    paragraph(4),
  ].join('\n\n');
  return [
    '---',
    `title: "${w.words(9)}"`,
    `summary: "${w.words(22)}${language === 'hi' ? '।' : '.'}"`,
    `postTime: ${year}-${month}-${day}T${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+05:30`,
    `locale: ${language}`,
    `organisations: [${organisations.join(', ')}]`,
    ...(tags.length ? [`tags: [${tags.join(', ')}]`] : []),
    '---',
    '',
    body,
    '',
  ].join('\n');
}

interface SyntheticArticle { slug: string; language: Language; text: string }

/** Pair `i` in both languages; the same organisations in each, as the content check requires. */
function makePair(i: number): SyntheticArticle[] {
  const random = makeRandom(7919 * (i + 1));
  const organisations = pickIds('bench-org', ORGANISATIONS, 1 + Math.floor(random() * 3), random);
  const tags = pickIds('bench-topic', TAGS, Math.floor(random() * 4), random);
  const slug = `bench-article-${i}`;
  return LANGUAGES.map((language) => ({ slug, language, text: articleText(language, slug, i, organisations, tags, random) }));
}

function writeContent(root: string, pairs: number): void {
  mkdirSync(path.join(root, 'articles'), { recursive: true });
  writeRegistries(root);
  for (let i = 0; i < pairs; i++) for (const a of makePair(i)) writeFileSync(path.join(root, 'articles', `${a.slug}.${a.language}.md`), a.text);
}

// ---------------------------------------------------------------- the bare baseline

/**
 * The leanest App Router blog: one layout, a home page listing the newest 20
 * posts, one page per post (gray-matter + remark-html, as Next's
 * examples/blog-starter does), no i18n, default next.config.
 */
function writeBaseline(dir: string, contentRoot: string): void {
  writeBareNextApp(dir, 'bench-baseline', {
    'tsconfig.json': JSON.stringify({
      compilerOptions: { target: 'ES2022', lib: ['dom', 'esnext'], strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', skipLibCheck: true, isolatedModules: true, esModuleInterop: true, resolveJsonModule: true, paths: { '@/*': ['./*'] }, plugins: [{ name: 'next' }] },
      include: ['**/*.ts', '**/*.tsx'],
      exclude: ['node_modules'],
    }),
    'lib/api.ts': `import fs from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { remark } from 'remark';
import html from 'remark-html';

const postsDirectory = join(process.cwd(), '_posts');

export type Post = { slug: string; title: string; summary: string; date: string; content: string };

export function getPostSlugs(): string[] {
  return fs.readdirSync(postsDirectory).map((file) => file.replace(/\\.md$/, ''));
}

export function getPostBySlug(slug: string): Post {
  const { data, content } = matter(fs.readFileSync(join(postsDirectory, \`\${slug}.md\`), 'utf8'));
  return { slug, title: data.title, summary: data.summary, date: String(data.postTime), content };
}

export function getAllPosts(): Post[] {
  return getPostSlugs().map(getPostBySlug).sort((a, b) => (a.date > b.date ? -1 : 1));
}

export async function markdownToHtml(markdown: string): Promise<string> {
  return (await remark().use(html).process(markdown)).toString();
}
`,
    'app/layout.tsx': `export const metadata = { title: 'Bench blog', description: 'A bare Next.js blog' };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
    'app/page.tsx': `import Link from 'next/link';
import { getAllPosts } from '@/lib/api';
export default function Home() {
  return <main><h1>Blog</h1><ul>{getAllPosts().slice(0, 20).map((p) => <li key={p.slug}><Link href={\`/posts/\${p.slug}\`}>{p.title}</Link><p>{p.summary}</p></li>)}</ul></main>;
}
`,
    'app/posts/[slug]/page.tsx': `import { notFound } from 'next/navigation';
import { getAllPosts, getPostBySlug, getPostSlugs, markdownToHtml } from '@/lib/api';
export const dynamicParams = false;
export function generateStaticParams() {
  return getPostSlugs().map((slug) => ({ slug }));
}
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const post = getPostBySlug((await params).slug);
  return { title: post.title, description: post.summary };
}
export default async function Post({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!getPostSlugs().includes(slug)) notFound();
  const post = getPostBySlug(slug);
  const content = await markdownToHtml(post.content);
  return <main><article><h1>{post.title}</h1><p>{post.date}</p><div dangerouslySetInnerHTML={{ __html: content }} /></article></main>;
}
`,
  });
  cpSync(path.join(contentRoot, 'articles'), path.join(dir, '_posts'), { recursive: true });
}

// ---------------------------------------------------------------- measuring

interface Measurement { seconds: number; peakBytes: number; outputBytes: number; phases: Record<string, number>; articlePage: ReturnType<typeof measureArticlePages> }

/** An article page's HTML as served, in bytes: the whole file, the RSC payload Next inlines in it, and the visible `<article>` element. */
interface PageWeight { html: number; payload: number; article: number }

/** Next inlines the payload as `<script>self.__next_f.push(…)</script>` elements, the same in the site's pages (after its page-document pass) and the baseline's. */
const PAYLOAD_SCRIPT = /<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g;

function measurePage(file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const bytes = (text: string) => Buffer.byteLength(text);
  const payload = [...html.matchAll(PAYLOAD_SCRIPT)].reduce((sum, [script]) => sum + bytes(script), 0);
  // One <article> per article page, in the site's and the baseline's alike; a page without one would make its ratio infinite.
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  if (start < 0 || end < start) throw new Error(`${file} has no <article> element to weigh its payload against`);
  return { html: bytes(html), payload, article: bytes(html.slice(start, end + '</article>'.length)) };
}

/**
 * Medians over every article page in `dirs` (every `.html` file there): each
 * size on its own, and the payload ÷ `<article>` of each page (Hindi and English
 * pages differ in size, so the ratio of two medians could pair different pages).
 */
function measureArticlePages(dirs: string[]): PageWeight & { payloadPerArticle: number } {
  const files = dirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.html')).map((name) => path.join(dir, name)) : []));
  if (!files.length) throw new Error(`no article pages in ${dirs.join(', ')}`);
  const pages = files.map(measurePage);
  const median = (pick: (page: PageWeight) => number) => {
    const sorted = pages.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return { html: median((p) => p.html), payload: median((p) => p.payload), article: median((p) => p.article), payloadPerArticle: median((p) => p.payload / p.article) };
}

/** Resident memory of `root` and all its descendants, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

function folderBytes(dir: string, skip: (name: string) => boolean = () => false): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else total += lstatSync(full).size;
  }
  return total;
}

/** Time spent in Next's own build phases, from the trace it writes into the dist folder (top-level spans only). */
function readPhases(distDir: string): Record<string, number> {
  const file = path.join(distDir, 'trace');
  if (!existsSync(file)) return {};
  const wanted = new Set(['clean', 'run-turbopack', 'static-check', 'static-generation', 'output-standalone']);
  const phases: Record<string, number> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    for (const event of JSON.parse(line) as { name: string; duration: number }[]) {
      if (wanted.has(event.name)) phases[event.name] = (phases[event.name] ?? 0) + event.duration / 1e6;
    }
  }
  return phases;
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log: string }): Promise<{ seconds: number; peakBytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let peak = 0;
    const sample = () => (peak = Math.max(peak, treeRss(child.pid!)));
    const timer = setInterval(sample, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      writeFileSync(options.log, log);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}); its output is in ${options.log}:\n${log.slice(-3000)}`));
      else resolve({ seconds, peakBytes: peak });
    });
  });
}

const buildEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: 'https://bench.example', ...extra });

/**
 * A site build deletes the output it replaced after it ends, in a detached
 * process (lib/deploy/previous-build.ts): wait for that before measuring the
 * next build, so no build is measured beside another's deleting.
 */
async function waitForDiscards(): Promise<void> {
  const pending = () => readdirSync(ROOT).filter((name) => name.startsWith('.next-discarded-'));
  // A folder left by a stopped build is deleted by the next build, not by a process of its own: don't wait for it for ever.
  for (const deadline = Date.now() + 180_000; pending().length && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 250));
  if (pending().length) process.stdout.write(`(measuring beside ${pending().join(', ')}, still not deleted after 3 minutes) `);
}

async function buildBaseline(dir: string, logDir: string, logName: string): Promise<Measurement> {
  const { seconds, peakBytes } = await run(process.execPath, [NEXT_BIN, 'build'], { cwd: dir, env: buildEnv({}), log: path.join(logDir, `${logName}.log`) });
  const distDir = path.join(dir, '.next');
  return { seconds, peakBytes, outputBytes: folderBytes(distDir, (name) => name === 'cache'), phases: readPhases(distDir), articlePage: measureArticlePages([path.join(distDir, 'server/app/posts')]) };
}

/** `next build` adds its dist folder's generated types to the project's tsconfig.json; the benchmark's folders are temporary, so their lines go again. */
function dropTsconfigEntries(distName: string): void {
  const file = path.join(ROOT, 'tsconfig.json');
  const text = readFileSync(file, 'utf8');
  const kept = text.split('\n').filter((line) => !line.includes(`"${distName}/`));
  if (kept.length === text.split('\n').length) return;
  // The entry before a removed last one keeps its comma: drop it, so the file stays the plain JSON Next wrote.
  writeFileSync(file, kept.join('\n').replace(/,(\s*\])/g, '$1'));
}

/**
 * Profiles every process of `next build`: Node 20 refuses --cpu-prof in
 * NODE_OPTIONS, and Next's own NEXT_CPU_PROF loses its static workers' profiles
 * (they are stopped by signals, and all write under one name per second), so
 * this preload starts the inspector's profiler in each process and writes the
 * profile in parts.
 */
function writeProfilePreload(file: string, dir: string): void {
  writeFileSync(file, `if (!process.execArgv.includes('--cpu-prof')) {
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 2000 });
session.post('Profiler.start');
let part = 0;
// Written in parts every 5 s too: Next ends some workers with SIGKILL, which no handler sees.
function save() {
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(${JSON.stringify(dir)} + '/next-' + process.pid + '-' + part++ + '.cpuprofile', JSON.stringify(result.profile));
  });
  session.post('Profiler.start');
}
setInterval(save, 5000).unref();
process.on('exit', save);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { save(); process.exit(130); });
}
`);
}

/** Profiling: scripts/build.ts under node --cpu-prof, which it passes on to scripts/prepare-build.ts and its card-drawing threads; `next build` and its workers through the preload above. */
async function buildSite(contentRoot: string, distName: string, logName: string, logDir: string, profileDir?: string): Promise<Measurement> {
  const preload = profileDir && path.join(profileDir, 'preload.cjs');
  if (preload) {
    mkdirSync(profileDir, { recursive: true });
    writeProfilePreload(preload, profileDir);
  }
  const env = buildEnv({ CONTENT_DIR: contentRoot, NEXT_DIST_DIR: distName, ...(preload ? { NODE_OPTIONS: `--require=${preload}` } : {}) });
  const args = [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), '--import', 'tsx', 'scripts/build.ts'];
  const { seconds, peakBytes } = await run(process.execPath, args, { cwd: ROOT, env, log: path.join(logDir, `${logName}.log`) });
  dropTsconfigEntries(distName);
  const distDir = path.join(ROOT, distName);
  // What `next build` writes (less its cache), plus the compiled content the server reads; the standalone folder is a copy of these plus node_modules.
  const outputBytes = folderBytes(distDir, (name) => name === 'cache' || name === 'standalone') + folderBytes(`${distDir}-content`);
  const articlePage = measureArticlePages(LANGUAGES.map((language) => path.join(distDir, 'server/app', language, 'articles')));
  return { seconds, peakBytes, outputBytes, phases: readPhases(distDir), articlePage };
}

// ---------------------------------------------------------------- profile

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }

/** Self time by function and by package across every process's .cpuprofile in `dir`. */
function summariseProfiles(dir: string): string {
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child) => [child, n.id] as const)));
    const underPreload = (id: number): boolean => {
      for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) if (nodes.get(at)!.callFrame.url.endsWith('preload.cjs')) return true;
      return false;
    };
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id)!;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const { functionName, url, lineNumber } = node.callFrame;
      // Idle, scripts/build.ts waiting for `next build` to finish, and the profiler saving itself are not the build's work.
      if (functionName === '(idle)' || functionName === 'spawnSync' || underPreload(id)) return;
      total += ms;
      const where = url.replace(/^file:\/\//, '').replace(ROOT + '/', '');
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ?? (where.startsWith('node:') || !where ? functionName.startsWith('(') ? functionName : 'node internals' : where.split('/').slice(0, 2).join('/'));
      const key = `${functionName || '(anonymous)'} ${where ? `${where.replace(/.*node_modules\//, '')}:${lineNumber + 1}` : ''}`.trim();
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    });
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `| ${k.replace(/\|/g, '\\|')} | ${(ms / 1000).toFixed(1)} s | ${((100 * ms) / total).toFixed(1)} % |`);
  return [
    `CPU time sampled across all build processes: ${(total / 1000).toFixed(1)} s (idle excluded).`,
    '',
    '| package or folder | self time | share |', '| --- | ---: | ---: |', ...top(byPackage, 12),
    '',
    '| function | self time | share |', '| --- | ---: | ---: |', ...top(byFunction, 20),
  ].join('\n');
}

// ---------------------------------------------------------------- report

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** One round of the rebuild measurement: the baseline built cold, then this site rebuilt after one more pair. */
interface RebuildRound { baseline: Measurement; rebuild: Measurement }
interface Row { n: number; pages: number; baseline: Measurement; site: Measurement; rebuilds: RebuildRound[] }

const roundRatio = (round: RebuildRound) => round.rebuild.seconds / round.baseline.seconds;

/** The round whose ratio is the median (the lower of the middle two for an even count). */
function medianRound(rounds: readonly RebuildRound[]): RebuildRound | undefined {
  return [...rounds].sort((a, b) => roundRatio(a) - roundRatio(b))[Math.floor((rounds.length - 1) / 2)];
}

function report(rows: Row[], profile: string | undefined, started: Date, load: string): string {
  const lines: string[] = [];
  lines.push(`Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus()[0]?.model.trim()} × ${cpus().length}, ${mb(totalmem())} RAM, Node ${process.version}, next ${JSON.parse(readFileSync(path.join(ROOT, 'node_modules/next/package.json'), 'utf8')).version}.`);
  const flags = [`--sizes ${SIZES.join(',')}`, ...(values['rebuild-sizes'] ? [`--rebuild-sizes ${values['rebuild-sizes']}`] : []), ...(REBUILD_ROUNDS !== DEFAULT_REBUILD_ROUNDS ? [`--rebuild-rounds ${REBUILD_ROUNDS}`] : []), ...(values['no-rebuild'] ? ['--no-rebuild'] : []), ...(values.profile ? ['--profile'] : [])];
  lines.push(`Command: \`npm run bench:build -- ${flags.join(' ')}\`. Load: ${load}.`);
  lines.push('');
  lines.push('Rebuild: the median of the rounds, each the site rebuilt after one more pair ÷ the baseline built cold just before it (its own baseline build, not the one in the second column).');
  lines.push('');
  lines.push('| article pages | baseline build | this site | ratio | rebuild +1 pair (its baseline) | ratio to baseline | peak memory (site / baseline) | output (site / baseline) | ratio |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const m = medianRound(r.rebuilds);
    lines.push(`| ${r.pages.toLocaleString('en')} | ${s(r.baseline.seconds)} | ${s(r.site.seconds)} | ${x(r.site.seconds, r.baseline.seconds)} | ${m ? `${s(m.rebuild.seconds)} (${s(m.baseline.seconds)})` : '—'} | ${m ? x(m.rebuild.seconds, m.baseline.seconds) : '—'} | ${mb(r.site.peakBytes)} / ${mb(r.baseline.peakBytes)} | ${mb(r.site.outputBytes)} / ${mb(r.baseline.outputBytes)} | ${x(r.site.outputBytes, r.baseline.outputBytes)} |`);
  }
  lines.push('');
  lines.push('Per article page (wall time ÷ article pages, and Next\'s static-generation phase ÷ article pages):');
  lines.push('');
  lines.push('| article pages | site ms/page | baseline ms/page | site generation ms/page | baseline generation ms/page |');
  lines.push('| ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const per = (m: Measurement, key?: string) => ((1000 * (key ? (m.phases[key] ?? 0) : m.seconds)) / r.pages).toFixed(1);
    lines.push(`| ${r.pages.toLocaleString('en')} | ${per(r.site)} | ${per(r.baseline)} | ${per(r.site, 'static-generation')} | ${per(r.baseline, 'static-generation')} |`);
  }
  lines.push('');
  lines.push('An article page as served (medians over every article page of the cold build, Hindi and English): the HTML file, the RSC payload inlined in it and its `<article>` element, in KB, and the payload of each page ÷ its `<article>`:');
  lines.push('');
  lines.push('| article pages | site HTML | site inline payload | site `<article>` | payload ÷ `<article>` | baseline HTML | baseline inline payload | baseline `<article>` | baseline payload ÷ `<article>` |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const [site, base] = [r.site.articlePage, r.baseline.articlePage];
    lines.push(`| ${r.pages.toLocaleString('en')} | ${kb(site.html)} | ${kb(site.payload)} | ${kb(site.article)} | ${site.payloadPerArticle.toFixed(2)}× | ${kb(base.html)} | ${kb(base.payload)} | ${kb(base.article)} | ${base.payloadPerArticle.toFixed(2)}× |`);
  }
  lines.push('');
  lines.push('Next\'s build phases (from the trace in the dist folder), seconds:');
  lines.push('');
  const phaseNames = [...new Set(rows.flatMap((r) => [...Object.keys(r.site.phases), ...Object.keys(r.baseline.phases)]))];
  lines.push(`| article pages | build | ${phaseNames.join(' | ')} |`);
  lines.push(`| ---: | --- | ${phaseNames.map(() => '---:').join(' | ')} |`);
  for (const r of rows) {
    const m = medianRound(r.rebuilds);
    for (const [name, measured] of [['baseline', r.baseline], ['site', r.site], ['baseline, rebuild round', m?.baseline], ['site rebuild', m?.rebuild]] as const) {
      if (measured) lines.push(`| ${r.pages.toLocaleString('en')} | ${name} | ${phaseNames.map((p) => (measured.phases[p] === undefined ? '—' : measured.phases[p]!.toFixed(1))).join(' | ')} |`);
    }
  }
  lines.push('', ...targets(rows));
  if (profile) lines.push('', '### Profile', '', profile);
  return lines.join('\n');
}

/** The issue's targets, each with its figure and its ratio to the baseline of the same run. */
function targets(rows: Row[]): string[] {
  const met = (ok: boolean) => (ok ? 'yes' : 'no');
  const at = (pages: number) => rows.find((r) => r.pages === pages);
  const lines = ['| target | measured | ratio to the baseline | met |', '| --- | ---: | ---: | :---: |'];
  const at3000 = at(3000);
  if (at3000) lines.push(`| cold build at 3,000 article pages ≤ 2.5× the baseline | ${s(at3000.site.seconds)} (baseline ${s(at3000.baseline.seconds)}) | ${x(at3000.site.seconds, at3000.baseline.seconds)} | ${met(at3000.site.seconds <= 2.5 * at3000.baseline.seconds)} |`);
  const [small, large] = [at(1000), at(10000)];
  if (small && large) {
    const per = (r: Row, m: Measurement) => m.seconds / r.pages;
    const growth = per(large, large.site) / per(small, small.site);
    lines.push(`| per-page cost at 10,000 pages within 10 % of the cost at 1,000 | ${(1000 * per(large, large.site)).toFixed(0)} ms against ${(1000 * per(small, small.site)).toFixed(0)} ms (wall ÷ article pages) | ${growth.toFixed(2)} of the 1,000-page cost (baseline ${(per(large, large.baseline) / per(small, small.baseline)).toFixed(2)}) | ${met(growth <= 1.1)} |`);
  }
  const peak = rows.reduce((a, b) => (b.site.peakBytes > a.site.peakBytes ? b : a));
  lines.push(`| peak memory < 2 GB | ${mb(peak.site.peakBytes)} at ${peak.pages.toLocaleString('en')} pages | ${x(peak.site.peakBytes, peak.baseline.peakBytes)} | ${met(peak.site.peakBytes < 2 * 1024 ** 3)} |`);
  for (const r of rows) lines.push(`| output ≤ 1.5× the baseline's, ${r.pages.toLocaleString('en')} pages | ${mb(r.site.outputBytes)} (baseline ${mb(r.baseline.outputBytes)}) | ${x(r.site.outputBytes, r.baseline.outputBytes)} | ${met(r.site.outputBytes <= 1.5 * r.baseline.outputBytes)} |`);
  for (const r of rows) {
    const [site, base] = [r.site.articlePage, r.baseline.articlePage];
    lines.push(`| inline payload of an article page ≤ its \`<article>\`, ${r.pages.toLocaleString('en')} pages (median page) | ${site.payloadPerArticle.toFixed(2)}× its \`<article>\` (${kb(site.payload)} KB beside ${kb(site.article)} KB; the baseline's page ${base.payloadPerArticle.toFixed(2)}×) | payload ${x(site.payload, base.payload)} | ${met(site.payloadPerArticle <= 1)} |`);
  }
  for (const r of rows) {
    const m = medianRound(r.rebuilds);
    if (!m) continue;
    const rounds = r.rebuilds.length > 1 ? `; median of ${r.rebuilds.length} rounds: ${r.rebuilds.map((round) => x(round.rebuild.seconds, round.baseline.seconds)).join(', ')}` : '';
    lines.push(`| rebuild after adding one pair ≤ 1.3× the baseline's cold build, ${r.pages.toLocaleString('en')} pages | ${s(m.rebuild.seconds)} (baseline ${s(m.baseline.seconds)}${rounds}) | ${x(m.rebuild.seconds, m.baseline.seconds)} | ${met(roundRatio(m) <= 1.3)} |`);
  }
  return lines;
}

const BEGIN = '<!-- bench:build begin -->';
const END = '<!-- bench:build end -->';

/** Replaces only the build section's generated block, so the rest of the file (others' sections) is untouched. */
function writeDoc(markdown: string): void {
  const text = readFileSync(DOC, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} has no ${BEGIN} … ${END} block; add one under the Build heading`);
  writeFileSync(DOC, `${text.slice(0, start + BEGIN.length)}\n${markdown}\n${text.slice(end)}`);
}

// ---------------------------------------------------------------- main

async function main() {
  const started = new Date();
  const loadAtStart = loadavg();
  const loadBefore = loadAtStart.map((l) => l.toFixed(1)).join(', ');
  const work = mkdtempSync(path.join(tmpdir(), 'vyapar-bench-build-'));
  const logDir = path.join(work, 'logs');
  mkdirSync(logDir);
  process.stdout.write(`bench:build: working in ${work}; logs in ${logDir}; load average ${loadBefore}; free memory ${mb(freemem())}\n`);
  const rows: Row[] = [];
  let profile: string | undefined;
  // The run's own share-image and Markdown caches (the project's .cache/ may be in use by another build): emptied before each cold build.
  const cache = path.join(work, 'share-images');
  process.env.SHARE_IMAGE_CACHE_DIR = cache;
  const parseCache = path.join(work, 'markdown');
  process.env.PARSE_CACHE_DIR = parseCache;
  {
    for (const n of SIZES) {
      const content = path.join(work, `content-${n}`);
      writeContent(content, n);
      const baselineDir = path.join(work, `baseline-${n}`);
      writeBaseline(baselineDir, content);
      process.stdout.write(`N=${n}: baseline… `);
      await waitForDiscards();
      const baseline = await buildBaseline(baselineDir, logDir, `baseline-${n}`);
      rmSync(baselineDir, { recursive: true, force: true });
      process.stdout.write(`${s(baseline.seconds)}; site cold… `);
      rmSync(cache, { recursive: true, force: true });
      rmSync(parseCache, { recursive: true, force: true });
      const distName = `.next-bench-build-${n}`;
      rmSync(path.join(ROOT, distName), { recursive: true, force: true });
      const profileDir = values.profile && n === SIZES[0] ? path.join(work, 'profile') : undefined;
      await waitForDiscards();
      const site = await buildSite(content, distName, `site-${n}`, logDir, profileDir);
      if (profileDir) profile = summariseProfiles(profileDir);
      process.stdout.write(`${s(site.seconds)}`);
      const row: Row = { n, pages: 2 * n, baseline, site, rebuilds: [] };
      rows.push(row);
      // So a long run that is stopped still leaves what it finished.
      const saveReport = () => writeFileSync(path.join(work, 'report.md'), report(rows, profile, started, `load average ${loadBefore} at the start`));
      saveReport();
      const rebuildSizes = values['rebuild-sizes']?.split(',').map(Number);
      if (!values['no-rebuild'] && (!rebuildSizes || rebuildSizes.includes(n))) {
        for (let round = 1; round <= REBUILD_ROUNDS; round++) {
          // Each round's pair is new (pairs 0 … n-1 are the cold build's): a rebuild after one more article pair.
          for (const a of makePair(n + round - 1)) writeFileSync(path.join(content, 'articles', `${a.slug}.${a.language}.md`), a.text);
          process.stdout.write(`; round ${round}: baseline… `);
          writeBaseline(baselineDir, content);
          await waitForDiscards();
          const roundBaseline = await buildBaseline(baselineDir, logDir, `baseline-${n}-round-${round}`);
          rmSync(baselineDir, { recursive: true, force: true });
          process.stdout.write(`${s(roundBaseline.seconds)}, rebuild +1 pair… `);
          await waitForDiscards();
          const rebuild = await buildSite(content, distName, `site-${n}-rebuild-${round}`, logDir);
          row.rebuilds.push({ baseline: roundBaseline, rebuild });
          process.stdout.write(`${s(rebuild.seconds)} (${x(rebuild.seconds, roundBaseline.seconds)})`);
          saveReport();
        }
      }
      process.stdout.write('\n');
      if (!values.keep) {
        rmSync(path.join(ROOT, distName), { recursive: true, force: true });
        rmSync(path.join(ROOT, `${distName}-content`), { recursive: true, force: true });
        rmSync(content, { recursive: true, force: true });
      }
    }
  }
  // The figure after includes the builds themselves; only the one before says whether other work was running.
  const load = `load average ${loadBefore} before, ${loadavg().map((l) => l.toFixed(1)).join(', ')} after${loadAtStart[0]! > 1 ? ' (above 1 at the start: other work had been running just before)' : ''}`;
  const markdown = report(rows, profile, started, load);
  process.stdout.write(`\n${markdown}\n`);
  if (values.write) writeDoc(markdown);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

if (values['summarise-profile']) process.stdout.write(`${summariseProfiles(values['summarise-profile'])}\n`);
else await main();
