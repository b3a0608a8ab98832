/**
 * The app:// protocol: serves the built renderer folder and nothing else, each response carrying the
 * security headers. Which file a URL may name, and the headers, are the browser host's too: both go
 * through electron/main/renderer-files.ts.
 */
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin.js';
import { answerAppRequest } from './app-request.js';

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

/** After 'ready': answer app:// requests from `rendererDir` (absolute). */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(rendererDir, request));
}
