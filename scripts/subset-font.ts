/**
 * Regenerates components/styles/fonts/noto-sans-devanagari-400-700.woff2, the
 * one Devanagari font file the site serves (components/styles/fonts.css says
 * when a browser downloads it). Run only when changing the font:
 *
 *   npm run font:subset
 *
 * Source: Noto Sans Devanagari's variable font as @fontsource-variable ships it
 * (already cut to the Devanagari block, weights 100–900, 121 KB), taken with
 * `npm pack` so the site does not depend on the package. Two cuts, with
 * fontTools (Debian: apt-get install python3-fonttools python3-brotli):
 *  - the weight axis is limited to 400–700, the only weights the stylesheet
 *    uses: regular text and bold headings come from one file;
 *  - only the characters Hindi and Marathi text use are kept (the Devanagari
 *    block less the Vedic signs U+0900 and U+0951–0954, the Kashmiri vowel
 *    signs U+093A–093B, U+094E–094F and U+0955–0957, the high spacing dot
 *    U+0971 and the Sindhi, Kashmiri and other letters U+0973–097F; plus
 *    ZWNJ/ZWJ, ₹ and the dotted circle), with every OpenType layout feature
 *    (conjuncts, half forms, reph and matra placement need them all); glyph
 *    names go. The letters left out took 10 KB with their conjuncts; pages
 *    that hold one draw it with the system's Devanagari font.
 * Result: 59 KB, against 104 KB for fontsource's static 400 and 700 files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SOURCE_PACKAGE = '@fontsource-variable/noto-sans-devanagari@5.3.0';
const SOURCE_FILE = 'package/files/noto-sans-devanagari-devanagari-wght-normal.woff2';
const OUTPUT = 'components/styles/fonts/noto-sans-devanagari-400-700.woff2';
/** Keep in step with unicode-range in components/styles/fonts.css. */
const UNICODES = 'U+0901-0939,U+093C-094D,U+0950,U+0958-0970,U+0972,U+200C-200D,U+20B9,U+25CC';
// Debian's interpreter, where apt puts fontTools; another one can be named with PYTHON.
const python = process.env.PYTHON ?? '/usr/bin/python3';

function run(command: string, args: string[], cwd?: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    const hint = command === python ? `\n(needs fontTools and Brotli: apt-get install python3-fonttools python3-brotli, or set PYTHON)` : '';
    process.stderr.write(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}${hint}\n`);
    process.exit(1);
  }
}

function main(): void {
  const work = mkdtempSync(path.join(tmpdir(), 'subset-font-'));
  try {
    run('npm', ['pack', '--silent', SOURCE_PACKAGE], work);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${SOURCE_PACKAGE} left no tarball in ${work}`);
    run('tar', ['xzf', tarball], work);
    const limited = path.join(work, 'limited.ttf');
    run(python, ['-m', 'fontTools.varLib.instancer', path.join(work, SOURCE_FILE), 'wght=400:700', '-o', limited]);
    run(python, ['-m', 'fontTools.subset', limited, `--unicodes=${UNICODES}`, '--layout-features=*', '--no-glyph-names', '--flavor=woff2', `--output-file=${path.resolve(OUTPUT)}`]);
    process.stdout.write(`${OUTPUT}: ${(statSync(OUTPUT).size / 1024).toFixed(1)} KiB\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
