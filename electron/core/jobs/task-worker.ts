/**
 * The worker thread behind `runTask` (run-task.ts): runs one named task from TASKS at a time and posts
 * back its value, or a description of its error that the calling thread turns back into an AppError.
 *
 * It runs compiled (build/electron/core/jobs/task-worker.js) beside run-task.js, in both the app and tests.
 */
import { parentPort } from 'node:worker_threads';
import { TASKS, type TaskName } from './tasks.js';
import type { TaskReply, TaskRequest, WireError } from './task-wire.js';

function describe(err: unknown): WireError {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { name: err.name, message: err.message, code: typeof code === 'string' ? code : undefined, stack: err.stack };
  }
  return { name: 'Error', message: String(err) };
}

const port = parentPort;
if (!port) throw new Error('task-worker.js runs only as a worker thread (see run-task.ts)');

port.on('message', (request: TaskRequest) => {
  const task = TASKS[request.name as TaskName] as ((input: unknown) => unknown) | undefined;
  const reply = (message: TaskReply) => port.postMessage(message);
  if (!task) {
    reply({ id: request.id, ok: false, error: { name: 'Error', message: `no task named ${request.name}` } });
    return;
  }
  Promise.resolve()
    .then(() => task(request.input))
    .then(
      (value) => reply({ id: request.id, ok: true, value }),
      (err: unknown) => reply({ id: request.id, ok: false, error: describe(err) }),
    );
});
