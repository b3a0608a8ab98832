import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations/index.js';
import { DatabaseTooNewError, DatabaseUnreadableError, openDatabase } from '../../db/open-database.js';
import { tempDir } from '../helpers/temp-dir.js';

test('migrations are numbered in strictly increasing order, and the last is the latest', () => {
  const versions = MIGRATIONS.map((m) => m.version);
  assert.deepEqual(
    versions,
    [...new Set(versions)].sort((a, b) => a - b),
  );
  assert.equal(versions[0], 1);
  assert.equal(LATEST_SCHEMA_VERSION, versions[versions.length - 1]);
});

test('migrations create the schema on an empty file, in WAL with foreign keys on', () => {
  const file = path.join(tempDir(), 'app.sqlite');
  const db = openDatabase(file);
  assert.equal(db.pragma('user_version', { simple: true }), LATEST_SCHEMA_VERSION);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>
  ).map((r) => r.name);
  // Later migrations add tables of their own; these are the ones every version since 3 must have.
  for (const table of ['attempts', 'hints', 'lesson_versions', 'lessons', 'profiles', 'settings'])
    assert.ok(tables.includes(table), `table ${table} exists`);
  // The constraints that protect students' work are real: an answer must belong to an attempt.
  assert.throws(
    () =>
      db
        .prepare(
          "INSERT INTO sort_answers (attempt_id, passage_index, seq, choice, correct, answered_at) VALUES (99, 0, 1, 'quoted', 1, 'x')",
        )
        .run(),
    /FOREIGN KEY/,
  );
  assert.throws(
    () => db.prepare("INSERT INTO profiles (name, name_key, created_at) VALUES ('a','a','x'), ('A','a','x')").run(),
    /UNIQUE/,
  );
  db.close();
});

test('reopening a migrated database runs nothing again and keeps its rows', () => {
  const file = path.join(tempDir(), 'app.sqlite');
  const first = openDatabase(file);
  first.prepare("INSERT INTO profiles (name, name_key, created_at) VALUES ('Ada', 'ada', '2026-01-01')").run();
  first.close();
  const again = openDatabase(file);
  assert.equal(again.pragma('user_version', { simple: true }), LATEST_SCHEMA_VERSION);
  assert.equal((again.prepare('SELECT COUNT(*) AS n FROM profiles').get() as { n: number }).n, 1);
  again.close();
});

test('a database from a newer version is refused with a clear message and left byte-for-byte unchanged', () => {
  const file = path.join(tempDir(), 'newer.sqlite');
  const raw = new BetterSqlite3(file);
  raw.exec("CREATE TABLE future_things (x TEXT); INSERT INTO future_things VALUES ('keep me');");
  raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
  raw.close();
  const before = fs.readFileSync(file);
  assert.throws(
    () => openDatabase(file),
    (err: unknown) => {
      assert.ok(err instanceof DatabaseTooNewError);
      assert.match(err.message, /newer version of Sourcewise/);
      assert.match(err.message, new RegExp(`schema ${LATEST_SCHEMA_VERSION + 5}`));
      return true;
    },
  );
  assert.deepEqual(fs.readFileSync(file), before);
  assert.equal(fs.existsSync(file + '-wal'), false);
});

test('a file that is not a database is refused, named, and not overwritten', () => {
  const file = path.join(tempDir(), 'notes.sqlite');
  fs.writeFileSync(file, 'These are my lesson notes, not a database.\n'.repeat(200));
  const before = fs.readFileSync(file);
  assert.throws(
    () => openDatabase(file),
    (err: unknown) => err instanceof DatabaseUnreadableError && /not a Sourcewise database/.test(err.message),
  );
  assert.deepEqual(fs.readFileSync(file), before);
});

test('a migration that fails leaves the database as it was (one transaction)', async () => {
  const { migrate } = await import('../../db/open-database.js');
  const file = path.join(tempDir(), 'half.sqlite');
  const db = new BetterSqlite3(file);
  db.exec('CREATE TABLE profiles (x)'); // collides with migration 1's CREATE TABLE profiles
  assert.throws(() => migrate(db, 0), /already exists/);
  assert.equal(db.pragma('user_version', { simple: true }), 0);
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
    (r) => r.name,
  );
  assert.deepEqual(tables, ['profiles']);
  db.close();
});
