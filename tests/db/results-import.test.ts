/**
 * Results from classroom desktops to the teacher's install, through the real handlers and real database
 * files: export, import as a job, idempotence, merging a student from two desktops, flagged keys, and
 * every refusal leaving the teacher's database exactly as it was.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import type { Backend } from '../../electron/core/backend.js';
import type { ClassReport, ImportReport, JobInfo, ResultsFileDownload, ResultsStudent } from '../../electron/shared/contract.js';
import { signResultsFile, type ResultsFile } from '../../electron/core/results/results-file.js';
import { call, expectedPercent, newClass, openInstall, storeClass, study, SEED_LESSON } from '../helpers/results-setup.js';
import { tempDir } from '../helpers/temp-dir.js';

async function importFiles(teacher: Backend, files: Array<{ name: string; text: string }>): Promise<ImportReport> {
  const job = await call<JobInfo>(teacher, 'results:import', { files });
  for (;;) {
    const info = await call<JobInfo>(teacher, 'jobs:status', { jobId: job.id });
    if (info.state !== 'running') {
      assert.equal(info.state, 'done', JSON.stringify(info.error));
      return info.result as ImportReport;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function exportFor(b: Backend, name: string): Promise<ResultsFileDownload> {
  const profiles = await call<Array<{ id: number; name: string }>>(b, 'profiles:list', {});
  return call<ResultsFileDownload>(b, 'results:export-mine', { profileId: profiles.find((p) => p.name === name)!.id });
}

/** Every row of every results table: "nothing changed" is checked against this. */
function snapshot(dbPath: string): string {
  const db = new BetterSqlite3(dbPath, { readonly: true });
  const tables = [
    'results_students',
    'results_sources',
    'results_files',
    'results_attempts',
    'results_answers',
    'results_student_days',
    'results_item_days',
  ];
  const all = tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all());
  db.close();
  return JSON.stringify(all);
}

async function classroom() {
  const dir = tempDir();
  const cls = newClass();
  const teacher = openInstall(dir, 'teacher');
  storeClass(teacher.dbPath, cls, 'created');
  await call(teacher, 'teacher:set-pin', { pin: '2468' });
  const deskA = openInstall(dir, 'desk-a');
  const deskB = openInstall(dir, 'desk-b');
  storeClass(deskA.dbPath, cls, 'imported');
  storeClass(deskB.dbPath, cls, 'imported');
  return { dir, cls, teacher, deskA, deskB, close: () => [teacher, deskA, deskB].forEach((b) => b.close()) };
}

const even = (i: number) => i % 2 === 0;
const firstTen = (i: number) => i < 10;

test('two desktops, one teacher: the report shows each student with the right score; importing again changes nothing', async () => {
  const room = await classroom();
  await study(room.deskA, 'Ada', even);
  await study(room.deskB, 'Ben', firstTen);
  await study(room.deskB, 'ada ', () => true, 8); // Ada again, on another desktop, 8 passages, all right
  const a = await exportFor(room.deskA, 'Ada');
  const b1 = await exportFor(room.deskB, 'Ben');
  const b2 = await exportFor(room.deskB, 'ada');
  assert.equal(a.attempts, 1);
  assert.equal(a.answers, SEED_LESSON.passages.length);
  const file = JSON.parse(a.json) as ResultsFile;
  assert.equal(file.formatVersion, 1);
  assert.equal(file.classId, room.cls.id);
  assert.match(file.profiles[0]!.attempts[0]!.uid, /^[0-9a-f-]{36}$/);
  assert.deepEqual(file.profiles[0]!.attempts[0]!.answers[0]!.response, { choice: SEED_LESSON.passages[0]!.label });

  const files = [
    { name: 'ada-a.json', text: a.json },
    { name: 'ben.json', text: b1.json },
    { name: 'ada-b.json', text: b2.json },
  ];
  const first = await importFiles(room.teacher, files);
  assert.equal(first.imported, 3);
  assert.equal(first.refused, 0);
  assert.equal(first.newAnswers, 32 + 32 + 8);
  assert.deepEqual(first.files[2]!.ok && first.files[2]!.toConfirm, ['Ada']);

  const report = await call<ClassReport>(room.teacher, 'results:report', {});
  assert.deepEqual(
    report.students.map((s) => [s.name, s.answers, s.attempts, s.review]),
    [
      ['Ada', 40, 2, true],
      ['Ben', 32, 1, false],
    ],
  );
  const ada = report.students[0]!;
  const adaRight = SEED_LESSON.passages.filter((_, i) => even(i)).length + 8;
  assert.equal(ada.percent, Math.round((1000 * adaRight) / 40) / 10);
  assert.equal(report.students[1]!.perExercise.sort?.percent, expectedPercent(firstTen));
  // The seed page has a single clean reported fact: many decisions, too few signal trials for d′ to mean anything.
  assert.ok(ada.decisions >= 25);
  assert.equal(ada.discernment, null);
  assert.equal(report.totals.answers, 72);
  // The confusion matrix holds every sort answer graded against a known key.
  assert.equal(
    report.confusion.counts.flat().reduce((x, y) => x + y, 0),
    72,
  );
  const first0 = report.items.find((it) => it.item === 0)!;
  assert.equal(first0.text, SEED_LESSON.passages[0]!.text);
  assert.equal(first0.answers, 3);

  const before = snapshot(room.teacher.dbPath);
  const again = await importFiles(room.teacher, files);
  assert.equal(again.newAnswers, 0);
  assert.ok(again.files.every((f) => f.ok && f.seenBefore && f.newAttempts === 0));
  assert.equal(snapshot(room.teacher.dbPath), before, 'a second import changes nothing');
  // Exporting twice is harmless too: a fresh export of the same attempts adds nothing.
  const a2 = await exportFor(room.deskA, 'Ada');
  assert.notEqual(a2.json, a.json); // another export time, so another file…
  assert.equal((await importFiles(room.teacher, [{ name: 'ada-again.json', text: a2.json }])).newAnswers, 0); // …same attempts
  room.close();
});

