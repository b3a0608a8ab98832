/**
 * Long-running work (bulk imports, pack and results import/export, reports over large data): a call that
 * starts such work answers at once with a job id; the screen that started it polls `jobStatus` for
 * progress and may `cancelJob`. A job belongs to the session (window or tab) that started it.
 */
import type { ApiError, CallTable } from './common.js';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobInfo {
  id: string;
  /** What the job does, e.g. 'import-articles'; the screen uses it to read `result`. */
  kind: string;
  state: JobState;
  done: number;
  total: number;
  /** A short line for the progress bar ("Reading page 12 of 40: bbc-news.html"). */
  note: string;
  startedAt: string;
  finishedAt: string | null;
  /** The job's value once done; its shape is declared by the call that started the job. */
  result: unknown;
  error: ApiError | null;
}

export interface JobsApi {
  jobStatus: { input: { jobId: string }; output: JobInfo };
  cancelJob: { input: { jobId: string }; output: JobInfo };
}

export const JOBS_CALLS = {
  // Open to anyone, but a job is only visible to the session that started it (the runner checks).
  jobStatus: { channel: 'jobs:status', access: 'anyone' },
  cancelJob: { channel: 'jobs:cancel', access: 'anyone' },
} as const satisfies CallTable<JobsApi>;
