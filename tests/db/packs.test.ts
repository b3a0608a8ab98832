/**
 * Classes and lesson packs through the real handlers, jobs and database files: a teacher's install makes
 * a class and a pack, classroom installs (other database files) preview and import it, students there take
 * the lesson. Refused packs and re-imports are checked to change nothing, table by table.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openBackend, type Backend } from '../../electron/core/backend.js';
import type {
  AttemptView,
  ClassSummary,
  Envelope,
  JobInfo,
  PackableLesson,
  PackExport,
  PackImportResult,
  PackPreview,
  Profile,
} from '../../electron/shared/contract.js';
import { CALLS } from '../../electron/shared/contract.js';
import { buildZip } from '../helpers/zip-builder.js';
import { manifestEntry, packParts, SEED_LESSON, seedAs } from '../helpers/pack-fixtures.js';
import { tempDir } from '../helpers/temp-dir.js';
import type { LessonFile } from '../../electron/core/lesson/lesson-schema.js';

async function call<T>(b: Backend, channel: string, input: unknown): Promise<T> {
  const env = (await b.dispatch(channel, input)) as Envelope<T>;
  if (!env.ok) throw new Error(`${channel}: ${env.error.code}: ${env.error.message}`);
  return env.value;
}
async function fails(b: Backend, channel: string, input: unknown) {
  const env = await b.dispatch(channel, input);
  assert.equal(env.ok, false, `${channel} should fail`);
  return (env as { ok: false; error: { code: string; message: string } }).error;
}
/** Starts a job through its call and waits for it, as the screen does by polling jobs:status. */
async function job(b: Backend, channel: string, input: unknown): Promise<JobInfo> {
  const started = await call<JobInfo>(b, channel, input);
  assert.equal(started.state, 'running');
  for (;;) {
    const info = await call<JobInfo>(b, 'jobs:status', { jobId: started.id });
    if (info.state !== 'running') return info;
    await new Promise((r) => setTimeout(r, 2));
  }
}
async function jobResult<T>(b: Backend, channel: string, input: unknown): Promise<T> {
  const info = await job(b, channel, input);
  assert.equal(info.state, 'done', JSON.stringify(info.error));
  return info.result as T;
}

/** Every row of every table, to compare before and after. */
function snapshot(file: string): Record<string, unknown[]> {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all()]));
  } finally {
    db.close();
  }
}

/** A folder of lesson files to load as an install's "bundled" lessons (an empty folder: none). */
function lessonsDir(lessons: LessonFile[]): string {
  const dir = tempDir('sourcewise-lessons-');
  for (const l of lessons) fs.writeFileSync(path.join(dir, `${l.id}.json`), JSON.stringify(l));
  return dir;
}

async function install(name: string, lessons: LessonFile[] = []): Promise<{ b: Backend; file: string; dir: string }> {
  const file = path.join(tempDir(), `${name}.sqlite`);
  const dir = lessonsDir(lessons);
  const b = openBackend({ dbPath: file, host: 'web', lessonsDir: dir, log: () => {} });
  await call(b, 'teacher:set-pin', { pin: '2468' });
  return { b, file, dir };
}

const packFile = (p: PackExport) => ({ fileName: p.fileName, base64: p.base64 });

