/**
 * Opening the database: WAL (readers never block the writer; a crash loses nothing committed),
 * foreign keys on, a busy timeout for a second window or the CLI, then every pending migration in ONE
 * transaction keyed on `user_version`. A database written by a newer app is refused untouched.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.js';

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

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for another ABI (Electron's); see README "Native module". */
  nativeBinding?: string;
  readonly?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new BetterSqlite3(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  try {
    // The first read of the header is where a non-database file shows itself.
    let found: number;
    try {
      found = db.pragma('user_version', { simple: true }) as number;
    } catch (err) {
      throw new DatabaseUnreadableError(file, err);
    }
    if (found > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(file, found, LATEST_SCHEMA_VERSION);
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL'); // with WAL: durable across app crashes, fast on commit
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db, found);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Runs every migration above `from` in one transaction: a failure leaves the database as it was. */
export function migrate(db: Database, from: number): void {
  const pending = MIGRATIONS.filter((m) => m.version > from);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}
