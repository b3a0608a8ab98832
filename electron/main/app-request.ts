/**
 * The answer to one app:// request: the function protocol.ts hands to Electron's `protocol.handle`.
 * Kept free of the Electron import so the wiring itself (not only the path rules) is tested in Node.
 */
import { readRendererFile, SECURITY_HEADERS } from './renderer-files.js';
import { isAppUrl } from './navigation-policy.js';

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

export function answerAppRequest(rendererDir: string, request: { method: string; url: string }): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
  if (!isAppUrl(request.url)) return refuse(403, 'not our origin');
  const file = readRendererFile(rendererDir, new URL(request.url).pathname);
  if (!file.ok) return refuse(file.status, file.reason);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'content-type': file.contentType, 'cache-control': 'no-cache' },
  });
}
