/**
 * Where the editor at /admin saves, and what it may connect to: the git host
 * in production (docs/editing.md), decap-server on a developer's machine.
 * Imports nothing but the route table (type imports only), so next.config.ts can read ADMIN
 * without loading the content code.
 */
import { adminPath } from '../routes';

export interface BackendSettings {
  /** github, gitlab or gitea: where saving commits in production (docs/editing.md). */
  name: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch: string;
  /** OAuth server (GitHub, Gitea) or self-hosted GitLab/Gitea address. */
  baseUrl?: string;
  apiRoot?: string;
  appId?: string;
  /** Drafts and reviews as pull/merge requests (GitHub and GitLab). */
  editorialWorkflow: boolean;
  /** Port of `decap-server`, the local backend `npm run edit` starts. */
  localPort: number;
}

const API_ROOTS: Record<BackendSettings['name'], string | undefined> = { github: 'https://api.github.com', gitlab: 'https://gitlab.com/api/v4', gitea: undefined };

/** Production backend from the environment of `npm run admin:prepare` (the build); every variable is optional for local editing. */
export function readBackendSettings(env: Record<string, string | undefined> = process.env): BackendSettings {
  const name = env.CMS_BACKEND ?? 'github';
  if (name !== 'github' && name !== 'gitlab' && name !== 'gitea') {
    throw new Error(`CMS_BACKEND=${name} is not supported — set it to github, gitlab or gitea (docs/editing.md)`);
  }
  const localPort = Number(env.CMS_LOCAL_PORT ?? 8081);
  if (!Number.isInteger(localPort) || localPort < 1 || localPort > 65535) throw new Error(`CMS_LOCAL_PORT=${env.CMS_LOCAL_PORT} is not a port number — write e.g. CMS_LOCAL_PORT=8081`);
  return {
    name,
    repo: env.CMS_REPO ?? 'OWNER/REPOSITORY',
    branch: env.CMS_BRANCH ?? 'main',
    baseUrl: env.CMS_BASE_URL || undefined,
    apiRoot: env.CMS_API_ROOT || undefined,
    appId: env.CMS_APP_ID || undefined,
    editorialWorkflow: env.CMS_EDITORIAL_WORKFLOW === 'true' && name !== 'gitea',
    localPort,
  };
}

/**
 * The Content-Security-Policy /admin needs, which the site's own policy is too
 * strict for: Decap CMS compiles code at run time ('unsafe-eval'), writes its
 * styles inline (emotion) and shows uploads from blob: URLs. Everything it
 * loads comes from /admin itself; it talks only to the site, the git host's
 * API and, on a developer's machine, the local backend.
 */
export function getAdminCsp(backend: BackendSettings): string {
  const apiRoot = backend.apiRoot ?? API_ROOTS[backend.name];
  const api = [apiRoot, backend.baseUrl].filter((u): u is string => Boolean(u)).map((u) => new URL(u).origin);
  const local = [`http://localhost:${backend.localPort}`, `http://127.0.0.1:${backend.localPort}`];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${[...new Set(api), ...local].join(' ')}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** For next.config.ts (headers on /admin only), from the same environment as the generated config. */
export const ADMIN_CSP = getAdminCsp(readBackendSettings());

/**
 * How every way of serving serves the editor (public/admin/index.html, which
 * the build writes): also at `/admin`, and everything under it with the
 * editor's own policy and a Cross-Origin-Opener-Policy that lets GitHub's
 * login pop-up answer. lib/routes.ts reserves the folder.
 */
export const ADMIN = { path: adminPath, page: `${adminPath}/index.html`, csp: ADMIN_CSP, openerPolicy: 'same-origin-allow-popups' } as const;
