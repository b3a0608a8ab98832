/**
 * Runs long work as jobs with progress and cancellation, so that the call that starts it answers at once
 * and a student's answer on the same install never waits behind a teacher's bulk import.
 *
 * The work itself is an async function that reports progress and checks its AbortSignal between items.
 * CPU-heavy steps inside it (reading a page, analysing an article) go through `runTask` (run-task.ts),
 * which runs them off the thread that answers calls. Finished jobs are kept for a while so the screen can
 * read the result, then forgotten.
 */
import { randomUUID } from 'node:crypto';
import type { JobInfo } from '../../shared/contract.js';
import { AppError } from '../app-error.js';

export interface JobContext {
  readonly signal: AbortSignal;
  progress(done: number, total: number, note?: string): void;
}

export type JobWork<T> = (ctx: JobContext) => Promise<T>;

interface Job {
  info: JobInfo;
  owner: string;
  controller: AbortController;
}

/** Finished jobs stay readable this long. */
const KEEP_FINISHED_MS = 30 * 60 * 1000;

export class JobRunner {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly log: (message: string, error?: unknown) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Starts `work` for `owner` (a session) and returns at once with the job's first status. */
  start<T>(kind: string, owner: string, work: JobWork<T>): JobInfo {
    this.forgetOld();
    const controller = new AbortController();
    const info: JobInfo = {
      id: randomUUID(),
      kind,
      state: 'running',
      done: 0,
      total: 0,
      note: '',
      startedAt: this.now().toISOString(),
      finishedAt: null,
      result: null,
      error: null,
    };
    const job: Job = { info, owner, controller };
    this.jobs.set(info.id, job);
    const ctx: JobContext = {
      signal: controller.signal,
      progress: (done, total, note) => {
        info.done = done;
        info.total = total;
        if (note !== undefined) info.note = note;
      },
    };
    // Started on the next turn, so the caller gets its answer before any of the work runs.
    setImmediate(() => {
      work(ctx).then(
        (result) => this.finish(job, controller.signal.aborted ? 'cancelled' : 'done', result, null),
        (err: unknown) => {
          if (controller.signal.aborted) return this.finish(job, 'cancelled', null, null);
          if (err instanceof AppError) return this.finish(job, 'failed', null, { code: err.code, message: err.message });
          this.log(`job ${kind} failed`, err);
          this.finish(job, 'failed', null, { code: 'internal', message: 'The work stopped because of a problem on our side.' });
        },
      );
    });
    return { ...info };
  }

  status(id: string, owner: string): JobInfo {
    return { ...this.require(id, owner).info };
  }

  cancel(id: string, owner: string): JobInfo {
    const job = this.require(id, owner);
    if (job.info.state === 'running') job.controller.abort();
    return { ...job.info };
  }

  /** Waits for a job to finish (for the command line and tests, which have no screen to poll from). */
  async wait(id: string, owner: string): Promise<JobInfo> {
    for (;;) {
      const info = this.status(id, owner);
      if (info.state !== 'running') return info;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Cancels every running job (the app is closing). */
  cancelAll(): void {
    for (const job of this.jobs.values()) if (job.info.state === 'running') job.controller.abort();
  }

  private finish(job: Job, state: JobInfo['state'], result: unknown, error: JobInfo['error']): void {
    job.info.state = state;
    job.info.result = result;
    job.info.error = error;
    job.info.finishedAt = this.now().toISOString();
  }

  private require(id: string, owner: string): Job {
    const job = this.jobs.get(id);
    // Another session's job is reported as missing: its existence is none of this caller's business.
    if (!job || job.owner !== owner) throw new AppError('not_found', 'There is no such job (it may have finished long ago).');
    return job;
  }

  private forgetOld(): void {
    const cutoff = this.now().getTime() - KEEP_FINISHED_MS;
    for (const [id, job] of this.jobs) {
      if (job.info.finishedAt && Date.parse(job.info.finishedAt) < cutoff) this.jobs.delete(id);
    }
  }
}
