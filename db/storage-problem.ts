/**
 * What a failure of the storage underneath means, from SQLite's error codes (better-sqlite3 puts the
 * extended code, e.g. SQLITE_BUSY_SNAPSHOT, in `code`) and the system's: the one place that reads them,
 * for the open path and for the dispatch's message when a write fails at run time.
 */
export type StorageProblem = 'busy' | 'full' | 'read_only' | 'not_a_database' | 'corrupt';

export function storageProblemOf(err: unknown): StorageProblem | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read_only';
  if (code === 'SQLITE_NOTADB') return 'not_a_database';
  if (code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  // A write that fails because the disk filled up often surfaces as an I/O error on the WAL.
  if (code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC' || code === 'SQLITE_IOERR_TRUNCATE') {
    const message = err instanceof Error ? err.message : '';
    if (/disk is full|no space/i.test(message)) return 'full';
  }
  return undefined;
}
