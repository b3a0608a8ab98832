/**
 * CPU-heavy, pure steps (no database): reading a saved page, analysing an article, parsing a pack or a
 * results file. Callers name a task from TASKS and give its input; `runTask` runs it in a worker thread
 * (node:worker_threads) with a time budget, a memory ceiling and an AbortSignal.
 *
 * Why a worker: the backend answers students' calls on one thread (in Electron, the main process). An
 * analysis that takes seconds there would freeze every window; in a worker the answer round trip goes on.
 * Cancelling or running over the budget terminates the worker, so a runaway task (a hostile file) stops
 * at once instead of at its next check. A few workers are kept between tasks, because starting one and
 * loading the analyzer costs tens of milliseconds.
 */
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, type ErrorCode } from '../../shared/contract.js';
import { AppError } from '../app-error.js';
import type { TaskName, TaskInput, TaskOutput } from './tasks.js';
import type { TaskReply, TaskRequest, WireError } from './task-wire.js';

export interface TaskOptions {
  signal?: AbortSignal;
  /** Refuse (with a clear message) work that takes longer than this. */
  timeoutMs?: number;
}

/** A task that runs longer than this is stopped: no article takes more than a few seconds. */
export const DEFAULT_TASK_TIMEOUT_MS = 60_000;
/** A task that needs more heap than this is stopped (the worker dies, not the app). */
export const TASK_HEAP_LIMIT_MB = 1024;
/** Tasks running at once; more wait their turn. Two leave a core for the thread that answers students. */
export const MAX_WORKERS = 2;
/** Idle workers kept for reuse. */
const KEEP_IDLE = 1;

const WORKER_URL = new URL('./task-worker.js', import.meta.url);

let nextId = 1;
const idle: Worker[] = [];
let running = 0;
const waiting: Array<() => void> = [];

function newWorker(): Worker {
  return new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: TASK_HEAP_LIMIT_MB } });
}

async function acquire(): Promise<Worker> {
  while (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  const worker = idle.pop() ?? newWorker();
  worker.ref();
  return worker;
}

function release(worker: Worker | undefined): void {
  running--;
  if (worker) {
    // An idle worker must not keep the process (the CLI, a test) alive.
    worker.unref();
    if (idle.length < KEEP_IDLE) idle.push(worker);
    else void worker.terminate();
  }
  waiting.shift()?.();
}

function toError(wire: WireError): Error {
  if (wire.name === 'AppError' && (ERROR_CODES as readonly string[]).includes(wire.code ?? ''))
    return new AppError(wire.code as ErrorCode, wire.message);
  // The analyzer's refusals of a file (InputError) are meant for people, like AppError('bad_file').
  if (wire.name === 'InputError') return new AppError('bad_file', wire.message);
  const err = new Error(wire.message);
  err.name = wire.name;
  if (wire.stack) err.stack = `${wire.stack}\n    (in the task worker)`;
  return err;
}

const cancelled = () => new AppError('conflict', 'The work was cancelled.');

export async function runTask<N extends TaskName>(
  name: N,
  input: TaskInput<N>,
  options: TaskOptions = {},
): Promise<TaskOutput<N>> {
  const { signal } = options;
  if (signal?.aborted) throw cancelled();
  const worker = await acquire();
  const budget = options.timeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  const id = nextId++;
  return await new Promise<TaskOutput<N>>((resolve, reject) => {
    let settled = false;
    const settle = (keepWorker: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (!keepWorker) void worker.terminate();
      release(keepWorker ? worker : undefined);
      outcome();
    };
    const onMessage = (reply: TaskReply) => {
      if (reply.id !== id) return;
      settle(true, () => (reply.ok ? resolve(reply.value as TaskOutput<N>) : reject(toError(reply.error))));
    };
    const onError = (err: Error & { code?: string }) => {
      const message =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `This needed more than ${TASK_HEAP_LIMIT_MB} MB of memory and was stopped; the file may be damaged or far larger than an article.`
          : undefined;
      settle(false, () => reject(message ? new AppError('bad_file', message) : err));
    };
    const onExit = (code: number) => settle(false, () => reject(new Error(`the task worker exited (code ${code})`)));
    const onAbort = () => settle(false, () => reject(cancelled()));
    const timer = setTimeout(
      () =>
        settle(false, () =>
          reject(
            new AppError(
              'bad_file',
              `This took longer than ${Math.round(budget / 1000)} s and was stopped; the file may be damaged or far larger than an article.`,
            ),
          ),
        ),
      budget,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal?.addEventListener('abort', onAbort, { once: true });
    const request: TaskRequest = { id, name, input };
    worker.postMessage(request);
  });
}

/** Stops every idle worker (the app is closing; tests use it to leave no thread behind). */
export async function stopTaskWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((w) => w.terminate()));
}
