import { afterAll } from 'vitest';

export const FIXTURE_SITE_URL = 'https://vyapar.example';

/**
 * Points lib at the synthetic fixture site and a fixed SITE_URL for one test
 * file: set at once, so describe blocks may read the site while collecting.
 */
export function useFixtureSite(): void {
  const saved = { CONTENT_DIR: process.env.CONTENT_DIR, SITE_URL: process.env.SITE_URL };
  process.env.CONTENT_DIR = 'tests/fixtures/site';
  process.env.SITE_URL = FIXTURE_SITE_URL;
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
}