test('a pack made for a class imports on a fresh classroom install, where a student takes the lesson; twice is once', async () => {
  const teacher = await install('teacher', [SEED_LESSON]);
  const cls = await call<ClassSummary>(teacher.b, 'packs:create-class', { name: '  7B   Media ' });
  assert.equal(cls.name, '7B Media');
  const pack = await jobResult<PackExport>(teacher.b, 'packs:export', { lessons: [{ id: SEED_LESSON.id }], classId: cls.id });
  assert.match(pack.fileName, /^sourcewise-7b-media-\d{4}-\d\d-\d\d\.swpack$/);
  assert.deepEqual(pack.lessons, [{ id: SEED_LESSON.id, version: SEED_LESSON.version, title: SEED_LESSON.title }]);
  assert.equal(Buffer.from(pack.base64, 'base64').length, pack.bytes);
  // The teacher's install records which lessons went to the class.
  const listed = await call<PackableLesson[]>(teacher.b, 'packs:list-lessons', {});
  assert.deepEqual(listed[0]!.classIds, [cls.id]);
  assert.equal((await call<ClassSummary[]>(teacher.b, 'packs:list-classes', {}))[0]!.lessons, 1);

  const room = await install('classroom');
  const empty = snapshot(room.file);
  const preview = await jobResult<PackPreview>(room.b, 'packs:preview', packFile(pack));
  assert.deepEqual(preview.class, { id: cls.id, name: '7B Media', known: false });
  assert.deepEqual(
    preview.lessons.map((l) => [l.id, l.status, l.installedVersion]),
    [[SEED_LESSON.id, 'new', null]],
  );
  assert.deepEqual(preview.counts, { new: 1, update: 0, duplicate: 0, skipped: 0 });
  assert.deepEqual(snapshot(room.file), empty, 'a preview changes nothing');

  const imported = await jobResult<PackImportResult>(room.b, 'packs:import', packFile(pack));
  assert.deepEqual(imported.stored, [{ id: SEED_LESSON.id, version: SEED_LESSON.version }]);
  assert.deepEqual([imported.classStored, imported.linked], [true, 1]);
  const t = snapshot(teacher.file);
  const r = snapshot(room.file);
  // Same content, same hash on both installs; the class with the same id and results key, marked imported.
  const version = (s: typeof t) =>
    (s.lesson_versions as Array<{ content: string; sha256: string }>).map((v) => [v.content, v.sha256]);
  assert.deepEqual(version(r), version(t));
  const [tc] = t.classes as Array<{ id: string; results_key: string; origin: string }>;
  const [rc] = r.classes as Array<{ id: string; results_key: string; origin: string }>;
  assert.deepEqual([rc!.id, rc!.results_key, rc!.origin, tc!.origin], [tc!.id, tc!.results_key, 'imported', 'created']);
  assert.match(rc!.results_key, /^[0-9a-f]{64}$/);
  assert.deepEqual(
    (r.lesson_classes as Array<{ lesson_id: string; class_id: string }>).map((l) => [l.lesson_id, l.class_id]),
    [[SEED_LESSON.id, cls.id]],
  );
  assert.equal((r.lessons as Array<{ origin: string }>)[0]!.origin, 'imported');

  // A student on the classroom desktop takes the imported lesson.
  const sam = await call<Profile>(room.b, CALLS.createProfile.channel, { name: 'Sam' });
  const attempt = await call<AttemptView>(room.b, CALLS.openAttempt.channel, { profileId: sam.id, lessonId: SEED_LESSON.id });
  assert.equal(attempt.lesson.passages.length, SEED_LESSON.passages.length);
  await call(room.b, CALLS.answer.channel, { attemptId: attempt.attemptId, index: 0, choice: SEED_LESSON.passages[0]!.label });

  // The same pack again: everything a duplicate, not one row changed (the student's answer included).
  const before = snapshot(room.file);
  const again = await jobResult<PackImportResult>(room.b, 'packs:import', packFile(pack));
  assert.deepEqual(again.counts, { new: 0, update: 0, duplicate: 1, skipped: 0 });
  assert.deepEqual([again.stored, again.classStored, again.linked, again.class?.known], [[], false, 0, true]);
  assert.deepEqual(snapshot(room.file), before);

  // And back on the teacher's own install (which made the class): a duplicate, the class left as created.
  const home = await jobResult<PackImportResult>(teacher.b, 'packs:import', packFile(pack));
  assert.deepEqual([home.counts.duplicate, home.classStored], [1, false]);
  assert.deepEqual(snapshot(teacher.file).classes, t.classes);
  teacher.b.close();
  room.b.close();
});

