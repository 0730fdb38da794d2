import { serveServiceWorker } from '@/lib/offline/worker-route';

// Built once while `next build` prerenders it: a plain file for the standalone server and the static export.
export const dynamic = 'force-static';

export const GET = serveServiceWorker;
