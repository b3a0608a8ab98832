/**
 * THE contract between renderer and backend. Every call the renderer can make is declared once, in the
 * file of its domain under ./contract/: its method name, its channel (`domain:verb`), who may call it
 * (anyone, or the teacher), its input type and its output type. This file joins the domains.
 *
 * - The backend's handler registry (electron/core/handlers) implements `ApiSpec`, parses every input with
 *   the runtime schema in electron/core/api-schemas.ts (checked against these types), and refuses
 *   teacher-only calls in one place unless the caller's session has unlocked the teacher area.
 * - The Electron preload builds a `Bridge` over IPC from `CHANNELS`.
 * - The browser host (electron/web) serves the same registry over a loopback HTTP bridge; the renderer's
 *   client builds the same `Bridge` over fetch.
 *
 * Adding a call: declare it in its domain's Api interface and CALLS table, add its input schema and its
 * handler; the compiler then points at every place still missing it.
 *
 * Types only (plus the call tables): the renderer imports this file, so it must not pull in zod or Node.
 */
import type { Access, Envelope } from './contract/common.js';
import { JOBS_CALLS, type JobsApi } from './contract/jobs.js';
import { STUDY_CALLS, type StudyApi } from './contract/study.js';
import { TEACHER_CALLS, type TeacherApi } from './contract/teacher.js';
import { PACKS_CALLS, type PacksApi } from './contract/packs.js';
import { LIBRARY_CALLS, type LibraryApi } from './contract/library.js';
import { BACKUP_CALLS, type BackupApi } from './contract/backup.js';
import { RESULTS_CALLS, type ResultsApi } from './contract/results.js';

export * from './contract/common.js';
export * from './contract/jobs.js';
export * from './contract/study.js';
export * from './contract/teacher.js';
export * from './contract/packs.js';
export * from './contract/library.js';
export * from './contract/backup.js';
export * from './contract/results.js';

/** Every call: input and output. Inputs are always objects so that schemas can grow without breaking callers. */
export interface ApiSpec extends StudyApi, TeacherApi, JobsApi, PacksApi, LibraryApi, BackupApi, ResultsApi {}

export type Method = keyof ApiSpec;
export type Input<M extends Method> = ApiSpec[M]['input'];
export type Output<M extends Method> = ApiSpec[M]['output'];

/** Every call's declaration, all domains together. */
export const CALLS = {
  ...STUDY_CALLS,
  ...TEACHER_CALLS,
  ...JOBS_CALLS,
  ...PACKS_CALLS,
  ...LIBRARY_CALLS,
  ...BACKUP_CALLS,
  ...RESULTS_CALLS,
} as const satisfies {
  [M in Method]: { channel: string; access: Access };
};

type Calls = typeof CALLS;

/** Channel names, `domain:verb`. The preload and the browser host accept these and nothing else. */
export const CHANNELS = Object.fromEntries(Object.entries(CALLS).map(([method, decl]) => [method, decl.channel])) as {
  readonly [M in Method]: Calls[M]['channel'];
};

export type Channel = Calls[Method]['channel'];

/** Every method name, in declaration order (for building bridges by mapping over the contract). */
export const METHODS = Object.keys(CALLS) as Method[];

export function accessOf(method: Method): Access {
  return CALLS[method].access;
}

/** What the preload exposes as `window.sourcewise`, and what the browser client implements over HTTP. */
export type Bridge = { [M in Method]: (input: Input<M>) => Promise<Envelope<Output<M>>> };

/** The name of the global the Electron preload exposes. */
export const BRIDGE_GLOBAL = 'sourcewise';
