'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { SavePageMessage } from '@/lib/offline/offline-policy';

/**
 * Registers the offline-reading worker (lib/offline/service-worker.ts), and
 * after each navigation inside the app asks it to save the new page: Next's
 * router fetched only the page's data, so the worker never saw its HTML. On
 * `next dev` it registers nothing and removes a worker left by a build, so
 * edits are never hidden behind saved pages.
 *
 * Both values come as props: importing them would put lib/offline/offline-policy.ts
 * and, through it, the whole route table (lib/routes.ts) into every page's script.
 */
export function ServiceWorkerRegistration({ scriptPath, saveMessageType }: { scriptPath: string; saveMessageType: SavePageMessage['type'] }) {
  const pathname = usePathname();
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    if (process.env.NODE_ENV === 'development') {
      void navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((r) => void r.unregister()));
      return;
    }
    // A failed registration (private mode, storage off) leaves the site as it was: online only.
    navigator.serviceWorker.register(scriptPath, { scope: '/' }).catch(() => undefined);
  }, [scriptPath]);

  useEffect(() => {
    // The first page came as a document: the worker saved it (or saves it when it installs).
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    const message: SavePageMessage = { type: saveMessageType, path: pathname };
    navigator.serviceWorker?.controller?.postMessage(message);
  }, [pathname, saveMessageType]);

  return null;
}
