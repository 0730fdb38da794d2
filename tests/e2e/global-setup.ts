import type { TestProject } from 'vitest/node';
import { acquireE2eLock } from './support/lock';
import { buildSite, freePort, startSite, startStandalone, startStatic, type RunningSite } from './support/site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from content/ (the real articles). */
    realUrl: string;
    /** The site built from tests/fixtures/site (synthetic drafts, scheduled and one-language articles). */
    fixtureUrl: string;
    /** The fixture build's standalone folder, copied away from the project (no content/) and bound to 127.0.0.1. */
    standaloneUrl: string;
    /** nginx serving the fixture site's static export (`npm run build:static` + `npm run serve:static`), built with SITE_URL set to this address. */
    staticUrl: string;
    /** nginx serving the real site's static export: smoke tests only. */
    realStaticUrl: string;
  }
}

/**
 * Production builds of both sites as readers would get them: the real one by
 * `next start` and nginx (smoke tests only), the fixture one by `next start`,
 * its standalone folder and nginx over its static export.
 */
export default async function setup(project: TestProject) {
  const release = await acquireE2eLock();
  const running: RunningSite[] = [];
  const stopAll = () => {
    for (const site of running) site.stop();
    release();
  };
  try {
    const real = { name: 'real', contentDir: 'content' };
    // Two articles per page, so a handful of fixture articles spans several pages. Built and served west of UTC,
    // where a date read as UTC midnight would show the day before (pages are rendered at build time).
    const fixture = { name: 'fixture', contentDir: 'tests/fixtures/site', env: { PAGE_SIZE: '2', TZ: 'America/Los_Angeles' } };
    // A static export fixes its links at build time, so its address is chosen first.
    const [fixtureStaticPort, realStaticPort] = [await freePort(), await freePort()];
    const fixtureStatic = { ...fixture, name: 'fixture-static', static: true, env: { ...fixture.env, SITE_URL: `http://127.0.0.1:${fixtureStaticPort}` } };
    const realStatic = { ...real, name: 'real-static', static: true, env: { SITE_URL: `http://127.0.0.1:${realStaticPort}` } };
    for (const spec of [real, fixture, fixtureStatic, realStatic]) buildSite(spec);
    running.push(await startSite(real));
    running.push(await startSite(fixture));
    running.push(await startStandalone(fixture));
    running.push(await startStatic(fixtureStatic, fixtureStaticPort));
    running.push(await startStatic(realStatic, realStaticPort));
  } catch (error) {
    stopAll();
    throw error;
  }
  project.provide('realUrl', running[0]!.url);
  project.provide('fixtureUrl', running[1]!.url);
  project.provide('standaloneUrl', running[2]!.url);
  project.provide('staticUrl', running[3]!.url);
  project.provide('realStaticUrl', running[4]!.url);
  return stopAll;
}