test('a newer version is an update (attempts keep their version); older and conflicting versions are skipped', async () => {
  const v1 = seedAs('harbour-report', 1);
  const teacherV1 = await install('teacher-v1', [v1]);
  const packV1 = await jobResult<PackExport>(teacherV1.b, 'packs:export', { lessons: [{ id: v1.id }] });
  teacherV1.b.close();
  // The teacher raises the version with a changed key; the old version stays exportable.
  const v2 = seedAs(
    'harbour-report',
    2,
    (l) => (l.passages[1]!.explanation = 'Changed: the outlet states this itself, in its own voice.'),
  );
  fs.writeFileSync(path.join(teacherV1.dir, `${v2.id}.json`), JSON.stringify(v2));
  const teacher = openBackend({ dbPath: teacherV1.file, host: 'web', lessonsDir: teacherV1.dir, log: () => {} });
  await call(teacher, 'teacher:unlock', { pin: '2468' });
  const packV2 = await jobResult<PackExport>(teacher, 'packs:export', { lessons: [{ id: v2.id }] });
  const oldAgain = await jobResult<PackExport>(teacher, 'packs:export', { lessons: [{ id: v1.id, version: 1 }] });
  assert.deepEqual(oldAgain.lessons[0]!.version, 1);
  assert.deepEqual(
    (await call<PackableLesson[]>(teacher, 'packs:list-lessons', {}))[0]!.versions.map((v) => v.version),
    [1, 2],
  );
  teacher.close();

  const room = await install('room');
  await jobResult<PackImportResult>(room.b, 'packs:import', packFile(packV1));
  const ada = await call<Profile>(room.b, CALLS.createProfile.channel, { name: 'Ada' });
  const attempt = await call<AttemptView>(room.b, CALLS.openAttempt.channel, { profileId: ada.id, lessonId: v1.id });
  await call(room.b, CALLS.answer.channel, { attemptId: attempt.attemptId, index: 0, choice: 'reported' });
  const students = (s: Record<string, unknown[]>) => [s.profiles, s.attempts, s.answers, s.hints];
  const before = snapshot(room.file);

  const preview = await jobResult<PackPreview>(room.b, 'packs:preview', packFile(packV2));
  assert.deepEqual(
    preview.lessons.map((l) => [l.status, l.installedVersion, l.version]),
    [['update', 1, 2]],
  );
  const updated = await jobResult<PackImportResult>(room.b, 'packs:import', packFile(packV2));
  assert.deepEqual(updated.stored, [{ id: v2.id, version: 2 }]);
  const after = snapshot(room.file);
  assert.deepEqual(students(after), students(before), 'nothing about students is touched');
  assert.equal((after.lessons as Array<{ current_version: number }>)[0]!.current_version, 2);
  // The started attempt resumes on the version it began with.
  const resumed = await call<AttemptView>(room.b, CALLS.openAttempt.channel, { profileId: ada.id, lessonId: v1.id });
  assert.deepEqual([resumed.attemptId, resumed.lesson.version], [attempt.attemptId, 1]);

  // The old version now is older than what is here: skipped, nothing stored.
  const older = await jobResult<PackImportResult>(room.b, 'packs:import', packFile(oldAgain));
  assert.deepEqual(
    older.lessons.map((l) => [l.status, l.note]),
    [['duplicate', 'Already here (same content).']],
  );
  const stale = seedAs('harbour-report', 1, (l) => (l.title = 'Harbour (stale copy)'));
  const otherTeacher = await install('other-teacher', [stale]);
  const stalePack = await jobResult<PackExport>(otherTeacher.b, 'packs:export', { lessons: [{ id: stale.id }] });
  const conflicting = seedAs('harbour-report', 2, (l) => (l.title = 'Harbour (another teacher)'));
  fs.writeFileSync(path.join(otherTeacher.dir, `${conflicting.id}.json`), JSON.stringify(conflicting));
  otherTeacher.b.close();
  const ot = openBackend({ dbPath: otherTeacher.file, host: 'web', lessonsDir: otherTeacher.dir, log: () => {} });
  await call(ot, 'teacher:unlock', { pin: '2468' });
  const conflictPack = await jobResult<PackExport>(ot, 'packs:export', { lessons: [{ id: conflicting.id }] });
  ot.close();
  const s1 = snapshot(room.file);
  const r1 = await jobResult<PackImportResult>(room.b, 'packs:import', packFile(stalePack));
  assert.deepEqual(
    r1.lessons.map((l) => [l.status, l.note]),
    [
      [
        'skipped',
        'This install has a different version 1 of this lesson; it is kept (a changed key needs a new version number).',
      ],
    ],
  );
  const r2 = await jobResult<PackImportResult>(room.b, 'packs:import', packFile(conflictPack));
  assert.deepEqual(
    r2.lessons.map((l) => l.status),
    ['skipped'],
  );
  assert.deepEqual(snapshot(room.file), s1);
  room.b.close();
});

