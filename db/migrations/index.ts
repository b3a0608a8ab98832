/**
 * The ordered list of migrations. Forward-only: a shipped migration is never edited; a change is a new
 * file with the next version. `PRAGMA user_version` records how far a database has come.
 */
import type { Database } from 'better-sqlite3';
import * as m001 from './001-initial.js';
import * as m002 from './002-hints.js';
import * as m003 from './003-settings.js';
import * as m004 from './004-classes.js';
import * as m005 from './005-teacher-lock.js';
import * as m006 from './006-exercises.js';
import * as m007 from './007-article-library.js';
import * as m009 from './009-results.js';

export interface Migration {
  version: number;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m009];

/** The schema version this build of the app writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

// A list that is not strictly increasing would repeat a migration or run them out of order: fail at load,
// not in a classroom. (Increasing, not contiguous: work developed in parallel reserves its numbers, and a
// number never shipped may stay unused.)
MIGRATIONS.forEach((m, i) => {
  const prev = MIGRATIONS[i - 1];
  if (prev && m.version <= prev.version)
    throw new Error(`migration #${i} has version ${m.version}, not above the previous ${prev.version}`);
});
