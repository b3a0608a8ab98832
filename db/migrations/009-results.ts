/**
 * Schema version 9: classroom results imported on the teacher's install (issue 8).
 *
 * Imported results live in their own tables, apart from the study data of whoever uses this computer:
 * a teacher trying a lesson never shows up in the class report, and an import never touches `attempts`.
 *
 * - `results_students`: a student as the teacher knows them. Profiles from several desktops map to one
 *   student (`results_sources`); `review` = 1 while the teacher has not confirmed a merge made by name.
 * - `results_files`: every file accepted (by content hash), for the import log.
 * - `results_attempts` / `results_answers`: what arrived, keyed by the attempt's stable uid, so the same
 *   attempt imported twice counts once. `key_known` = 0 when the teacher's install lacks the lesson
 *   version (or has different content under that version) the desktop graded against.
 * - `results_student_days` / `results_item_days`: summaries kept up to date by every import, per day, so
 *   the class report over a million answers reads thousands of rows, not a million (with a date filter).
 */
import type { Database } from 'better-sqlite3';

export const version = 9;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE results_students (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      name_key   TEXT NOT NULL,
      review     INTEGER NOT NULL DEFAULT 0 CHECK (review IN (0, 1)),
      created_at TEXT NOT NULL
    );
    CREATE INDEX results_students_by_name ON results_students(name_key);

    CREATE TABLE results_sources (
      install_id   TEXT NOT NULL,
      profile_key  TEXT NOT NULL,
      profile_name TEXT NOT NULL,
      student_id   INTEGER NOT NULL REFERENCES results_students(id),
      first_seen   TEXT NOT NULL,
      PRIMARY KEY (install_id, profile_key)
    );
    CREATE INDEX results_sources_by_student ON results_sources(student_id);

    CREATE TABLE results_files (
      sha256      TEXT PRIMARY KEY,
      file_name   TEXT NOT NULL,
      install_id  TEXT NOT NULL,
      class_id    TEXT NOT NULL,
      exported_at TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      attempts    INTEGER NOT NULL,
      new_answers INTEGER NOT NULL
    );

    CREATE TABLE results_attempts (
      id             INTEGER PRIMARY KEY,
      uid            TEXT NOT NULL UNIQUE,
      student_id     INTEGER NOT NULL REFERENCES results_students(id),
      install_id     TEXT NOT NULL,
      profile_key    TEXT NOT NULL,
      class_id       TEXT NOT NULL,
      lesson_id      TEXT NOT NULL,
      lesson_version INTEGER NOT NULL,
      content_hash   TEXT NOT NULL,
      exercise       TEXT NOT NULL CHECK (exercise IN ('sort', 'intruder', 'who', 'mark')),
      mode           TEXT NOT NULL CHECK (mode IN ('practice', 'test')),
      started_at     TEXT NOT NULL,
      completed_at   TEXT,
      key_known      INTEGER NOT NULL CHECK (key_known IN (0, 1)),
      answers        INTEGER NOT NULL DEFAULT 0,
      score_sum      REAL NOT NULL DEFAULT 0,
      imported_at    TEXT NOT NULL
    );
    CREATE INDEX results_attempts_by_student ON results_attempts(student_id, lesson_id, exercise);
    CREATE INDEX results_attempts_by_lesson ON results_attempts(lesson_id, exercise);

    CREATE TABLE results_answers (
      id           INTEGER PRIMARY KEY,
      -- the integer id, not the uid: answers of one attempt arrive together, so this index grows at its end
      attempt_id   INTEGER NOT NULL REFERENCES results_attempts(id),
      item         INTEGER NOT NULL,
      response     TEXT NOT NULL,      -- the raw answer, JSON
      chosen_label TEXT,               -- sort: the label chosen
      key_label    TEXT,               -- the teacher's key for the item, where the teacher has that version
      score        REAL NOT NULL,
      correct      INTEGER NOT NULL CHECK (correct IN (0, 1)),
      confidence   TEXT CHECK (confidence IN ('sure', 'unsure')),
      seconds      REAL,
      hinted       INTEGER NOT NULL CHECK (hinted IN (0, 1)),
      answered_at  TEXT NOT NULL,
      UNIQUE (attempt_id, item)
    );

    CREATE TABLE results_student_days (
      class_id   TEXT NOT NULL,
      lesson_id  TEXT NOT NULL,
      exercise   TEXT NOT NULL,
      day        TEXT NOT NULL,        -- YYYY-MM-DD (UTC) of the answer
      student_id INTEGER NOT NULL,
      attempts   INTEGER NOT NULL DEFAULT 0,  -- attempts started that day
      answers    INTEGER NOT NULL DEFAULT 0,
      correct    INTEGER NOT NULL DEFAULT 0,
      score_sum  REAL NOT NULL DEFAULT 0,
      hits       INTEGER NOT NULL DEFAULT 0,  -- fact-or-not decisions (sort), for d′ and c
      misses     INTEGER NOT NULL DEFAULT 0,
      false_alarms INTEGER NOT NULL DEFAULT 0,
      correct_rejections INTEGER NOT NULL DEFAULT 0,
      flagged    INTEGER NOT NULL DEFAULT 0,  -- answers graded against a key the teacher lacks
      last_at    TEXT NOT NULL,
      -- ordered for the report's GROUP BY student, exercise (read in key order, no sorting)
      PRIMARY KEY (student_id, exercise, lesson_id, class_id, day)
    ) WITHOUT ROWID;

    CREATE TABLE results_item_days (
      class_id       TEXT NOT NULL,
      lesson_id      TEXT NOT NULL,
      lesson_version INTEGER NOT NULL,
      exercise       TEXT NOT NULL,
      day            TEXT NOT NULL,
      item           INTEGER NOT NULL,
      key_label      TEXT NOT NULL,     -- '' where the teacher lacks the key
      answers        INTEGER NOT NULL DEFAULT 0,
      correct        INTEGER NOT NULL DEFAULT 0,
      score_sum      REAL NOT NULL DEFAULT 0,
      -- chosen labels (sort), all answers and wrong answers only
      c_reported INTEGER NOT NULL DEFAULT 0, c_quoted INTEGER NOT NULL DEFAULT 0,
      c_commentary INTEGER NOT NULL DEFAULT 0, c_not_article INTEGER NOT NULL DEFAULT 0,
      w_reported INTEGER NOT NULL DEFAULT 0, w_quoted INTEGER NOT NULL DEFAULT 0,
      w_commentary INTEGER NOT NULL DEFAULT 0, w_not_article INTEGER NOT NULL DEFAULT 0,
      -- ordered for the report's GROUP BY item, and for a lesson filter (a key prefix)
      PRIMARY KEY (lesson_id, lesson_version, exercise, item, class_id, day)
    ) WITHOUT ROWID;
  `);
}
