// Runs once when a Next server starts (next start, the standalone server, next dev), before it answers requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseRequestsNextMishandles } = await import('./lib/security/next-workarounds');
  refuseRequestsNextMishandles();
}
