/**
 * CPU-heavy, pure steps (no database): reading a saved page, analysing an article, parsing a pack or a
 * results file. Callers name a task from TASKS and give its input; `runTask` runs it with a time budget
 * and an AbortSignal.
 *
 * Today the task runs in this thread, yielding first so pending calls are answered between items. It is
 * the one place to move such work into a worker thread (the hardening work does): callers do not change.
 */
import { AppError } from '../app-error.js';
import { TASKS, type TaskName, type TaskInput, type TaskOutput } from './tasks.js';

export interface TaskOptions {
  signal?: AbortSignal;
  /** Refuse (with a clear message) work that takes longer than this. */
  timeoutMs?: number;
}

export async function runTask<N extends TaskName>(
  name: N,
  input: TaskInput<N>,
  options: TaskOptions = {},
): Promise<TaskOutput<N>> {
  // Let calls already waiting (a student's answer) go first.
  await new Promise((resolve) => setImmediate(resolve));
  if (options.signal?.aborted) throw new AppError('conflict', 'The work was cancelled.');
  const task = TASKS[name] as (input: TaskInput<N>) => TaskOutput<N> | Promise<TaskOutput<N>>;
  return await task(input);
}
