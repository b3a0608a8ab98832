/**
 * Schema version 2: hints. A student may ask the analyzer for a hint (the cue words, never the answer)
 * before answering a passage; the summary and, later, the teacher's reports say how many were used.
 */
import type { Database } from 'better-sqlite3';

export const version = 2;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE hints (
      attempt_id    INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
      passage_index INTEGER NOT NULL,
      requested_at  TEXT NOT NULL,
      PRIMARY KEY (attempt_id, passage_index)
    );
  `);
}
