import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script';
import { makeFileTempFolder } from '../support/temp-folder';

const temp = makeFileTempFolder('bad-site');

describe('npm run build', () => {
  it('refuses bad content before Next compiles anything, with the check report and no stack trace', () => {
    cpSync('tests/fixtures/site', temp, { recursive: true });
    cpSync('tests/fixtures/bad/articles/bad-impossible-date.hi.md', path.join(temp, 'articles/synthetic-typo.hi.md'));
    const distDir = `.next-refused-${process.pid}`;
    const { status, output } = runScript('npm', ['run', 'build'], temp, { NEXT_DIST_DIR: distDir });
    expect(status).not.toBe(0);
    expect(output).toContain(`${temp}/articles/synthetic-typo.hi.md:4: postTime: 2024-02-30 is not a real calendar day`);
    expect(output).toMatch(/✗ 1 error in 1 file, \d+ warnings\. Nothing can be published until every error is fixed\./);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/▲ Next\.js|Creating an optimized production build/);
    expect(existsSync(distDir)).toBe(false);
  });

  it('leaves the previous build in place when it refuses the content (it is deleted only once the content has passed)', () => {
    const distDir = `.next-refused-kept-${process.pid}`;
    mkdirSync(path.join(distDir, 'server', 'app'), { recursive: true });
    writeFileSync(path.join(distDir, 'server', 'app', 'index.html'), 'the last good build');
    writeFileSync(path.join(distDir, 'BUILD_ID'), 'previous');
    try {
      const { status, output } = runScript('npm', ['run', 'build'], temp, { NEXT_DIST_DIR: distDir });
      expect(status).not.toBe(0);
      expect(output).toContain('synthetic-typo.hi.md:4: postTime');
      expect(readdirSync(distDir).sort()).toEqual(['BUILD_ID', 'server']);
      expect(existsSync(path.join(distDir, 'server', 'app', 'index.html'))).toBe(true);
    } finally {
      rmSync(distDir, { recursive: true, force: true });
    }
  });

  it('build:static refuses to run without SITE_URL, since every link of a static site is fixed at build time', () => {
    const distDir = `.next-refused-static-${process.pid}`;
    const { status, output } = runScript('npm', ['run', 'build:static'], 'tests/fixtures/site', { NEXT_DIST_DIR: distDir, SITE_URL: '' });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL is not set');
    expect(output).toContain('SITE_URL=https://vyapar.example npm run build:static');
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(distDir)).toBe(false);
  });

  it('a build without SITE_URL says which links will carry localhost, and one with a malformed SITE_URL refuses', () => {
    const distDir = `.next-refused-url-${process.pid}`;
    const bad = runScript('npm', ['run', 'build'], 'tests/fixtures/site', { NEXT_DIST_DIR: distDir, SITE_URL: 'vyapar.example' });
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('SITE_URL "vyapar.example" is not a URL');
    expect(existsSync(distDir)).toBe(false);
  });
});
