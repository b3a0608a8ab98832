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

/** The one CSP of both hosts (electron/main/renderer-files.ts), sent with every file app:// serves. */
export { CONTENT_SECURITY_POLICY } from './renderer-files.js';
