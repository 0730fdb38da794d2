/** Placeholder until the static-export finishing step lands: the build calls it after `next build` with output: 'export'. */
export function finishStaticSite(): void {}
