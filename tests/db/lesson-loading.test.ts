import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../../db/open-database.js';
import { LessonsRepository } from '../../db/repositories/lessons.js';
import { openBackend } from '../../electron/core/backend.js';
import { parseLesson, LessonFormatError } from '../../electron/core/lesson/parse-lesson.js';
import { syncBundledLessons } from '../../electron/core/lesson/sync-bundled-lessons.js';
import type { LessonFile } from '../../electron/core/lesson/lesson-schema.js';
import { SEED_LESSON_FILE, SEED_PAGE_FILE, tempDir } from '../helpers/temp-dir.js';

const seed = (): LessonFile => JSON.parse(fs.readFileSync(SEED_LESSON_FILE, 'utf8')) as LessonFile;

function lessonsDirWith(lessons: Record<string, unknown>): string {
  const dir = tempDir('sourcewise-lessons-');
  for (const [name, content] of Object.entries(lessons))
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

test('the bundled seed lesson is valid and loads on first run', () => {
  const dbFile = path.join(tempDir(), 'a.sqlite');
  const backend = openBackend({ dbPath: dbFile, host: 'web' });
  assert.deepEqual(backend.lessons.problems, []);
  assert.deepEqual(backend.lessons.loaded, [{ id: 'doha-ceasefire-live', version: seed().version }]);
  backend.close();
  // Second start: nothing to load again.
  const again = openBackend({ dbPath: dbFile, host: 'web' });
  assert.deepEqual(again.lessons.loaded, []);
  assert.deepEqual(again.lessons.unchanged, ['doha-ceasefire-live']);
  again.close();
});

test('a newer bundled version is loaded without touching attempts made on the old one', async () => {
  const v1 = seed();
  const dir = lessonsDirWith({ 'seed.json': v1 });
  const dbFile = path.join(tempDir(), 'b.sqlite');
  const backend = openBackend({ dbPath: dbFile, host: 'web', lessonsDir: dir });
  const profile = await backend.dispatch('profiles:create', { name: 'Noor' });
  assert.ok(profile.ok);
  const profileId = (profile.value as { id: number }).id;
  const view = await backend.dispatch('attempt:open', { profileId, lessonId: v1.id });
  assert.ok(view.ok);
  const attemptId = (view.value as { attemptId: number }).attemptId;
  const answered = await backend.dispatch('attempt:answer', { attemptId, index: 0, choice: 'not_article' });
  assert.ok(answered.ok);
  backend.close();

  // Ship version 2: passage 0's explanation changes.
  const v2 = {
    ...v1,
    version: v1.version + 1,
    passages: v1.passages.map((p, i) => (i === 0 ? { ...p, explanation: 'A changed explanation for version two.' } : p)),
  };
  fs.writeFileSync(path.join(dir, 'seed.json'), JSON.stringify(v2));
  const upgraded = openBackend({ dbPath: dbFile, host: 'web', lessonsDir: dir });
  assert.deepEqual(upgraded.lessons.loaded, [{ id: v1.id, version: v2.version }]);
  // The attempt in progress resumes on the version it started with, its answer intact.
  const resumed = await upgraded.dispatch('attempt:open', { profileId, lessonId: v1.id });
  assert.ok(resumed.ok);
  const r = resumed.value as {
    attemptId: number;
    lesson: { version: number };
    answers: Array<{ index: number; key: { explanation: string } }>;
  };
  assert.equal(r.attemptId, attemptId);
  assert.equal(r.lesson.version, v1.version);
  assert.equal(r.answers.length, 1);
  assert.equal(r.answers[0]!.key.explanation, v1.passages[0]!.explanation);
  // A new attempt uses the new version.
  const fresh = await upgraded.dispatch('attempt:start-new', { profileId, lessonId: v1.id });
  assert.ok(fresh.ok);
  assert.equal((fresh.value as { lesson: { version: number } }).lesson.version, v2.version);
  upgraded.close();
});

test('a malformed bundled lesson is reported by field and skipped; stored lessons stay', () => {
  const good = seed();
  const bad = seed();
  (bad.passages[3] as { label: string }).label = 'gossip';
  bad.id = 'broken-lesson';
  const dir = lessonsDirWith({
    'good.json': good,
    'bad.json': bad,
    'binary.json': '\u0000\u0001PNG',
    'notjson.json': '{ "format": 1,',
  });
  const db = openDatabase(path.join(tempDir(), 'c.sqlite'));
  const report = syncBundledLessons(db, dir);
  assert.deepEqual(
    report.loaded.map((l) => l.id),
    ['doha-ceasefire-live'],
  );
  assert.equal(report.problems.length, 3);
  assert.match(report.problems.join('\n'), /bad\.json: invalid lesson — passages\[3\]\.label: /);
  assert.match(report.problems.join('\n'), /binary\.json: the file is binary/);
  assert.match(report.problems.join('\n'), /notjson\.json: the file is not valid JSON/);
  assert.equal(new LessonsRepository(db).list().length, 1);
  db.close();
});

test('lesson validation names the field: subtype of another label, cue past the text, accept repeating the label', () => {
  const cases: Array<[(l: LessonFile) => void, RegExp]> = [
    [
      (l) => void ((l.passages[2] as { subtype: string }).subtype = 'opinion'),
      /passages\[2\]\.subtype: subtype "opinion" does not belong to label/,
    ],
    [
      (l) => void (l.passages[4]!.cues = [{ start: 0, end: 99999, kind: 'quote_marks' }]),
      /passages\[4\]\.cues\[0\]: end \(99999\) is past the text's length/,
    ],
    [(l) => void (l.passages[5]!.accept = [l.passages[5]!.label]), /passages\[5\]\.accept: must not repeat the primary label/],
    [(l) => void (l.passages[6]!.index = 60), /passages\[6\]\.index: expected 6/],
    [(l) => void ((l as { format: number }).format = 3), /^x\.json: invalid lesson — format: /],
    [(l) => void delete (l as Partial<LessonFile>).title, /title: /],
  ];
  for (const [mutate, expected] of cases) {
    const l = seed();
    mutate(l);
    assert.throws(
      () => parseLesson(Buffer.from(JSON.stringify(l)), 'x.json'),
      (e: unknown) => e instanceof LessonFormatError && expected.test(e.message),
    );
  }
  assert.throws(() => parseLesson(Buffer.from([0xc3, 0x28, 0x7b]), 'bad-utf8.json'), /not valid UTF-8/);
  assert.throws(() => parseLesson(Buffer.alloc(6 * 1024 * 1024, 0x20), 'huge.json'), /may be at most/);
});

test('a changed key under the same version number is reported, not silently loaded', () => {
  const v1 = seed();
  const dir = lessonsDirWith({ 'seed.json': v1 });
  const db = openDatabase(path.join(tempDir(), 'd.sqlite'));
  syncBundledLessons(db, dir);
  fs.writeFileSync(path.join(dir, 'seed.json'), JSON.stringify({ ...v1, title: 'Edited without a version bump' }));
  const report = syncBundledLessons(db, dir);
  assert.deepEqual(report.loaded, []);
  assert.match(report.problems[0] ?? '', /differs from the stored copy; raise "version"/);
  assert.equal(new LessonsRepository(db).get(v1.id)?.title, v1.title);
  db.close();
});

test('the seed lesson rebuilds the seed page exactly: paragraphs in order, passages joined by one space', () => {
  const page = fs.readFileSync(SEED_PAGE_FILE, 'utf8');
  const blocks = page
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const lesson = seed();
  const rebuilt: string[] = [];
  for (const p of lesson.passages)
    rebuilt[p.paragraph] = rebuilt[p.paragraph] === undefined ? p.text : `${rebuilt[p.paragraph]} ${p.text}`;
  assert.deepEqual(rebuilt, blocks);
  // The page's two intruders are keyed as what they are.
  assert.deepEqual(
    lesson.passages.filter((p) => !p.fromOutlet).map((p) => p.subtype),
    ['site_text', 'site_text', 'reader_comment', 'reader_comment', 'reader_comment'],
  );
});
