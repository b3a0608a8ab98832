/**
 * The app:// protocol: serves the built renderer folder and nothing else, each response carrying the
 * CSP header. Which file a URL may name is decided by the pure resolveAppRequest (protocol-paths.ts).
 */
import { protocol } from 'electron';
import fs from 'node:fs/promises';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './app-origin.js';
import { isInside, resolveAppRequest } from './protocol-paths.js';

/**
 * Must run before the app is ready. `standard` gives app://sourcewise a real origin (relative URLs,
 * module scripts, sessionStorage); `secure` makes it a secure context like https; `supportFetchAPI`
 * lets the page fetch its own files. Deliberately NOT `bypassCSP`, `corsEnabled` or service workers.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
} as const;

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

/** After 'ready': answer app:// requests from `rendererDir` (absolute). */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    const resolved = resolveAppRequest(rendererDir, request.url);
    if (!resolved.ok) return refuse(resolved.status, resolved.reason);
    try {
      // A symlink inside the folder must not lead out of it.
      const [realRoot, realFile] = await Promise.all([fs.realpath(rendererDir), fs.realpath(resolved.filePath)]);
      if (!isInside(realRoot, realFile)) return refuse(403, 'outside the renderer folder');
      const body = await fs.readFile(realFile);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'content-type': resolved.contentType, 'cache-control': 'no-cache' },
      });
    } catch {
      return refuse(404, 'Not found');
    }
  });
}
