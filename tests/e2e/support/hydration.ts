/**
 * A browser expression, true once React has hydrated the page's `<main>`: it
 * keys each element it hydrates with its fiber. Text, so nothing of the
 * caller's compiled code reaches the page. Used by waitForHydration
 * (browser.ts) and polled by scripts/bench-pages.ts, which runs outside Vitest
 * (so this module imports nothing).
 */
export const MAIN_HYDRATED = `(() => { const main = document.querySelector('main'); return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber$')); })()`;
