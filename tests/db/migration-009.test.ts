import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../db/open-database.js';
import { migrateTo } from '../helpers/migrate-to.js';
import { tempDir } from '../helpers/temp-dir.js';

test('migration 9 adds the imported-results tables beside the study data, which it leaves alone', () => {
  const file = path.join(tempDir(), 'v4.sqlite');
  const v4 = new BetterSqlite3(file);
  migrateTo(v4, 4);
  v4.exec(`
    INSERT INTO profiles (id, name, name_key, created_at) VALUES (1, 'Ada', 'ada', '2026-01-01');
    INSERT INTO lessons VALUES ('l', 1, 'L', '', 'bundled');
    INSERT INTO lesson_versions VALUES ('l', 1, '{}', 'x', '2026-01-01');
    INSERT INTO attempts (id, profile_id, lesson_id, lesson_version, started_at) VALUES (1, 1, 'l', 1, '2026-01-01');
    INSERT INTO answers VALUES (1, 0, 1, 'quoted', NULL, 1, '2026-01-01');
  `);
  v4.close();

  const db = openDatabase(file);
  assert.equal(db.prepare('SELECT COUNT(*) FROM sort_answers').pluck().get(), 1);
  assert.equal(db.prepare('SELECT COUNT(*) FROM results_answers').pluck().get(), 0);
  db.prepare("INSERT INTO results_students (id, name, name_key, created_at) VALUES (1, 'Ada', 'ada', 'now')").run();
  const attempt = db.prepare(
    `INSERT INTO results_attempts (uid, student_id, install_id, profile_key, class_id, lesson_id, lesson_version, content_hash,
       exercise, mode, started_at, key_known, imported_at) VALUES (?, 1, 'i', 'ada', 'c', 'l', 1, 'h', ?, 'practice', 't', 1, 't')`,
  );
  attempt.run('u1', 'sort');
  assert.throws(() => attempt.run('u2', 'quiz'), /CHECK/);
  assert.throws(() => attempt.run('u3', 'sort') && attempt.run('u1', 'sort'), /UNIQUE|PRIMARY/);
  const answer = db.prepare(
    `INSERT INTO results_answers (attempt_id, item, response, score, correct, hinted, answered_at) VALUES (?, 0, '{}', 1, 1, 0, 't')`,
  );
  answer.run(1);
  assert.throws(() => answer.run(1), /UNIQUE/, 'one answer per attempt and item');
  assert.throws(() => answer.run(999), /FOREIGN KEY/);
  db.close();
});
