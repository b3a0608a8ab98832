/**
 * Follows a job started by a call (see contract/jobs.ts) until it finishes, reporting each status on the
 * way, and returns its result once done. A failed job throws its error (as ApiError) so the screen can
 * name the problem; a cancelled one returns null.
 */
import type { JobInfo } from '../../../electron/shared/contract.js';
import { ApiError, api } from './api.js';
import { pollDelay } from './pure/job-progress.js';

export async function followJob(first: JobInfo, onstatus: (job: JobInfo) => void): Promise<unknown> {
  let job = first;
  for (let polls = 0; job.state === 'running'; polls++) {
    onstatus(job);
    await new Promise((resolve) => setTimeout(resolve, pollDelay(polls)));
    job = await api.jobStatus({ jobId: job.id });
  }
  onstatus(job);
  if (job.state === 'failed') throw new ApiError(job.error?.code ?? 'internal', job.error?.message ?? 'The job stopped.');
  if (job.state === 'cancelled') return null;
  return job.result;
}
