/**
 * What a screen shows while a job runs (bulk import, pack export/import): the progress bar's value and
 * a line of text saying the same in words, so the bar is never the only sign of progress.
 */
import type { JobInfo } from '../../../../electron/shared/contract.js';

export interface JobProgressView {
  /** For <progress value max>; null while the total is not known yet (an indeterminate bar). */
  value: number | null;
  max: number;
  text: string;
}

export function jobProgress(job: Pick<JobInfo, 'state' | 'done' | 'total' | 'note'>): JobProgressView {
  const known = job.total > 0;
  const value = known ? Math.min(job.done, job.total) : null;
  const max = known ? job.total : 1;
  const count = known ? `${value} of ${job.total}` : 'Starting…';
  const stateWord =
    job.state === 'cancelled' ? 'Cancelled' : job.state === 'failed' ? 'Stopped' : job.state === 'done' ? 'Done' : '';
  const parts = [stateWord, count, job.note].filter((p) => p !== '');
  return { value, max, text: parts.join(' · ') };
}

/** How long to wait before asking again: quick at first, then calmer for long jobs. */
export function pollDelay(polls: number): number {
  return Math.min(1000, 100 + polls * 100);
}
