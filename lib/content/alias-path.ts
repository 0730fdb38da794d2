import { decodePath } from '@/lib/routes';

/**
 * An address as aliases compare it: decoded, in NFC and without trailing
 * slashes, so the content check and the proxy agree on what an alias matches.
 * A malformed escape cannot match any alias; it is compared as sent.
 */
export function normaliseAliasPath(path: string): string {
  return (decodePath(path) ?? path).normalize('NFC').replace(/\/+$/, '') || '/';
}
