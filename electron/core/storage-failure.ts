/**
 * A write that failed because of the storage underneath, not the call: said as such, instead of the
 * generic "something went wrong" that would have the student press the same button into the same wall.
 */
import { storageProblemOf } from '../../db/storage-problem.js';
import type { ApiError } from '../shared/contract.js';

export function storageFailure(err: unknown): ApiError | undefined {
  switch (storageProblemOf(err)) {
    case 'busy':
      // SQLite has already retried for BUSY_TIMEOUT_MS (open-database.ts) before this is reported.
      return {
        code: 'conflict',
        message:
          'Another Sourcewise window (or the command line) is busy with the database, so this was not saved. Try again in a moment.',
      };
    case 'full':
      return {
        code: 'internal',
        message: 'The disk is full, so this was not saved. Free some space and try again; your earlier work is safe.',
      };
    case 'read_only':
      return {
        code: 'internal',
        message:
          'The database has become read-only, so this was not saved. Make its file writable and start Sourcewise again; your earlier work is safe.',
      };
    case 'corrupt':
      return {
        code: 'internal',
        message: 'The database file is damaged. A teacher can restore a backup (teacher area or `sourcewise db restore`).',
      };
    default:
      return undefined;
  }
}