test('a lesson older than the one here is skipped; several lessons in one pack are judged one by one', async () => {
  const a1 = seedAs('lesson-a', 1);
  const b3 = seedAs('lesson-b', 3);
  const c1 = seedAs('lesson-c', 1);
  const teacher = await install('t', [a1, b3, c1]);
  const pack = await jobResult<PackExport>(teacher.b, 'packs:export', {
    lessons: [{ id: 'lesson-a' }, { id: 'lesson-b' }, { id: 'lesson-c' }],
  });
  teacher.b.close();
  const room = await install('r', [seedAs('lesson-b', 4), c1]);
  const p = await jobResult<PackPreview>(room.b, 'packs:preview', packFile(pack));
  assert.deepEqual(
    p.lessons.map((l) => [l.id, l.status, l.note]),
    [
      ['lesson-a', 'new', 'New on this install.'],
      ['lesson-b', 'skipped', 'This install has a newer version (4).'],
      ['lesson-c', 'duplicate', 'Already here (same content).'],
    ],
  );
  const r = await jobResult<PackImportResult>(room.b, 'packs:import', packFile(pack));
  assert.deepEqual(r.stored, [{ id: 'lesson-a', version: 1 }]);
  assert.equal(r.class, null);
  assert.deepEqual(snapshot(room.file).classes, []);
  room.b.close();
});

test('a refused pack fails its job with a message naming the file, and changes nothing', async () => {
  const teacher = await install('teacher', [SEED_LESSON]);
  const cls = await call<ClassSummary>(teacher.b, 'packs:create-class', { name: '8C' });
  const good = await jobResult<PackExport>(teacher.b, 'packs:export', { lessons: [{ id: SEED_LESSON.id }], classId: cls.id });
  teacher.b.close();
  const room = await install('room');
  const bytes = Buffer.from(good.base64, 'base64');
  const { manifest, entries } = packParts([SEED_LESSON]);
  const bad: Array<[string, Uint8Array, RegExp]> = [
    ['cut.swpack', bytes.subarray(0, bytes.length - 30), /cut short/],
    ['notes.swpack', new TextEncoder().encode('just some notes'), /not a zip file/],
    [
      'tampered.swpack',
      buildZip([manifestEntry(manifest), { ...entries[0]!, data: String(entries[0]!.data).replace('Doha', 'Dohx') }]),
      /does not match its hash/,
    ],
    ['evil.swpack', buildZip([manifestEntry(manifest), ...entries, { name: '../evil.json', data: '{}' }]), /path traversal/],
    ['future.swpack', buildZip([manifestEntry({ ...manifest, format: 9 }), ...entries]), /update Sourcewise/],
  ];
  for (const [fileName, b, pattern] of bad) {
    const before = snapshot(room.file);
    for (const channel of ['packs:preview', 'packs:import']) {
      const info = await job(room.b, channel, { fileName, base64: Buffer.from(b).toString('base64') });
      assert.equal(info.state, 'failed', `${fileName} via ${channel}`);
      assert.equal(info.error?.code, 'bad_file');
      assert.ok(info.error?.message.startsWith(`${fileName}: `), info.error?.message);
      assert.match(info.error!.message, pattern);
    }
    assert.deepEqual(snapshot(room.file), before, fileName);
  }
  // The class arrives once; a pack claiming the same class with another results key is refused whole.
  await jobResult<PackImportResult>(room.b, 'packs:import', packFile(good));
  const forged = packParts([seedAs('forged-lesson', 1)], { class: { id: cls.id, name: '8C', resultsKey: 'ab'.repeat(32) } });
  const before = snapshot(room.file);
  const info = await job(room.b, 'packs:import', {
    fileName: 'forged.swpack',
    base64: Buffer.from(buildZip([manifestEntry(forged.manifest), ...forged.entries])).toString('base64'),
  });
  assert.equal(info.state, 'failed');
  assert.match(info.error!.message, /^forged\.swpack: the class "8C" is already on this install with a different results key/);
  assert.deepEqual(snapshot(room.file), before);
  room.b.close();
});

