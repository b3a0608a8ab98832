/**
 * The envelope every call answers with, the stable error codes, and the table shape that every domain's
 * call list follows. Types and constants only: the renderer imports this.
 */

/** Stable error codes: the renderer may branch on these; messages are for people. */
export const ERROR_CODES = [
  'invalid_input', // the call's input failed its schema
  'not_found', // a profile, lesson or attempt that does not exist
  'conflict', // e.g. answering a passage twice, or a name already taken
  'bad_file', // an imported file that is not what it claims to be
  'forbidden', // a teacher-only call without the PIN
  'internal', // anything else; details go to the log, never to the renderer
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * Who may make a call. `teacher` calls are refused by the one dispatch (electron/core/handlers.ts) unless
 * the caller's session has unlocked the teacher area: the rule lives in one place, not in each handler.
 */
export type Access = 'anyone' | 'teacher';

export interface CallDecl {
  /** `domain:verb`; the preload and the browser host accept these and nothing else. */
  channel: string;
  access: Access;
}

/** Every method of a domain's API declared once: its channel and who may call it. */
export type CallTable<Api> = { readonly [M in keyof Api]: CallDecl };
