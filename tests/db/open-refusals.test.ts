/**
 * Opening the database names the real problem at open, not at the first write: no file at all, a
 * read-only file or folder, a full disk, another process holding the write lock, a newer version's
 * database (left byte-for-byte as found, WAL included). A damaged stored lesson is named and the rest of
 * the app stays usable. Real files, real SQLite; the read-only and full-disk cases need real permissions
 * (as root: `chattr +i` and a small tmpfs), and say so when they cannot be arranged.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { DatabaseLocationError, DatabaseTooNewError, openDatabase } from '../../db/open-database.js';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { openBackend } from '../../electron/core/backend.js';
import { run as lessonCommand } from '../../electron/cli/lesson-command.js';
import type { AttemptView, Envelope, LibraryEntry, Profile } from '../../electron/shared/contract.js';
import { captureIo } from '../helpers/capture-io.js';
import { tempDir } from '../helpers/temp-dir.js';

const isRoot = process.getuid?.() === 0;
const located = (problem: string, pattern: RegExp) => (err: unknown) =>
  err instanceof DatabaseLocationError && err.problem === problem && pattern.test(err.message);

/** Makes a file or folder read-only even for root (chattr +i); returns an undo, or undefined if impossible. */
function makeReadOnly(p: string): (() => void) | undefined {
  const mode = fs.statSync(p).mode & 0o777;
  fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o555 : 0o444);
  const undoChmod = () => fs.chmodSync(p, mode);
  if (!isRoot) return undoChmod;
  if (spawnSync('chattr', ['+i', p]).status !== 0) {
    undoChmod();
    return undefined;
  }
  return () => {
    spawnSync('chattr', ['-i', p]);
    undoChmod();
  };
}

test('"" and ":memory:" are refused: the work would vanish at exit', () => {
  for (const file of ['', '  ', ':memory:'])
    assert.throws(() => openDatabase(file), located('no_file', /is not a database file: give a file name/));
  assert.throws(() => openBackend({ dbPath: ':memory:', host: 'web' }), located('no_file', /--db/));
});

test('a read-only database file is refused at open, named, with what to do', (t) => {
  const file = path.join(tempDir(), 'ro.sqlite');
  openDatabase(file).close();
  const undo = makeReadOnly(file);
  if (!undo) return t.skip('cannot make a file read-only here (chattr unavailable)');
  try {
    assert.throws(
      () => openDatabase(file),
      located('read_only_file', /ro\.sqlite is read-only, so no answer could be saved. Make the file writable/),
    );
  } finally {
    undo();
  }
});

test('a read-only folder is named as such, for a new database and for an existing one', (t) => {
  const dir = path.join(tempDir(), 'class');
  fs.mkdirSync(dir);
  const existing = path.join(dir, 'app.sqlite');
  openDatabase(existing).close();
  const undo = makeReadOnly(dir);
  if (!undo) return t.skip('cannot make a folder read-only here (chattr unavailable)');
  try {
    assert.throws(
      () => openDatabase(path.join(dir, 'new.sqlite')),
      located('read_only_folder', /The folder .*class is read-only/),
    );
    assert.throws(() => openDatabase(existing), located('read_only_folder', /needs to write beside it/));
  } finally {
    undo();
  }
});

test('a full disk is named as such, not as "not a Sourcewise database"', (t) => {
  if (!isRoot) return t.skip('needs root to mount a small tmpfs');
  const mnt = path.join(tempDir(), 'small-disk');
  fs.mkdirSync(mnt);
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt]).status !== 0)
    return t.skip('cannot mount a tmpfs here');
  try {
    // Fill the disk.
    const fd = fs.openSync(path.join(mnt, 'filler'), 'w');
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(4096, 1));
    } catch (err) {
      assert.equal((err as NodeJS.ErrnoException).code, 'ENOSPC');
    } finally {
      fs.closeSync(fd);
    }
    assert.throws(
      () => openDatabase(path.join(mnt, 'app.sqlite')),
      located('disk_full', /The disk holding .* is full: free some space/),
    );
  } finally {
    execFileSync('umount', [mnt]);
  }
});

