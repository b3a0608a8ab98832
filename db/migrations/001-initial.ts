/**
 * Schema version 1: profiles, lessons (every loaded version kept, so an attempt is always graded against
 * the key it was started with), attempts and answers.
 */
import type { Database } from 'better-sqlite3';

export const version = 1;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE profiles (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      -- case- and space-folded name: two students may not both be "Sam" on one machine
      name_key   TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    );

    CREATE TABLE lessons (
      id              TEXT PRIMARY KEY,
      current_version INTEGER NOT NULL,
      title           TEXT NOT NULL,
      description     TEXT NOT NULL,
      origin          TEXT NOT NULL CHECK (origin IN ('bundled', 'imported'))
    );

    CREATE TABLE lesson_versions (
      lesson_id TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
      version   INTEGER NOT NULL,
      content   TEXT NOT NULL,   -- the validated lesson file, JSON
      sha256    TEXT NOT NULL,
      loaded_at TEXT NOT NULL,
      PRIMARY KEY (lesson_id, version)
    );

    CREATE TABLE attempts (
      id             INTEGER PRIMARY KEY,
      profile_id     INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
      lesson_id      TEXT NOT NULL,
      lesson_version INTEGER NOT NULL,
      started_at     TEXT NOT NULL,
      completed_at   TEXT,
      FOREIGN KEY (lesson_id, lesson_version) REFERENCES lesson_versions(lesson_id, version)
    );
    CREATE INDEX attempts_by_profile_lesson ON attempts(profile_id, lesson_id);

    CREATE TABLE answers (
      attempt_id    INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
      passage_index INTEGER NOT NULL,
      seq           INTEGER NOT NULL,  -- order in which the student answered
      choice        TEXT NOT NULL CHECK (choice IN ('reported', 'quoted', 'commentary', 'not_article')),
      confidence    TEXT CHECK (confidence IN ('sure', 'unsure')),
      correct       INTEGER NOT NULL CHECK (correct IN (0, 1)),
      answered_at   TEXT NOT NULL,
      PRIMARY KEY (attempt_id, passage_index)
    );
  `);
}
