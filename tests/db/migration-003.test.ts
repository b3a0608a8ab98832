import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import * as m001 from '../../db/migrations/001-initial.js';
import * as m002 from '../../db/migrations/002-hints.js';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { openDatabase } from '../../db/open-database.js';
import { tempDir } from '../helpers/temp-dir.js';

test('migration 3 adds settings to a version-2 database and keeps its profiles and hints', () => {
  const file = path.join(tempDir(), 'v2.sqlite');
  const v2 = new BetterSqlite3(file);
  m001.up(v2);
  m002.up(v2);
  v2.pragma('user_version = 2');
  v2.exec(`
    INSERT INTO profiles (id, name, name_key, created_at) VALUES (1, 'Ada', 'ada', '2026-01-01');
    INSERT INTO lessons VALUES ('l', 1, 'L', '', 'bundled');
    INSERT INTO lesson_versions VALUES ('l', 1, '{}', 'x', '2026-01-01');
    INSERT INTO attempts (id, profile_id, lesson_id, lesson_version, started_at) VALUES (7, 1, 'l', 1, '2026-01-01');
    INSERT INTO hints VALUES (7, 3, '2026-01-01');
  `);
  v2.close();
  const db = openDatabase(file);
  assert.equal(db.pragma('user_version', { simple: true }), LATEST_SCHEMA_VERSION);
  db.prepare("INSERT INTO settings VALUES ('k', 'v', '2026-01-02')").run();
  assert.throws(() => db.prepare("INSERT INTO settings VALUES ('k', 'w', '2026-01-02')").run(), /UNIQUE|PRIMARY KEY/);
  assert.deepEqual(db.prepare('SELECT name FROM profiles').all(), [{ name: 'Ada' }]);
  assert.deepEqual(db.prepare('SELECT passage_index FROM hints').all(), [{ passage_index: 3 }]);
  db.close();
});
