/**
 * The ordered list of migrations. Forward-only: a shipped migration is never edited; a change is a new
 * file with the next version. `PRAGMA user_version` records how far a database has come.
 */
import type { Database } from 'better-sqlite3';
import * as m001 from './001-initial.js';
import * as m002 from './002-hints.js';
import * as m003 from './003-settings.js';

export interface Migration {
  version: number;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003];

/** The schema version this build of the app writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

// A list that is not strictly increasing by one would skip or repeat a migration: fail at load, not in a classroom.
MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`migration #${i} has version ${m.version}, expected ${i + 1}`);
});
