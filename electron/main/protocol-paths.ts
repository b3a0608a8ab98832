/**
 * Path resolution for the app:// protocol (protocol.ts serves what this allows). The rules — which file a
 * request may name, its type — are the browser host's too: both use electron/main/renderer-files.ts.
 * This adds only what is particular to app:// URLs: the origin must be ours.
 */
import { contentTypeFor, isInside, resolveRendererPath, type RendererFileResolution } from './renderer-files.js';
import { isAppUrl } from './navigation-policy.js';

export { contentTypeFor, isInside };

export type AppRequestResolution = RendererFileResolution;

/**
 * Map an app:// request URL to a file under `rootDir` (absolute). `app://sourcewise/` and any path
 * ending in `/` mean that folder's index.html.
 */
export function resolveAppRequest(rootDir: string, requestUrl: unknown): AppRequestResolution {
  if (!isAppUrl(requestUrl)) return { ok: false, status: 403, reason: 'not our origin' };
  return resolveRendererPath(rootDir, new URL(requestUrl as string).pathname);
}
