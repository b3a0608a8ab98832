/**
 * THE static-file resolver and THE Content-Security-Policy for both hosts: the Electron app:// protocol
 * (electron/main/protocol.ts) and the browser host (electron/web/web-host.ts) serve the built renderer
 * through these functions and nothing else, so the two cannot drift apart again.
 *
 * A request path comes from the page, so it is treated as hostile. Served: `index.html` and the files
 * under `assets/` — what the Vite build of the renderer emits, and all the page needs — of the types it
 * emits. Refused before the file system is touched: traversal (`..`, encoded or not), backslashes, NUL
 * bytes, hidden files, source maps and TypeScript declarations (tsc writes `.d.ts`/`.map` files into the
 * same build folder), anything else at the top. Then, on disk: a symlink that leads out of the folder.
 * No Electron import (a pure module of the shell): both hosts and the unit tests use it.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Sent as a header with every file either host serves. The renderer's index.html carries a CSP <meta>
 * too (tests/unit/electron-csp.test.ts checks this header allows what the page asks for); a browser
 * enforces both. No 'unsafe-eval', no inline scripts, no remote hosts: the app is offline and article
 * text is data, never markup.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "worker-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** The types a Vite build of the renderer emits; any other file is not served. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
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
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `candidate` is `root` itself or lies below it (both absolute, already resolved). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export type RendererFileResolution =
  { ok: true; filePath: string; contentType: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps a URL path (`/`, `/index.html`, `/assets/index-abc.js`; query and fragment already removed or
 * not) to a file under `rootDir`. A path ending in `/` means that folder's index.html.
 */
export function resolveRendererPath(rootDir: string, urlPath: string): RendererFileResolution {
  const pathname = urlPath.split(/[?#]/, 1)[0] ?? '/';
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
  if (segments.some((segment) => segment === '..' || segment === '.'))
    return { ok: false, status: 403, reason: 'path traversal' };
  // No file the renderer build emits is hidden; a dot-file (.vite/manifest.json, .env) is not for the page.
  if (segments.some((segment) => segment.startsWith('.'))) return { ok: false, status: 404, reason: 'hidden file' };
  if (decoded.endsWith('/') || segments.length === 0) segments.push('index.html');

  const name = segments[segments.length - 1]!.toLowerCase();
  if (name.endsWith('.map') || name.endsWith('.d.ts') || name.endsWith('.tsbuildinfo'))
    return { ok: false, status: 404, reason: 'not a file the page needs' };
  const topLevelPage = segments.length === 1 && segments[0] === 'index.html';
  if (!topLevelPage && segments[0] !== 'assets') return { ok: false, status: 404, reason: 'not a file the page needs' };
  if (!(path.extname(name) in CONTENT_TYPES)) return { ok: false, status: 404, reason: 'not a file the page needs' };

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  // Belt and braces: a drive letter or anything else that makes the path absolute ends up outside root.
  if (!isInside(root, filePath) || filePath === root) return { ok: false, status: 403, reason: 'outside the renderer folder' };
  return { ok: true, filePath, contentType: contentTypeFor(filePath) };
}

export type RendererFileRead =
  { ok: true; body: Buffer; contentType: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/** Resolves and reads a file; a symlink inside the folder must not lead out of it. */
export function readRendererFile(rootDir: string, urlPath: string): RendererFileRead {
  const resolved = resolveRendererPath(rootDir, urlPath);
  if (!resolved.ok) return resolved;
  try {
    const realRoot = fs.realpathSync(rootDir);
    const realFile = fs.realpathSync(resolved.filePath);
    if (!isInside(realRoot, realFile)) return { ok: false, status: 403, reason: 'outside the renderer folder' };
    if (!fs.statSync(realFile).isFile()) return { ok: false, status: 404, reason: 'Not found' };
    return { ok: true, body: fs.readFileSync(realFile), contentType: resolved.contentType };
  } catch {
    return { ok: false, status: 404, reason: 'Not found' };
  }
}
