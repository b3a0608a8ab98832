/**
 * Schema version 3: settings of the computer's installation (not of a student), first of all the
 * teacher PIN's hash. Key/value so later settings need no migration of their own.
 */
import type { Database } from 'better-sqlite3';

export const version = 3;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key        TEXT PRIMARY KEY,
      value      TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `);
}
