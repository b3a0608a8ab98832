/**
 * Errors that are meant for people: a stable code (from the contract) and a message that names the
 * problem. Anything else thrown in a handler is reported as `internal` with no detail to the renderer.
 */
import type { ErrorCode } from '../shared/contract.js';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
