/**
 * Schema version 6: four exercises, answers stored per exercise kind, attempts with a stable identity.
 *
 * - `attempts` gain `uid` (a random UUID that survives export and re-import: results files name attempts
 *   by it), `exercise` and `mode` (an attempt = one profile × one lesson version × one exercise × one
 *   mode), and `item_order` (the shuffled order of a sort attempt, JSON; NULL = page order), so resume
 *   asks the very next passage it would have asked.
 * - `answers` becomes `sort_answers` (every existing answer was a sort answer, and stays one) and gains
 *   `score` (0..1, the one stored grade) and `seconds` (time to answer; unknown for old answers).
 * - `intruder_answers` (one whole-page selection per attempt), `who_answers` and `mark_answers`.
 *
 * Grading is stored, not re-derived: `score`/`correct` are written once, at answer time, against the
 * lesson version the attempt froze (why: electron/core/exercises/registry.ts).
 *
 * Existing attempts were all sort attempts in practice mode; the column defaults say exactly that.
 * Adding columns (rather than rebuilding `attempts`) matters: dropping a table that answers reference
 * with ON DELETE CASCADE would delete every answer.
 */
import type { Database } from 'better-sqlite3';

export const version = 6;

/** A version-4 UUID made by SQLite for each existing row (new rows get crypto.randomUUID()). */
const SQL_UUID = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

const common = `
      score       REAL NOT NULL CHECK (score >= 0 AND score <= 1),
      correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
      confidence  TEXT CHECK (confidence IN ('sure', 'unsure')),
      seconds     REAL CHECK (seconds IS NULL OR seconds >= 0),
      answered_at TEXT NOT NULL`;

/** An answer may only be stored in the table of its attempt's exercise. */
const sameExercise = (table: string, kind: string) => `
    CREATE TRIGGER ${table}_exercise BEFORE INSERT ON ${table}
      WHEN EXISTS (SELECT 1 FROM attempts WHERE id = NEW.attempt_id AND exercise <> '${kind}')
      BEGIN SELECT RAISE(ABORT, '${table}: the attempt is not a ${kind} attempt'); END;`;

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE attempts ADD COLUMN uid TEXT;
    ALTER TABLE attempts ADD COLUMN exercise TEXT NOT NULL DEFAULT 'sort'
      CHECK (exercise IN ('sort', 'intruder', 'who', 'mark'));
    ALTER TABLE attempts ADD COLUMN mode TEXT NOT NULL DEFAULT 'practice' CHECK (mode IN ('practice', 'test'));
    ALTER TABLE attempts ADD COLUMN item_order TEXT;
    UPDATE attempts SET uid = ${SQL_UUID};
    CREATE UNIQUE INDEX attempts_by_uid ON attempts(uid);
    CREATE INDEX attempts_by_profile_lesson_exercise ON attempts(profile_id, lesson_id, exercise);
    CREATE TRIGGER attempts_uid_required BEFORE INSERT ON attempts WHEN NEW.uid IS NULL
      BEGIN SELECT RAISE(ABORT, 'attempts.uid is required'); END;
    CREATE TRIGGER attempts_uid_fixed BEFORE UPDATE OF uid ON attempts WHEN NEW.uid IS NOT OLD.uid
      BEGIN SELECT RAISE(ABORT, 'attempts.uid never changes'); END;

    ALTER TABLE answers RENAME TO sort_answers;
    ALTER TABLE sort_answers ADD COLUMN score REAL NOT NULL DEFAULT 0 CHECK (score >= 0 AND score <= 1);
    ALTER TABLE sort_answers ADD COLUMN seconds REAL CHECK (seconds IS NULL OR seconds >= 0);
    UPDATE sort_answers SET score = correct;
    ${sameExercise('sort_answers', 'sort')}

    CREATE TABLE intruder_answers (
      attempt_id  INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
      selected    TEXT NOT NULL,   -- JSON array of passage indices, ascending
      ${common}
    );
    ${sameExercise('intruder_answers', 'intruder')}

    CREATE TABLE who_answers (
      attempt_id    INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
      passage_index INTEGER NOT NULL,
      seq           INTEGER NOT NULL,
      source_kind   TEXT NOT NULL CHECK (source_kind IN ('named', 'anonymous', 'vague', 'media', 'document')),
      verb          TEXT NOT NULL CHECK (verb IN ('neutral', 'loaded')),
      ${common},
      PRIMARY KEY (attempt_id, passage_index)
    );
    ${sameExercise('who_answers', 'who')}

    CREATE TABLE mark_answers (
      attempt_id    INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
      passage_index INTEGER NOT NULL,
      seq           INTEGER NOT NULL,
      ranges        TEXT NOT NULL,  -- JSON [[start, end], …], sorted, not overlapping
      ${common},
      PRIMARY KEY (attempt_id, passage_index)
    );
    ${sameExercise('mark_answers', 'mark')}
  `);
}