test('an attempt exported half done and again when finished adds only the new answers', async () => {
  const room = await classroom();
  await study(room.deskA, 'Cleo', () => true, 5);
  const half = await exportFor(room.deskA, 'Cleo');
  assert.equal((await importFiles(room.teacher, [{ name: 'half.json', text: half.json }])).newAnswers, 5);
  await study(room.deskA, 'Cleo', () => false);
  const full = await exportFor(room.deskA, 'Cleo');
  const r = await importFiles(room.teacher, [{ name: 'full.json', text: full.json }]);
  assert.equal(r.newAnswers, SEED_LESSON.passages.length - 5);
  const report = await call<ClassReport>(room.teacher, 'results:report', {});
  assert.equal(report.students[0]!.attempts, 1);
  assert.equal(report.students[0]!.percent, Math.round((1000 * 5) / 32) / 10);
  room.close();
});

test('the teacher confirms a merged student and merges two differently named profiles', async () => {
  const room = await classroom();
  await study(room.deskA, 'Sam L', () => true, 4);
  await study(room.deskB, 'Sam Lee', () => false, 4);
  await importFiles(room.teacher, [
    { name: 'a.json', text: (await exportFor(room.deskA, 'Sam L')).json },
    { name: 'b.json', text: (await exportFor(room.deskB, 'Sam Lee')).json },
  ]);
  let students = await call<ResultsStudent[]>(room.teacher, 'results:students', {});
  assert.deepEqual(
    students.map((s) => s.name),
    ['Sam L', 'Sam Lee'],
  );
  students = await call<ResultsStudent[]>(room.teacher, 'results:merge-students', {
    studentIds: students.map((s) => s.id),
    name: 'Samuel Lee',
  });
  assert.equal(students.length, 1);
  assert.equal(students[0]!.name, 'Samuel Lee');
  assert.equal(students[0]!.sources.length, 2);
  assert.equal(students[0]!.attempts, 2);
  const report = await call<ClassReport>(room.teacher, 'results:report', {});
  assert.deepEqual(
    report.students.map((s) => [s.name, s.answers, s.percent]),
    [['Samuel Lee', 8, 50]],
  );
  // A later file from either desktop lands on the merged student.
  await study(room.deskB, 'Sam Lee', () => true, 4);
  await importFiles(room.teacher, [{ name: 'b2.json', text: (await exportFor(room.deskB, 'Sam Lee')).json }]);
  assert.equal((await call<ClassReport>(room.teacher, 'results:report', {})).students[0]!.answers, 12);
  const confirmed = await call<ResultsStudent[]>(room.teacher, 'results:confirm-student', {
    studentId: students[0]!.id,
    name: 'Sam Lee',
  });
  assert.deepEqual(
    confirmed.map((s) => [s.name, s.review]),
    [['Sam Lee', false]],
  );
  room.close();
});

test('results graded against a key version the teacher lacks are imported and flagged', async () => {
  const room = await classroom();
  const raw = new BetterSqlite3(room.teacher.dbPath);
  raw.prepare('UPDATE lesson_versions SET sha256 = ? WHERE lesson_id = ?').run('0'.repeat(64), SEED_LESSON.id);
  raw.close();
  await study(room.deskA, 'Dev', even);
  const r = await importFiles(room.teacher, [{ name: 'dev.json', text: (await exportFor(room.deskA, 'Dev')).json }]);
  assert.equal(r.files[0]!.ok && r.files[0]!.flaggedAttempts, 1);
  const report = await call<ClassReport>(room.teacher, 'results:report', {});
  assert.equal(report.students[0]!.flagged, 32);
  assert.equal(report.totals.flagged, 32);
  assert.equal(report.students[0]!.percent, expectedPercent(even)); // the desktop's scores still count
  assert.equal(report.items[0]!.keyLabel, null); // but the report does not pretend to know the key
  room.close();
});

