import type { TestProject } from 'vitest/node';
import { acquireE2eLock } from './support/lock';
import { buildSite, startSite, startStandalone, type RunningSite } from './support/site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from content/ (the real articles). */
    realUrl: string;
    /** The site built from tests/fixtures/site (synthetic drafts, scheduled and one-language articles). */
    fixtureUrl: string;
    /** The fixture build's standalone folder, copied away from the project (no content/) and bound to 127.0.0.1. */
    standaloneUrl: string;
    /** nginx serving the fixture site's static export (`npm run build:static` + `npm run serve:static`); empty until that mode exists. */
    staticUrl: string;
  }
}

/** Production builds of both sites, served by `next start` (and the fixture build's standalone folder), as readers would get them. */
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
    buildSite(real);
    buildSite(fixture);
    running.push(await startSite(real));
    running.push(await startSite(fixture));
    running.push(await startStandalone(fixture));
  } catch (error) {
    stopAll();
    throw error;
  }
  project.provide('realUrl', running[0]!.url);
  project.provide('fixtureUrl', running[1]!.url);
  project.provide('standaloneUrl', running[2]!.url);
  project.provide('staticUrl', '');
  return stopAll;
}
