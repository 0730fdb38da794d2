import type { TestProject } from 'vitest/node';
import { acquireE2eLock } from './support/lock';
import { buildSite, startSite, type RunningSite } from './support/site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from content/ (the real articles). */
    realUrl: string;
    /** The site built from tests/fixtures/site (synthetic drafts, scheduled and one-language articles). */
    fixtureUrl: string;
  }
}

/** Production builds of both sites, served by `next start`, as readers would get them. */
export default async function setup(project: TestProject) {
  const release = await acquireE2eLock();
  const running: RunningSite[] = [];
  const stopAll = () => {
    for (const site of running) site.stop();
    release();
  };
  try {
    const real = { name: 'real', contentDir: 'content' };
    // Two articles per page, so a handful of fixture articles spans several pages.
    const fixture = { name: 'fixture', contentDir: 'tests/fixtures/site', env: { PAGE_SIZE: '2' } };
    buildSite(real);
    buildSite(fixture);
    // West of UTC, where a date read as UTC midnight would show the day before.
    running.push(await startSite(real, { TZ: 'America/Los_Angeles' }));
    running.push(await startSite(fixture));
  } catch (error) {
    stopAll();
    throw error;
  }
  project.provide('realUrl', running[0]!.url);
  project.provide('fixtureUrl', running[1]!.url);
  return stopAll;
}
