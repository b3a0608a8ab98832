/**
 * Schema version 5: wrong teacher PINs are counted in the database, not in memory, so restarting the app
 * (or the browser host) between guesses no longer resets the delay that slows guessing down.
 *
 * - `teacher_pin_failures`: one row at most (id = 1): how many wrong PINs in a row, and when the last one
 *   was typed. A right PIN deletes the row. The delay itself is computed from these by pin-delay.ts.
 */
import type { Database } from 'better-sqlite3';

export const version = 5;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE teacher_pin_failures (
      id      INTEGER PRIMARY KEY CHECK (id = 1),
      count   INTEGER NOT NULL CHECK (count >= 1),
      last_at TEXT NOT NULL
    );
  `);
}