const sha = (p: string) => (fs.existsSync(p) ? crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex') : 'absent');

test('a newer database left with a WAL by a crash is refused and left exactly as found (no WAL merge)', () => {
  const file = path.join(tempDir(), 'newer.sqlite');
  // Another process writes in WAL mode and dies without closing: its last commits live in the -wal file.
  const script = `const D = require(${JSON.stringify(path.resolve('node_modules/better-sqlite3'))});
    const d = new D(${JSON.stringify(file)}); d.pragma('journal_mode = WAL'); d.pragma('wal_autocheckpoint = 0');
    d.exec("CREATE TABLE future_things (x TEXT); INSERT INTO future_things VALUES ('keep me')");
    d.pragma('user_version = ${LATEST_SCHEMA_VERSION + 7}'); process.exit(0);`;
  execFileSync(process.execPath, ['-e', script]);
  const before = [sha(file), sha(`${file}-wal`)];
  assert.notEqual(before[1], 'absent', 'the crash left a WAL');
  assert.throws(
    () => openDatabase(file),
    (err: unknown) => err instanceof DatabaseTooNewError && err.found === LATEST_SCHEMA_VERSION + 7,
  );
  assert.deepEqual([sha(file), sha(`${file}-wal`)], before);
});

test('a write lock held by another process: named at open, and an answer says another window is busy', async () => {
  const file = path.join(tempDir(), 'busy.sqlite');
  const b = openBackend({ dbPath: file, host: 'web', log: () => {} });
  const call = async <T>(channel: string, input: unknown) => {
    const env = (await b.dispatch(channel, input)) as Envelope<T>;
    if (!env.ok) throw new Error(env.error.message);
    return env.value;
  };
  const me = await call<Profile>('profiles:create', { name: 'Noor' });
  const lib = await call<LibraryEntry[]>('library:list', { profileId: me.id });
  const view = await call<AttemptView>('attempt:open', { profileId: me.id, lessonId: lib[0]!.lessonId });

  const holder = new BetterSqlite3(file);
  holder.exec('BEGIN IMMEDIATE');
  try {
    assert.throws(() => openDatabase(file), located('busy', /Another Sourcewise window \(or the command line\) is busy/));
    const env = await b.dispatch('attempt:answer', { attemptId: view.attemptId, index: 0, choice: 'reported' });
    assert.deepEqual(env.ok ? null : env.error.code, 'conflict');
    assert.match(
      env.ok ? '' : env.error.message,
      /Another Sourcewise window .* is busy with the database, so this was not saved/,
    );
  } finally {
    holder.exec('ROLLBACK');
    holder.close();
  }
  // Once the other window is done, the same answer goes through.
  assert.equal((await b.dispatch('attempt:answer', { attemptId: view.attemptId, index: 0, choice: 'reported' })).ok, true);
  b.close();
});

test('a damaged stored lesson is named; the library, other lessons and the CLI stay usable', async () => {
  const file = path.join(tempDir(), 'damaged.sqlite');
  openDatabase(file).close();
  const first = openBackend({ dbPath: file, host: 'web', log: () => {} });
  first.close();
  const raw = new BetterSqlite3(file);
  const victims = raw.prepare('SELECT lesson_id AS id FROM lesson_versions ORDER BY lesson_id').all() as Array<{ id: string }>;
  assert.ok(victims.length >= 1);
  const victim = victims[0]!.id;
  raw.prepare('UPDATE lesson_versions SET content = substr(content, 1, 40) WHERE lesson_id = ?').run(victim);
  raw.close();

  const logged: string[] = [];
  const b = openBackend({ dbPath: file, host: 'web', log: (m) => logged.push(m) });
  assert.ok(logged.some((m) => m.includes(`The lesson "${victim}"`) && m.includes('is damaged')));
  const me = (await b.dispatch('profiles:create', { name: 'Lea' })) as Envelope<Profile>;
  assert.ok(me.ok);
  const lib = (await b.dispatch('library:list', { profileId: me.value.id })) as Envelope<LibraryEntry[]>;
  assert.ok(lib.ok, 'the library still answers');
  assert.equal(lib.value.length, victims.length - 1);
  assert.equal(
    lib.value.some((l) => l.lessonId === victim),
    false,
  );
  const open = await b.dispatch('attempt:open', { profileId: me.value.id, lessonId: victim });
  assert.equal(open.ok, false);
  assert.match(
    open.ok ? '' : open.error.message,
    new RegExp(`The lesson "${victim}" \\(version \\d+\\) stored in this database is damaged`),
  );
  b.close();

  const c = captureIo();
  assert.equal(await lessonCommand(['list', '--db', file], c.io), 0);
  assert.match(c.err.join(''), new RegExp(`warning: The lesson "${victim}".*damaged`));
  assert.doesNotMatch(c.err.join(''), /SyntaxError|Unexpected token|JSON at position/);
});
