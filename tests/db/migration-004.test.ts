import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../db/open-database.js';
import { migrateTo } from '../helpers/migrate-to.js';
import { tempDir } from '../helpers/temp-dir.js';

test('migration 4 gives the install an id once, adds classes, and keeps what was there', () => {
  const file = path.join(tempDir(), 'v3.sqlite');
  const v3 = new BetterSqlite3(file);
  migrateTo(v3, 3);
  v3.exec(`
    INSERT INTO profiles (id, name, name_key, created_at) VALUES (1, 'Ada', 'ada', '2026-01-01');
    INSERT INTO lessons VALUES ('l', 1, 'L', '', 'bundled');
    INSERT INTO lesson_versions VALUES ('l', 1, '{}', 'x', '2026-01-01');
    INSERT INTO settings VALUES ('teacher.pinHash', 'h', '2026-01-01');
  `);
  v3.close();

  const db = openDatabase(file);
  const installId = db.prepare("SELECT value FROM settings WHERE key = 'install.id'").pluck().get() as string;
  assert.match(installId, /^[0-9a-f]{32}$/);
  assert.equal(db.prepare("SELECT value FROM settings WHERE key = 'teacher.pinHash'").pluck().get(), 'h');
  db.prepare("INSERT INTO classes VALUES ('c1', '7B', 'abcd', 'created', '2026-01-02')").run();
  db.prepare("INSERT INTO lesson_classes VALUES ('l', 'c1', '2026-01-02')").run();
  assert.throws(() => db.prepare("INSERT INTO classes VALUES ('c2', '7C', 'k', 'stolen', 'x')").run(), /CHECK/);
  assert.throws(() => db.prepare("INSERT INTO lesson_classes VALUES ('nope', 'c1', 'x')").run(), /FOREIGN KEY/);
  db.close();

  // Opening again keeps the same id: it is made once per database, not per start.
  const again = openDatabase(file);
  assert.equal(again.prepare("SELECT value FROM settings WHERE key = 'install.id'").pluck().get(), installId);
  again.close();
});

test('two databases get different install ids', () => {
  const a = openDatabase(path.join(tempDir(), 'a.sqlite'));
  const b = openDatabase(path.join(tempDir(), 'b.sqlite'));
  const id = (db: typeof a) => db.prepare("SELECT value FROM settings WHERE key = 'install.id'").pluck().get();
  assert.notEqual(id(a), id(b));
  a.close();
  b.close();
});