test('each bad file is refused with a message naming the file and the problem, and nothing changes', async () => {
  const room = await classroom();
  await study(room.deskA, 'Eve', even, 6);
  const good = (await exportFor(room.deskA, 'Eve')).json;
  await importFiles(room.teacher, [{ name: 'good.json', text: good }]);
  const before = snapshot(room.teacher.dbPath);

  const parsed = JSON.parse(good) as ResultsFile;
  const { hmac: _h, ...content } = parsed;
  const edited = structuredClone(parsed);
  edited.profiles[0]!.attempts[0]!.answers[0]!.score = 1;
  edited.profiles[0]!.attempts[0]!.answers[0]!.correct = !parsed.profiles[0]!.attempts[0]!.answers[0]!.correct;
  const otherClass = signResultsFile({ ...content, classId: 'class-elsewhere' }, 'ab'.repeat(32));
  const newer = { ...parsed, formatVersion: 2 };
  // A signed file whose attempt claims to come from another desktop than the one that sent it first.
  const stolen = signResultsFile({ ...content, installId: 'f'.repeat(32) }, room.cls.key);
  const bad = [
    { name: 'broken.json', text: '{"format": "sourcewise-results", oops}', problem: 'malformed', words: /not valid JSON/ },
    { name: 'cut.json', text: good.slice(0, Math.floor(good.length / 2)), problem: 'truncated', words: /cut short/ },
    { name: 'edited.json', text: JSON.stringify(edited), problem: 'tampered', words: /signature does not match/ },
    { name: 'other.json', text: JSON.stringify(otherClass), problem: 'wrong_class', words: /class "class-elsewhere"/ },
    { name: 'newer.json', text: JSON.stringify(newer), problem: 'newer_format', words: /newer Sourcewise \(results format 2/ },
    {
      name: 'shape.json',
      text: JSON.stringify({ ...parsed, profiles: [{ name: 'x' }] }),
      problem: 'malformed',
      words: /profiles\.0\.attempts/,
    },
    { name: 'notes.json', text: '{"hello": 1}', problem: 'not_results', words: /not a Sourcewise results file/ },
    { name: 'stolen.json', text: JSON.stringify(stolen), problem: 'conflict', words: /already imported from another desktop/ },
  ];
  const r = await importFiles(
    room.teacher,
    bad.map(({ name, text }) => ({ name, text })),
  );
  assert.equal(r.refused, bad.length);
  bad.forEach((b, i) => {
    const outcome = r.files[i]!;
    assert.equal(outcome.ok, false, b.name);
    if (outcome.ok) return;
    assert.equal(outcome.problem, b.problem, b.name);
    assert.ok(outcome.message.startsWith(`${b.name}: `), outcome.message);
    assert.match(outcome.message, b.words);
  });
  assert.equal(snapshot(room.teacher.dbPath), before, 'refused files change nothing');
  room.close();
});

test("a student cannot import results or read the class report: those calls are the teacher's", async () => {
  const room = await classroom();
  await call(room.teacher, 'teacher:lock', {});
  for (const channel of [
    'results:import',
    'results:report',
    'results:gradebook-csv',
    'results:responses-csv',
    'results:students',
  ]) {
    const env = await room.teacher.dispatch(channel, channel === 'results:import' ? { files: [{ name: 'x', text: '{}' }] } : {});
    assert.equal(env.ok ? 'ok' : env.error.code, 'forbidden', channel);
  }
  room.close();
});

test('report filters: class, lesson, exercise and date range cut the same summaries', async () => {
  const room = await classroom();
  await study(room.deskA, 'Fay', even);
  await importFiles(room.teacher, [{ name: 'fay.json', text: (await exportFor(room.deskA, 'Fay')).json }]);
  const all = await call<ClassReport>(room.teacher, 'results:report', {});
  const today = all.students[0]!.lastActivity!.slice(0, 10);
  const same = async (filters: object, answers: number) =>
    assert.equal(
      (await call<ClassReport>(room.teacher, 'results:report', filters)).totals.answers,
      answers,
      JSON.stringify(filters),
    );
  await same({ classId: room.cls.id }, 32);
  await same({ classId: 'another-class' }, 0);
  await same({ lessonId: SEED_LESSON.id }, 32);
  await same({ lessonId: 'no-such-lesson' }, 0);
  await same({ exercise: 'sort' }, 32);
  await same({ exercise: 'mark' }, 0);
  await same({ from: today, to: today }, 32);
  await same({ from: '2000-01-01', to: '2000-12-31' }, 0);
  const wrongWay = await room.teacher.dispatch('results:report', { from: '2026-12-02', to: '2026-12-01' });
  assert.equal(wrongWay.ok ? '' : wrongWay.error.message, 'to: The date range ends before it starts.');
  const notADate = await room.teacher.dispatch('results:report', { from: '2026-13-45' });
  assert.equal(notADate.ok, false);
  room.close();
});
