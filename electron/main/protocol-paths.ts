/**
 * Pure path resolution for the app:// protocol (protocol.ts serves what this allows). A request URL
 * comes from the renderer, so it is treated as hostile: it may only name a file inside the built
 * renderer folder. Traversal (`..`, encoded or not), backslashes, NUL bytes, hidden files, other hosts
 * and absolute paths are refused before the file system is touched.
 */
import path from 'node:path';
import { isAppUrl } from './navigation-policy.js';

export type AppRequestResolution =
  { ok: true; filePath: string; contentType: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/** Types for what a Vite build of the renderer emits; anything else is served as opaque bytes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `candidate` is `root` itself or lies below it (both absolute, already resolved). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Map an app:// request URL to a file under `rootDir` (absolute). `app://sourcewise/` and any path
 * ending in `/` mean that folder's index.html.
 */
export function resolveAppRequest(rootDir: string, requestUrl: unknown): AppRequestResolution {
  if (!isAppUrl(requestUrl)) return { ok: false, status: 403, reason: 'not our origin' };
  const { pathname } = new URL(requestUrl as string);

  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400, reason: 'NUL byte in path' };
  // Backslashes are path separators on Windows: `..\..\` would slip past a check for `/`-separated `..`.
  if (decoded.includes('\\')) return { ok: false, status: 400, reason: 'backslash in path' };

  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    return { ok: false, status: 403, reason: 'path traversal' };
  }
  // No file the renderer build emits is hidden; a dot-file (.vite/manifest.json, .env) is not for the page.
  if (segments.some((segment) => segment.startsWith('.'))) {
    return { ok: false, status: 404, reason: 'hidden file' };
  }
  if (decoded.endsWith('/') || segments.length === 0) segments.push('index.html');

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  // Belt and braces: a drive letter or anything else that makes the path absolute ends up outside root.
  if (!isInside(root, filePath) || filePath === root) {
    return { ok: false, status: 403, reason: 'outside the renderer folder' };
  }
  return { ok: true, filePath, contentType: contentTypeFor(filePath) };
}
