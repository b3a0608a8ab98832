/**
 * The renderer's side of the browser host's loopback HTTP bridge (see electron/shared/web-bridge.ts):
 * a `Bridge` built over fetch, with the per-run token taken from the address the host printed.
 */
import type { Bridge, Envelope, Method, Input, Output } from '../../../electron/shared/contract.js';
import { CHANNELS, METHODS } from '../../../electron/shared/contract.js';
import {
  API_PREFIX,
  SESSION_HEADER,
  SESSION_STORAGE_KEY,
  TOKEN_HEADER,
  TOKEN_QUERY,
  TOKEN_STORAGE_KEY,
} from '../../../electron/shared/web-bridge.js';

/**
 * Moves `?token=` from the address bar into sessionStorage (so it survives reloads of this tab but does
 * not stay visible, in the history or in a copied link) and returns the token to use.
 */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY);
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    url.searchParams.delete(TOKEN_QUERY);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * This tab's session id: made once per tab and kept in its sessionStorage, so a reload stays in the same
 * session (and keeps a teacher's unlock) while a new tab or window starts a locked one of its own.
 */
export function tabSession(): string {
  try {
    const kept = window.sessionStorage.getItem(SESSION_STORAGE_KEY);
    if (kept) return kept;
    const made = crypto.randomUUID();
    window.sessionStorage.setItem(SESSION_STORAGE_KEY, made);
    return made;
  } catch {
    // No storage: one session for this page load.
    return (fallbackSession ??= crypto.randomUUID());
  }
}
let fallbackSession: string | undefined;

function failure(code: 'forbidden' | 'internal' | 'not_found', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error === 'object' && v.error !== null;
}

async function post<M extends Method>(
  token: string | null,
  session: string,
  method: M,
  input: Input<M>,
): Promise<Envelope<Output<M>>> {
  let response: Response;
  try {
    response = await fetch(API_PREFIX + CHANNELS[method], {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SESSION_HEADER]: session,
        ...(token ? { [TOKEN_HEADER]: token } : {}),
      },
      body: JSON.stringify(input),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return failure('internal', 'Sourcewise is not reachable. Is “npm run web” still running?');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: fall through to the status-based messages below.
  }
  if (response.status === 403) {
    return failure(
      'forbidden',
      'This page has no valid access token. Open the address that “npm run web” printed (it ends in ?token=…).',
    );
  }
  // The envelope is trusted in shape only; its value's type is the contract's promise, as with IPC.
  if (isEnvelope(body)) return body as Envelope<Output<M>>;
  if (response.status === 404) return failure('not_found', `The backend does not know the call "${method}".`);
  return failure('internal', `The backend answered with HTTP ${response.status}.`);
}

export function createHttpBridge(token: string | null): Bridge {
  const session = tabSession();
  // One method per call of the contract, made by mapping over it: a new call needs nothing here.
  return Object.fromEntries(
    METHODS.map((method) => [method, (input: Input<typeof method>) => post(token, session, method, input)]),
  ) as Bridge;
}
