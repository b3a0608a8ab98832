/** `sourcewise lesson …` through the real bin script in a child process, on a real database file. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lessonSchema } from '../../electron/core/lesson/lesson-schema.js';
import { lessonJsonSchema } from '../../electron/cli/lesson-command.js';
import { SEED_LESSON_FILE, tempDir } from '../helpers/temp-dir.js';

const BIN = path.resolve(import.meta.dirname, '../../../electron/cli/sourcewise.mjs');
const run = (args: string[], db: string) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SOURCEWISE_DB: db } });
const key = JSON.parse(fs.readFileSync(SEED_LESSON_FILE, 'utf8')) as {
  id: string;
  title: string;
  version: number;
  passages: Array<Record<string, unknown>>;
};

test('lesson list shows the seed lesson', () => {
  const db = path.join(tempDir(), 'cli.sqlite');
  const r = run(['lesson', 'list'], db);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${key.id}\tv${key.version}\t${key.passages.length} passages\t${key.title}\n`);
  const json = JSON.parse(run(['lesson', 'list', '--json'], db).stdout) as Array<{ id: string }>;
  assert.deepEqual(
    json.map((l) => l.id),
    [key.id],
  );
});

test('lesson export prints the key as JSON in page order with the documented fields', () => {
  const r = run(['lesson', 'export', key.id], path.join(tempDir(), 'cli.sqlite'));
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { id: string; title: string; version: number; passages: Array<Record<string, unknown>> };
  assert.deepEqual([out.id, out.title, out.version], [key.id, key.title, key.version]);
  assert.equal(out.passages.length, key.passages.length);
  out.passages.forEach((p, i) => {
    assert.deepEqual(Object.keys(p).slice(0, 9), [
      'index',
      'text',
      'role',
      'label',
      'subtype',
      'fromOutlet',
      'accept',
      'explanation',
      'cues',
    ]);
    assert.equal(p.index, i);
    for (const field of ['text', 'role', 'label', 'subtype', 'fromOutlet', 'accept', 'explanation', 'cues'])
      assert.deepEqual(p[field], key.passages[i]![field]);
  });
});

test('unknown lessons and commands fail with a message and a non-zero code', () => {
  const db = path.join(tempDir(), 'cli.sqlite');
  const missing = run(['lesson', 'export', 'no-such-lesson'], db);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /There is no lesson "no-such-lesson"\. Lessons: doha-ceasefire-live/);
  const unknown = run(['frobnicate'], db);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /Unknown command "frobnicate"/);
});

test('a database from the future is refused by the CLI too, unchanged', () => {
  const dir = tempDir();
  const db = path.join(dir, 'future.sqlite');
  run(['lesson', 'list'], db);
  const raw = spawnSync(
    process.execPath,
    [
      '-e',
      `const D=require('better-sqlite3');const d=new D(${JSON.stringify(db)});d.pragma('wal_checkpoint(TRUNCATE)');d.pragma('user_version = 99');d.close()`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(raw.status, 0, raw.stderr);
  const before = fs.readFileSync(db);
  const r = run(['lesson', 'list'], db);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /written by a newer version of Sourcewise \(schema 99/);
  assert.deepEqual(fs.readFileSync(db), before);
});

test('the committed JSON Schema of lesson files is the one generated from the zod definition', () => {
  const committed = JSON.parse(
    fs.readFileSync(path.join(path.dirname(SEED_LESSON_FILE), 'lesson.schema.json'), 'utf8'),
  ) as unknown;
  assert.deepEqual(committed, lessonJsonSchema(), 'run `npx sourcewise lesson schema > resources/lessons/lesson.schema.json`');
  assert.ok(lessonSchema.safeParse(JSON.parse(fs.readFileSync(SEED_LESSON_FILE, 'utf8'))).success);
});

test('lesson draft keys an article with the analyzer and prints a valid lesson; teacher reset-pin forgets the PIN', async () => {
  const db = path.join(tempDir(), 'cli.sqlite');
  const article = path.resolve(import.meta.dirname, '../../../tests/fixtures/analyzer/doha-ceasefire-live.txt');
  const r = run(['lesson', 'draft', article, '--title', 'Doha draft'], db);
  assert.equal(r.status, 0, r.stderr);
  const lesson = lessonSchema.parse(JSON.parse(r.stdout));
  assert.deepEqual([lesson.id, lesson.passages.length], ['doha-draft', 32]);
  assert.equal(run(['lesson', 'draft', article], db).status, 2);
  const binary = path.join(tempDir(), 'x.txt');
  fs.writeFileSync(binary, Buffer.from([0, 1, 2, 3]));
  const bad = run(['lesson', 'draft', binary, '--title', 'X'], db);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /binary data/);

  const { openBackend } = await import('../../electron/core/backend.js');
  const b = openBackend({ dbPath: db, host: 'web' });
  assert.equal((await b.dispatch('teacher:set-pin', { pin: '2468' })).ok, true);
  b.close();
  const reset = run(['teacher', 'reset-pin'], db);
  assert.equal(reset.status, 0, reset.stderr);
  assert.match(reset.stdout, /The teacher PIN was reset/);
  assert.match(run(['teacher', 'reset-pin'], db).stdout, /No teacher PIN was set/);
});

test('lesson export says which exercises the lesson offers, and how it is set up', () => {
  const r = run(['lesson', 'export', key.id], path.join(tempDir(), 'cli.sqlite'));
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { exercises: string[]; settings: { mode: string; order: string } };
  assert.deepEqual(out.exercises, ['sort', 'intruder', 'who', 'mark']);
  assert.deepEqual(out.settings, { mode: 'student_choice', order: 'student_choice' });
});
