/**
 * Opening the database: WAL (readers never block the writer), `synchronous=FULL` (a commit is on disk
 * before the call returns, so an answer acknowledged with feedback survives a power cut or an OS crash,
 * not only an app crash), foreign keys on, a busy timeout for a second window or the CLI, then every
 * pending migration in ONE transaction keyed on `user_version`.
 *
 * Refusals name their cause, at open rather than at the first write: a database from a newer version
 * (left byte-for-byte as found: it is inspected through a read-only connection, which never merges the
 * WAL into the file on close), a file that is not a database, a read-only file, a read-only folder, a
 * full disk, another Sourcewise process holding the write lock, and a path that is no file at all
 * (`""`, `:memory:`: the work would be thrown away at exit).
 *
 * Several processes may open a fresh database at once (the app and the CLI, two windows): the schema
 * version is read inside the migration's write transaction, so exactly one of them migrates and the
 * others find the work done.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.js';
import { storageProblemOf } from './storage-problem.js';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The database ${file} was written by a newer version of Sourcewise (schema ${found}; this version ` +
        `understands up to ${supported}). Update Sourcewise to open it. Nothing in it was changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class DatabaseUnreadableError extends Error {
  constructor(file: string, cause: unknown) {
    super(
      `The file ${file} is not a Sourcewise database (${cause instanceof Error ? cause.message : String(cause)}). ` +
        'Nothing in it was changed.',
    );
    this.name = 'DatabaseUnreadableError';
  }
}

export type DatabaseLocationProblem = 'no_file' | 'read_only_file' | 'read_only_folder' | 'disk_full' | 'busy';

/** The database could not be opened for a reason outside it: where it is, not what it holds. */
export class DatabaseLocationError extends Error {
  constructor(
    readonly file: string,
    readonly problem: DatabaseLocationProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseLocationError';
  }
}

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for another ABI (Electron's); see README "Native module". */
  nativeBinding?: string;
  readonly?: boolean;
}

/** How long a statement waits for another process's write lock before giving up (SQLite retries meanwhile). */
export const BUSY_TIMEOUT_MS = 5000;

const locationMessage = (file: string, problem: DatabaseLocationProblem): string => {
  const dir = path.dirname(file);
  switch (problem) {
    case 'no_file':
      return `"${file}" is not a database file: give a file name (for example --db ~/sourcewise.sqlite); work kept in memory would be lost when Sourcewise closes.`;
    case 'read_only_file':
      return `The database ${file} is read-only, so no answer could be saved. Make the file writable (or copy it somewhere you can write) and start Sourcewise again.`;
    case 'read_only_folder':
      return `The folder ${dir} is read-only: Sourcewise keeps its database there and needs to write beside it. Make the folder writable, or choose another place with --db.`;
    case 'disk_full':
      return `The disk holding ${file} is full: free some space and start Sourcewise again. Nothing in the database was changed.`;
    case 'busy':
      return `Another Sourcewise window (or the command line) is busy with ${file}. Wait a moment and start again.`;
  }
};

const locationError = (file: string, problem: DatabaseLocationProblem) =>
  new DatabaseLocationError(file, problem, locationMessage(file, problem));

/** Refuses paths SQLite would take as "no file": an empty name or an in-memory database. */
function checkPath(file: string): void {
  const trimmed = file.trim();
  if (trimmed === '' || trimmed === ':memory:' || trimmed.startsWith('file::memory:')) throw locationError(file, 'no_file');
}

const errnoOf = (err: unknown) => (err as NodeJS.ErrnoException).code;
const READ_ONLY_ERRNO = new Set(['EACCES', 'EPERM', 'EROFS']);

function folderWritable(file: string): boolean {
  const probe = `${file}.${process.pid}.write-check`;
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.rmSync(probe, { force: true });
    return true;
  } catch (err) {
    return !READ_ONLY_ERRNO.has(errnoOf(err) ?? '');
  }
}

