/**
 * An address as aliases compare it: decoded, in NFC and without trailing
 * slashes, so the content check and the proxy agree on what an alias matches.
 */
export function normaliseAliasPath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape cannot match any alias; compare it as sent.
  }
  return decoded.normalize('NFC').replace(/\/+$/, '') || '/';
}
