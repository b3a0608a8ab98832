/**
 * Where the Electron renderer lives: the custom `app://sourcewise` origin. No Electron import here, so the
 * pure policy modules and their unit tests can share these constants.
 *
 * Why a custom scheme and not file://: a file:// page has the opaque origin `null`, so module scripts are
 * blocked and every file on disk is "same origin". `app://sourcewise` is one real origin that serves only
 * the built renderer folder (see protocol.ts).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sourcewise';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent as a response header with every file the app:// protocol serves. The renderer's index.html
 * carries a CSP <meta> as well; a browser enforces both, so this header must allow everything the
 * renderer legitimately needs and nothing more. No 'unsafe-eval', no inline scripts, no remote hosts:
 * the app is offline and article text is data, never markup.
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
