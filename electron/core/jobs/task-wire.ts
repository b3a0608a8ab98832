/** The messages between `runTask` (run-task.ts) and its worker thread (task-worker.ts). */

export interface TaskRequest {
  id: number;
  name: string;
  input: unknown;
}

/** An error as it crosses the thread boundary (class identity does not survive structured cloning). */
export interface WireError {
  name: string;
  message: string;
  /** AppError's code, when the task threw one. */
  code?: string | undefined;
  stack?: string | undefined;
}

export type TaskReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };
