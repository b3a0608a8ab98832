/**
 * Backups with SQLite's online backup API, and restore: through the teacher's calls (teacher-only), the
 * command line, and the daily automatic backup. A restored backup holds every answer it was taken with.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { backupsDir, KEEP_AUTOMATIC, listBackups } from '../../db/backups.js';
import { openBackend, type Backend } from '../../electron/core/backend.js';
import { run as dbCommand } from '../../electron/cli/db-command.js';
import type { AttemptView, BackupEntry, Envelope, LibraryEntry, Profile, RestoreResult } from '../../electron/shared/contract.js';
import { captureIo } from '../helpers/capture-io.js';
import { tempDir } from '../helpers/temp-dir.js';

async function call<T>(b: Backend, channel: string, input: unknown = {}): Promise<T> {
  const env = (await b.dispatch(channel, input)) as Envelope<T>;
  if (!env.ok) throw new Error(`${channel}: ${env.error.code}: ${env.error.message}`);
  return env.value;
}

const LABELS = ['reported', 'quoted', 'commentary', 'not_article'] as const;

/** Every stored answer, as rows to compare. */
function answers(file: string): unknown[] {
  const db = new BetterSqlite3(file, { readonly: true });
  const rows = db.prepare('SELECT rowid, * FROM sort_answers ORDER BY rowid').all();
  db.close();
  return rows;
}

async function studentAnswers(b: Backend, name: string, count: number): Promise<AttemptView> {
  const me = await call<Profile>(b, 'profiles:create', { name });
  const lib = await call<LibraryEntry[]>(b, 'library:list', { profileId: me.id });
  const view = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: lib[0]!.lessonId });
  for (let i = 0; i < count; i++)
    await call(b, 'attempt:answer', { attemptId: view.attemptId, index: i, choice: LABELS[i % LABELS.length] });
  return view;
}

test('a teacher backs up, answers are lost, the backup is restored: every answer is back', async () => {
  const file = path.join(tempDir(), 'class.sqlite');
  const b = openBackend({ dbPath: file, host: 'web' });
  assert.equal((await b.dispatch('backup:create', {})).ok, false, 'backups are teacher-only');
  await call(b, 'teacher:set-pin', { pin: '24681357' });
  await studentAnswers(b, 'Ana', 6);
  await studentAnswers(b, 'Ben', 4);
  const atBackup = answers(file);
  assert.equal(atBackup.length, 10);

  const made = await call<BackupEntry>(b, 'backup:create');
  assert.equal(made.reason, 'manual');
  assert.deepEqual(
    (await call<BackupEntry[]>(b, 'backup:list')).map((x) => x.name),
    [made.name],
  );

  // Later: more work, then a disaster wipes the answers.
  await studentAnswers(b, 'Cy', 2);
  const raw = new BetterSqlite3(file);
  raw.exec('DELETE FROM sort_answers');
  raw.close();
  assert.equal(answers(file).length, 0);

  const restored = await call<RestoreResult>(b, 'backup:restore', { name: made.name });
  assert.equal(restored.restored, made.name);
  assert.deepEqual(answers(file), atBackup, 'every answer of the backup, exactly');
  // The state before the restore was kept, so the restore itself can be undone.
  const safety = listBackups(backupsDir(file)).find((x) => x.name === restored.safetyBackup);
  assert.equal(safety?.reason, 'before-restore');
  // The app keeps working on the restored database.
  const profiles = await call<Profile[]>(b, 'profiles:list');
  assert.deepEqual(profiles.map((p) => p.name).sort(), ['Ana', 'Ben']);
  await studentAnswers(b, 'Dee', 1);
  assert.equal(answers(file).length, 11);

  const missing = await b.dispatch('backup:restore', { name: 'sourcewise-20990101-000000-manual.sqlite' });
  assert.equal(missing.ok ? '' : missing.error.code, 'not_found');
  const sneaky = await b.dispatch('backup:restore', { name: '../class.sqlite' });
  assert.equal(sneaky.ok ? '' : sneaky.error.code, 'invalid_input');
  b.close();
});

test('the command line backs up, lists and restores; a file that is no backup is refused, nothing changed', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'cli.sqlite');
  const b = openBackend({ dbPath: file, host: 'web' });
  await studentAnswers(b, 'Eli', 3);
  b.close();
  const atBackup = answers(file);

  const c = captureIo();
  assert.equal(await dbCommand(['backup', '--db', file], c.io), 0);
  assert.match(c.out.join(''), /Backed up to .*backups.*sourcewise-\d{8}-\d{6}-manual\.sqlite/);
  const l = captureIo();
  assert.equal(await dbCommand(['backups', '--db', file], l.io), 0);
  const name = l.out.join('').split('\t')[0]!;
  assert.match(name, /^sourcewise-.*-manual\.sqlite$/);

  const raw = new BetterSqlite3(file);
  raw.exec('DELETE FROM sort_answers');
  raw.close();
  const r = captureIo();
  assert.equal(await dbCommand(['restore', name, '--db', file], r.io), 0);
  assert.match(r.out.join(''), /Restored sourcewise-.*What was there before is kept as sourcewise-.*-before-restore\.sqlite/);
  assert.deepEqual(answers(file), atBackup);

  const notes = path.join(dir, 'notes.txt');
  fs.writeFileSync(notes, 'not a database at all\n'.repeat(100));
  const before = answers(file);
  const bad = captureIo();
  assert.equal(await dbCommand(['restore', notes, '--db', file], bad.io), 1);
  assert.match(bad.err.join(''), /notes\.txt is not a Sourcewise backup/);
  assert.deepEqual(answers(file), before);
  const usage = captureIo();
  assert.equal(await dbCommand(['restore', '--db', file], usage.io), 2);
});

test('one automatic backup a day, the newest few kept', async () => {
  const file = path.join(tempDir(), 'daily.sqlite');
  let t = Date.parse('2026-12-01T08:00:00Z');
  const now = () => new Date(t);
  for (let day = 0; day < KEEP_AUTOMATIC + 3; day++) {
    for (let open = 0; open < 2; open++) {
      const b = openBackend({ dbPath: file, host: 'web', now, autoBackup: true });
      // The backup runs in the background: wait for it like the app would, by its file appearing.
      for (
        let i = 0;
        i < 200 && !listBackups(backupsDir(file)).some((x) => x.createdAt.startsWith(now().toISOString().slice(0, 10)));
        i++
      )
        await new Promise((r) => setTimeout(r, 10));
      b.close();
      t += 60_000;
    }
    t += 24 * 3600_000;
  }
  const daily = listBackups(backupsDir(file)).filter((x) => x.reason === 'daily');
  assert.equal(daily.length, KEEP_AUTOMATIC, 'one a day, the oldest pruned');
  assert.equal(new Set(daily.map((x) => x.createdAt.slice(0, 10))).size, KEEP_AUTOMATIC);
  assert.equal(daily[0]!.createdAt.slice(0, 10), '2026-12-10');
});
