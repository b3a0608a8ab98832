/**
 * Serving the built renderer over the browser host: the one resolver and CSP both hosts share
 * (electron/main/renderer-files.ts), re-exported under the names this host used before.
 */
import { CONTENT_SECURITY_POLICY, readRendererFile, resolveRendererPath, SECURITY_HEADERS } from '../main/renderer-files.js';

export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS };

/** Maps a URL path to a file inside `root`, or null. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  const resolved = resolveRendererPath(root, urlPath);
  return resolved.ok ? resolved.filePath : null;
}

export function readStatic(root: string, urlPath: string): { body: Buffer; type: string } | null {
  const file = readRendererFile(root, urlPath);
  return file.ok ? { body: file.body, type: file.contentType } : null;
}
