/**
 * The renderer's one way to reach the backend. It picks the bridge — the Electron preload's
 * `window.sourcewise` when present, else the browser host's HTTP bridge — and offers `api`, whose methods
 * return the value of an ok envelope and throw `ApiError` (stable code + message for people) otherwise.
 */
import type { ApiError as ApiErrorShape, Bridge, ErrorCode, Input, Method, Output } from '../../../electron/shared/contract.js';
import { BRIDGE_GLOBAL, ERROR_CODES, METHODS } from '../../../electron/shared/contract.js';
import { createHttpBridge, takeToken } from './http-bridge.js';

export class ApiError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

function preloadBridge(): Bridge | null {
  const candidate = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  return typeof candidate === 'object' && candidate !== null ? (candidate as Bridge) : null;
}

let bridge: Bridge | null = null;

/** Chosen once, on first use; in the browser this is also when the token leaves the address bar. */
export function getBridge(): Bridge {
  bridge ??= preloadBridge() ?? createHttpBridge(takeToken());
  return bridge;
}

/** Reads the token from the address bar now (at startup), before any view could copy the URL. */
export function initBridge(): void {
  getBridge();
}

function toApiError(error: unknown): ApiError {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const knownCode = (ERROR_CODES as readonly unknown[]).includes(code) ? (code as ErrorCode) : 'internal';
    return new ApiError(knownCode, typeof message === 'string' && message ? message : 'Something went wrong.');
  }
  return new ApiError('internal', 'Something went wrong.');
}

async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  let envelope;
  try {
    // The bridge's methods are typed per call; indexing by a generic key loses that link, hence the cast.
    const send = getBridge()[method] as (input: Input<M>) => ReturnType<Bridge[M]>;
    envelope = await send(input);
  } catch (error) {
    // A preload or fetch that throws instead of answering with an envelope: same error path for the views.
    throw new ApiError('internal', error instanceof Error ? error.message : 'The backend did not answer.');
  }
  if (envelope.ok) return envelope.value as Output<M>;
  throw toApiError(envelope.error);
}

type Api = { [M in Method]: (input: Input<M>) => Promise<Output<M>> };

/** One method per call in the contract, made by mapping over it: a new call needs nothing here. */
export const api = Object.fromEntries(METHODS.map((method) => [method, (input: never) => call(method, input)])) as Api;

/** A message for any thrown value, for the alert region. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
