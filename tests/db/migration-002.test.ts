import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import * as m001 from '../../db/migrations/001-initial.js';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { openDatabase } from '../../db/open-database.js';
import { tempDir } from '../helpers/temp-dir.js';

test('migration 2 adds hints to a version-1 database and keeps everything in it', () => {
  const file = path.join(tempDir(), 'v1.sqlite');
  // A database as version 1 of the app left it, with a student's work in it.
  const v1 = new BetterSqlite3(file);
  m001.up(v1);
  v1.pragma('user_version = 1');
  v1.exec(`
    INSERT INTO profiles (id, name, name_key, created_at) VALUES (1, 'Ada', 'ada', '2026-01-01');
    INSERT INTO lessons VALUES ('l', 1, 'L', '', 'bundled');
    INSERT INTO lesson_versions VALUES ('l', 1, '{}', 'x', '2026-01-01');
    INSERT INTO attempts (id, profile_id, lesson_id, lesson_version, started_at) VALUES (7, 1, 'l', 1, '2026-01-01');
    INSERT INTO answers VALUES (7, 0, 1, 'quoted', NULL, 1, '2026-01-01');
  `);
  v1.close();

  const db = openDatabase(file);
  assert.equal(db.pragma('user_version', { simple: true }), LATEST_SCHEMA_VERSION);
  db.prepare("INSERT INTO hints VALUES (7, 1, '2026-01-02')").run();
  assert.throws(() => db.prepare("INSERT INTO hints VALUES (99, 1, '2026-01-02')").run(), /FOREIGN KEY/);
  // (schema 6 renamed answers to sort_answers)
  assert.deepEqual(db.prepare('SELECT attempt_id, passage_index, choice FROM sort_answers').all(), [
    { attempt_id: 7, passage_index: 0, choice: 'quoted' },
  ]);
  // Deleting a profile takes its attempts, answers and hints with it (no orphans left behind).
  db.prepare('DELETE FROM profiles WHERE id = 1').run();
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM hints').get() as { n: number }).n, 0);
  db.close();
});
