/**
 * The loopback HTTP bridge used by the browser host (`npm run web`): the wire details shared by the
 * server (electron/web) and the renderer's fetch client. Same calls and envelopes as the IPC bridge.
 *
 *   POST {API_PREFIX}{channel}   body: JSON input   header: {TOKEN_HEADER}: <per-run token>
 *                                                  header: {SESSION_HEADER}: <this tab's session id>
 *   → 200 with a JSON Envelope (ok or error) for every call that reached a handler;
 *   → 403 with an Envelope { ok:false, error:{ code:'forbidden' } } for a missing/wrong token or a
 *     foreign Origin/Host; 404 for an unknown channel; 413 for a body over MAX_BODY_BYTES.
 *
 * The token reaches the page in the URL the host prints (`?token=…`); the client moves it to
 * sessionStorage and strips it from the address bar.
 */
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-sourcewise-token';
export const TOKEN_QUERY = 'token';
export const TOKEN_STORAGE_KEY = 'sourcewise-token';
/**
 * One id per browser tab (kept in that tab's sessionStorage): the teacher area is unlocked per session,
 * so a new tab or window starts locked. Without a valid one, each request is its own (locked) session.
 */
export const SESSION_HEADER = 'x-sourcewise-session';
export const SESSION_STORAGE_KEY = 'sourcewise-session';
export const SESSION_PATTERN = /^[A-Za-z0-9-]{16,64}$/;
/** Room for a teacher's article file (4 MiB, base64-encoded) and nothing much larger. */
export const MAX_BODY_BYTES = 6_000_000;