test('classes: random id and 32-byte key, unique names; export refuses unknown lessons, versions and classes at once', async () => {
  const { b, file } = await install('t', [SEED_LESSON]);
  const a = await call<ClassSummary>(b, 'packs:create-class', { name: '7B' });
  const c = await call<ClassSummary>(b, 'packs:create-class', { name: '7C' });
  assert.match(a.id, /^[0-9a-f]{24}$/);
  assert.notEqual(a.id, c.id);
  assert.deepEqual(await fails(b, 'packs:create-class', { name: '7b' }), {
    code: 'conflict',
    message: 'There is already a class called "7B".',
  });
  assert.equal((await fails(b, 'packs:create-class', { name: '   ' })).message, 'name: Give the class a name.');
  const keys = (snapshot(file).classes as Array<{ results_key: string }>).map((r) => r.results_key);
  assert.equal(new Set(keys).size, 2);
  for (const k of keys) assert.match(k, /^[0-9a-f]{64}$/);
  assert.deepEqual(
    (await call<ClassSummary[]>(b, 'packs:list-classes', {})).map((x) => [x.name, x.origin, x.lessons]),
    [
      ['7B', 'created', 0],
      ['7C', 'created', 0],
    ],
  );
  // The results key never leaves through the API.
  assert.equal(JSON.stringify(await call(b, 'packs:list-classes', {})).includes(keys[0]!), false);

  assert.deepEqual(await fails(b, 'packs:export', { lessons: [{ id: 'nope' }] }), {
    code: 'not_found',
    message: 'There is no lesson "nope".',
  });
  assert.equal(
    (await fails(b, 'packs:export', { lessons: [{ id: SEED_LESSON.id, version: 7 }] })).message,
    `There is no version 7 of lesson "${SEED_LESSON.id}".`,
  );
  assert.equal(
    (await fails(b, 'packs:export', { lessons: [{ id: SEED_LESSON.id }], classId: 'feed' })).message,
    'There is no class "feed".',
  );
  assert.equal(
    (await fails(b, 'packs:export', { lessons: [{ id: SEED_LESSON.id }, { id: SEED_LESSON.id }] })).code,
    'invalid_input',
  );
  assert.equal((await fails(b, 'packs:export', { lessons: [] })).message, 'lessons: Choose at least one lesson.');
  assert.equal((await fails(b, 'packs:import', { fileName: 'x.swpack', base64: 'not base64!' })).code, 'invalid_input');
  b.close();
});

test('every packs call is teacher-only: refused in a locked session before its input is read', async () => {
  const { b } = await install('t', [SEED_LESSON]);
  await call(b, 'teacher:lock', {});
  for (const [method, decl] of Object.entries(CALLS).filter(([, d]) => d.channel.startsWith('packs:'))) {
    assert.equal(decl.access, 'teacher', method);
    assert.equal((await fails(b, decl.channel, {})).code, 'forbidden', method);
  }
  b.close();
});
