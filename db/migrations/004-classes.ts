/**
 * Schema version 4: the identity of this installation and the classes lessons are handed to.
 *
 * - `settings['install.id']`: a random id made once per database, so results files exported from many
 *   desktops can say where each attempt was made (and a re-import is recognised).
 * - `classes`: a class a teacher hands lessons to (made on the teacher's install, or arrived with a lesson
 *   pack on a classroom desktop). `results_key` is the secret that results files from that class are
 *   signed with (HMAC), so a corrupted or casually edited file is detected on the teacher's install.
 * - `lesson_classes`: which lessons came to this install for which class.
 */
import type { Database } from 'better-sqlite3';

export const version = 4;

export function up(db: Database): void {
  db.exec(`
    INSERT OR IGNORE INTO settings (key, value, updated_at)
      VALUES ('install.id', lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

    CREATE TABLE classes (
      id          TEXT PRIMARY KEY,          -- random, made by the teacher's install
      name        TEXT NOT NULL,
      results_key TEXT NOT NULL,             -- hex; signs results files of this class
      origin      TEXT NOT NULL CHECK (origin IN ('created', 'imported')),
      created_at  TEXT NOT NULL
    );

    CREATE TABLE lesson_classes (
      lesson_id TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
      class_id  TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
      added_at  TEXT NOT NULL,
      PRIMARY KEY (lesson_id, class_id)
    );
    CREATE INDEX lesson_classes_by_class ON lesson_classes(class_id);
  `);
}