/** Can this process write the file (and create the -wal and -shm files beside it)? Checked by trying. */
function checkWritable(file: string, exists: boolean): void {
  if (exists) {
    try {
      fs.closeSync(fs.openSync(file, 'r+'));
    } catch (err) {
      if (READ_ONLY_ERRNO.has(errnoOf(err) ?? '')) throw locationError(file, 'read_only_file');
      throw err;
    }
  }
  const probe = `${file}.${process.pid}.write-check`;
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.rmSync(probe, { force: true });
  } catch (err) {
    const code = errnoOf(err) ?? '';
    if (READ_ONLY_ERRNO.has(code)) throw locationError(file, 'read_only_folder');
    if (code === 'ENOSPC' || code === 'EDQUOT') throw locationError(file, 'disk_full');
    if (code !== 'EEXIST') throw err;
  }
}

/** SQLite's and the system's errors at open, named for people where we know what they mean. */
function nameOpenError(file: string, err: unknown): Error {
  if (err instanceof DatabaseTooNewError || err instanceof DatabaseLocationError || err instanceof DatabaseUnreadableError)
    return err;
  const problem = storageProblemOf(err);
  // SQLite cannot open a WAL database without creating its -shm file beside it.
  if ((err as { code?: unknown }).code === 'SQLITE_CANTOPEN' && !folderWritable(file))
    return locationError(file, 'read_only_folder');
  if (problem === 'full') return locationError(file, 'disk_full');
  if (problem === 'read_only') return locationError(file, 'read_only_file');
  if (problem === 'busy') return locationError(file, 'busy');
  if (problem === 'not_a_database') return new DatabaseUnreadableError(file, err);
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * The schema version of an existing file, read through a read-only connection: closing it never merges
 * a WAL left by a crash into the file, so a database we then refuse stays exactly as found.
 */
function peekVersion(file: string, options: OpenOptions): number {
  let probe: Database;
  try {
    probe = new BetterSqlite3(file, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (err) {
    throw nameOpenError(file, err);
  }
  try {
    probe.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // The first read of the header is where a non-database file shows itself.
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    const named = nameOpenError(file, err);
    throw named instanceof DatabaseLocationError ? named : new DatabaseUnreadableError(file, err);
  } finally {
    probe.close();
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  checkPath(file);
  if (!options.readonly) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (err) {
      const code = errnoOf(err) ?? '';
      if (READ_ONLY_ERRNO.has(code)) throw locationError(file, 'read_only_folder');
      if (code === 'ENOSPC') throw locationError(file, 'disk_full');
      throw err;
    }
  }
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) throw new DatabaseUnreadableError(file, new Error('it is a folder or a device, not a file'));
  if (stat && stat.size > 0) {
    const found = peekVersion(file, options);
    if (found > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(file, found, LATEST_SCHEMA_VERSION);
  }
  if (!options.readonly) checkWritable(file, stat !== undefined);

  let db: Database;
  try {
    db = new BetterSqlite3(file, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
    });
  } catch (err) {
    throw nameOpenError(file, err);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    try {
      db.pragma('user_version', { simple: true });
    } catch (err) {
      const named = nameOpenError(file, err);
      throw named instanceof DatabaseLocationError ? named : new DatabaseUnreadableError(file, err);
    }
    if (!options.readonly) {
      setWal(db);
      // FULL: with WAL, NORMAL may roll back the last commits after a power cut; an answer whose feedback
      // was shown must survive that too. The cost per answer is measured in `npm run bench`.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db, file);
    return db;
  } catch (err) {
    db.close();
    throw nameOpenError(file, err);
  }
}

/**
 * Switches to WAL. On a fresh file a second process may be creating the schema at this very moment, and
 * changing the journal mode does not wait on SQLite's busy handler: retry for as long as it would.
 */
function setWal(db: Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if (storageProblemOf(err) !== 'busy' || Date.now() > deadline) throw err;
      sleepSync(Math.min(10 * 2 ** attempt, 200));
    }
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number) => void Atomics.wait(sleeper, 0, 0, ms);

/**
 * Runs every migration above the stored version in one write transaction, reading that version inside
 * it: a process that lost the race to a fresh database finds the migrations done and runs none. A
 * failure leaves the database as it was.
 */
export function migrate(db: Database, file = db.name): void {
  db.transaction(() => {
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(file, from, LATEST_SCHEMA_VERSION);
    for (const m of MIGRATIONS) {
      if (m.version <= from) continue;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}
