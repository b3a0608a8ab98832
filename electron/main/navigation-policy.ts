/**
 * Pure decisions behind the shell's security guards (security.ts wires them to Electron). Every input is
 * `unknown` because it comes from a renderer that we must assume could be compromised; anything that
 * is not exactly what we expect is refused. No Electron import: unit-tested in plain Node.
 */
import { APP_HOST, APP_SCHEME } from './app-origin.js';

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 8192) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True for a URL on our own origin, `app://sourcewise/...` (no credentials, no port). */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * A link we are willing to hand to the operating system's browser: plain http(s) with a host and no
 * embedded credentials. Everything else (file:, javascript:, data:, custom handlers like ms-settings:
 * or smb:) could run code or open local files outside the app, so it is refused.
 */
export function isSafeExternalUrl(value: unknown): boolean {
  const url = parseUrl(value);
  if (url === null) return false;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return false;
  return true;
}

export type NavigationDecision = 'allow' | 'deny' | 'open-externally';

/**
 * `will-navigate`: the window may only move within our own origin (e.g. a reload). A student clicking an
 * ordinary web link gets it in their browser instead; the window itself never leaves the app.
 */
export function decideNavigation(url: unknown): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  return isSafeExternalUrl(url) ? 'open-externally' : 'deny';
}

/** `will-redirect`: a redirect is never a user's choice, so nothing outside our origin is opened. */
export function decideRedirect(url: unknown): NavigationDecision {
  return isAppUrl(url) ? 'allow' : 'deny';
}

/** `setWindowOpenHandler`: the app never opens a second window; safe web links go to the browser. */
export function decideWindowOpen(url: unknown): Exclude<NavigationDecision, 'allow'> {
  return isSafeExternalUrl(url) ? 'open-externally' : 'deny';
}

/**
 * Permission requests and checks (camera, microphone, notifications, geolocation, clipboard, HID…):
 * a reading exercise needs none of them, so the answer is always no, whoever asks.
 */
export function decidePermission(_permission: unknown, _requestingUrl?: unknown): false {
  return false;
}
