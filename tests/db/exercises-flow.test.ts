/** The three new exercises, modes, order and profiles through the real handlers and a real SQLite file. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openBackend, type Backend } from '../../electron/core/backend.js';
import { AnswersRepository } from '../../db/repositories/answers.js';
import { openDatabase } from '../../db/open-database.js';
import type {
  AnswerResult,
  AttemptSummary,
  AttemptView,
  Envelope,
  LibraryEntry,
  Profile,
} from '../../electron/shared/contract.js';
import type { LessonFile } from '../../electron/core/lesson/lesson-schema.js';
import { SEED_LESSON_FILE, tempDir } from '../helpers/temp-dir.js';

const key = JSON.parse(fs.readFileSync(SEED_LESSON_FILE, 'utf8')) as LessonFile;
const LESSON = key.id;

async function call<T>(b: Backend, channel: string, input: unknown): Promise<T> {
  const env = (await b.dispatch(channel, input)) as Envelope<T>;
  if (!env.ok) throw new Error(`${channel}: ${env.error.code}: ${env.error.message}`);
  return env.value;
}
async function callError(b: Backend, channel: string, input: unknown) {
  const env = await b.dispatch(channel, input);
  assert.equal(env.ok, false, `${channel} should fail`);
  return (env as { ok: false; error: { code: string; message: string } }).error;
}
async function setup(name = 'Ana') {
  const file = path.join(tempDir(), 'x.sqlite');
  const b = openBackend({ dbPath: file, host: 'web' });
  const me = await call<Profile>(b, 'profiles:create', { name });
  return { b, me, file };
}

test('spot the intruder: one whole-page answer, graded and stored, feedback with reasons', async () => {
  const { b, me, file } = await setup();
  const v = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON, exercise: 'intruder' });
  assert.deepEqual([v.exercise, v.mode, v.items, v.nextIndex], ['intruder', 'practice', [-1], -1]);
  const r = await call<AnswerResult>(b, 'attempt:submit', {
    attemptId: v.attemptId,
    item: -1,
    response: { selected: [0, 1, 7, 8, 19] },
    seconds: 40,
  });
  assert.equal(r.status, 'completed');
  assert.ok(r.feedback?.exercise === 'intruder');
  assert.equal(r.feedback.score, 4 / 6);
  assert.deepEqual(
    r.feedback.passages.filter((p) => p.outcome !== 'found').map((p) => [p.index, p.outcome]),
    [
      [9, 'missed'],
      [19, 'false_alarm'],
    ],
  );
  const s = await call<AttemptSummary>(b, 'attempt:summary', { attemptId: v.attemptId });
  assert.deepEqual([s.items, s.points, s.score, s.correct], [1, 0.67, 67, 0]);
  b.close();
  const db = openDatabase(file);
  const [rec] = new AnswersRepository(db).records(v.attemptId);
  assert.deepEqual(
    { ...rec, answeredAt: undefined },
    {
      attemptUid: v.uid,
      exercise: 'intruder',
      mode: 'practice',
      item: -1,
      response: { selected: [0, 1, 7, 8, 19] },
      score: 4 / 6,
      correct: false,
      confidence: null,
      seconds: 40,
      hinted: false,
      answeredAt: undefined,
    },
  );
  db.close();
});

test('who says so? in test mode: no key until the end, then the full review; score equals the key', async () => {
  const { b, me } = await setup();
  const v = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON, exercise: 'who', mode: 'test' });
  assert.equal(v.mode, 'test');
  assert.equal(v.items.length, 21);
  let expected = 0;
  for (const [n, item] of v.items.entries()) {
    const a = key.passages[item]!.attribution!;
    // Right on the source always; on the verb only for even positions: 0.5 lost on every odd one.
    const verbRight = n % 2 === 0;
    const loaded = verbRight ? a.verb!.loaded : !a.verb!.loaded;
    const r = await call<AnswerResult>(b, 'attempt:submit', {
      attemptId: v.attemptId,
      item,
      response: { sourceKind: a.source.kind, verb: loaded ? 'loaded' : 'neutral' },
      confidence: 'sure',
    });
    assert.equal(r.feedback, null, 'test mode gives no feedback while answering');
    expected += verbRight ? 1 : 0.5;
    if (n === 3) {
      const mid = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON, exercise: 'who' });
      assert.equal(mid.attemptId, v.attemptId);
      assert.deepEqual(mid.answers, [], 'no key on resume in test mode');
      assert.equal(mid.given.length, 4);
      assert.equal(JSON.stringify(mid).includes('"loaded"'), true); // the student's own answers are there…
      assert.equal(JSON.stringify(mid).includes('verbEffect'), false); // …but not the key
      const early = await call<AttemptSummary>(b, 'attempt:summary', { attemptId: v.attemptId });
      assert.deepEqual(early.review, []);
    }
  }
  const s = await call<AttemptSummary>(b, 'attempt:summary', { attemptId: v.attemptId });
  assert.equal(s.status, 'completed');
  assert.equal(s.points, expected);
  assert.equal(s.score, Math.round((100 * expected) / 21));
  assert.equal(s.review.length, 21);
  assert.equal(s.calibration.sure.total, 21);
  assert.equal(s.calibration.sure.correct, 11);
  b.close();
});

test('mark the words: partial credit by overlap; resume after a restart keeps the submitted ranges', async () => {
  const { b, me, file } = await setup();
  const v = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON, exercise: 'mark' });
  assert.deepEqual(v.items, [11, 14, 17, 21, 22, 31]);
  assert.equal(v.markTargets[17], 'relayed');
  assert.equal(v.markTargets[22], 'outlet');
  const p = key.passages[11]!;
  const relayed = p.spans!.find((s) => s.voice === 'relayed')!;
  const r = await call<AnswerResult>(b, 'attempt:submit', {
    attemptId: v.attemptId,
    item: 11,
    response: { ranges: [[relayed.start, relayed.end]] },
  });
  assert.ok(r.feedback?.exercise === 'mark');
  assert.equal(r.feedback.score, 1);
  // Half the sentence: the whole text selected gives precision < 1, recall 1.
  const r2 = await call<AnswerResult>(b, 'attempt:submit', {
    attemptId: v.attemptId,
    item: 14,
    response: { ranges: [[0, key.passages[14]!.text.length]] },
  });
  assert.ok(r2.feedback?.exercise === 'mark');
  assert.equal(r2.feedback.recall, 1);
  assert.ok(r2.feedback.precision < 1 && r2.feedback.score < 1 && r2.feedback.score > 0);
  b.close();
  const b2 = openBackend({ dbPath: file, host: 'web' });
  const again = await call<AttemptView>(b2, 'attempt:open', { profileId: me.id, lessonId: LESSON, exercise: 'mark' });
  assert.equal(again.attemptId, v.attemptId);
  assert.equal(again.nextIndex, 17);
  assert.deepEqual(again.given[0]!.response, { ranges: [[relayed.start, relayed.end]] });
  assert.equal(again.answers.length, 2);
  b2.close();
});

test('bad answers are refused by name and store nothing', async () => {
  const { b, me } = await setup();
  const v = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON, exercise: 'who' });
  const sub = (input: object) => callError(b, 'attempt:submit', { attemptId: v.attemptId, ...input });
  assert.match((await sub({ item: 4, response: { choice: 'quoted' } })).message, /does not fit “Who says so\?”/);
  assert.match((await sub({ item: 3, response: { sourceKind: 'named', verb: 'neutral' } })).message, /not part of/);
  assert.match((await sub({ item: 400, response: { sourceKind: 'named', verb: 'neutral' } })).message, /does not exist/);
  assert.equal((await sub({ item: 4, response: { sourceKind: 'gossip', verb: 'neutral' } })).code, 'invalid_input');
  await call(b, 'attempt:submit', { attemptId: v.attemptId, item: 4, response: { sourceKind: 'named', verb: 'neutral' } });
  assert.equal((await sub({ item: 4, response: { sourceKind: 'named', verb: 'neutral' } })).code, 'conflict');
  assert.match(
    (await callError(b, 'attempt:answer', { attemptId: v.attemptId, index: 4, choice: 'quoted' })).message,
    /not “Sort the passages”/,
  );
  const view = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON, exercise: 'who' });
  assert.equal(view.given.length, 1);
  b.close();
});

test('shuffled order is fixed per attempt and survives resume; the library shows each exercise', async () => {
  const { b, me } = await setup();
  const v = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON, order: 'shuffled' });
  assert.equal(v.order, 'shuffled');
  assert.deepEqual(
    [...v.items].sort((x, y) => x - y),
    key.passages.map((p) => p.index),
  );
  assert.notDeepEqual(
    v.items,
    key.passages.map((p) => p.index),
  ); // 1 in 32! to fail by chance
  const first = v.nextIndex!;
  assert.equal(first, v.items[0]);
  await call(b, 'attempt:answer', { attemptId: v.attemptId, index: first, choice: 'reported' });
  const again = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON });
  assert.deepEqual(again.items, v.items);
  assert.equal(again.nextIndex, v.items[1]);
  const [entry] = await call<LibraryEntry[]>(b, 'library:list', { profileId: me.id });
  assert.deepEqual(
    entry!.exercises.map((e) => [e.kind, e.items, e.current?.answered ?? null]),
    [
      ['sort', 32, 1],
      ['intruder', 1, null],
      ['who', 21, null],
      ['mark', 6, null],
    ],
  );
  assert.deepEqual(entry!.settings, { mode: 'student_choice', order: 'student_choice' });
  b.close();
});

test('a teacher-set mode wins over the student', async () => {
  const dir = tempDir();
  const lessons = path.join(dir, 'lessons');
  fs.mkdirSync(lessons);
  const fixed = { ...key, settings: { mode: 'test', order: 'page' } };
  fs.writeFileSync(path.join(lessons, 'l.json'), JSON.stringify(fixed));
  const b = openBackend({ dbPath: path.join(dir, 'x.sqlite'), host: 'web', lessonsDir: lessons });
  const me = await call<Profile>(b, 'profiles:create', { name: 'Bo' });
  const v = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON, exercise: 'intruder' });
  assert.equal(v.mode, 'test');
  const err = await callError(b, 'attempt:start-new', { profileId: me.id, lessonId: LESSON, exercise: 'who', mode: 'practice' });
  assert.match(err.message, /teacher set this lesson to test mode/);
  const s = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON, order: 'shuffled' });
  assert.equal(s.order, 'page');
  b.close();
});

test('profiles: rename keeps the work; delete takes every attempt and answer with it', async () => {
  const { b, me, file } = await setup('Cy');
  await call<Profile>(b, 'profiles:create', { name: 'Dee' });
  const v = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON, exercise: 'intruder' });
  await call(b, 'attempt:submit', { attemptId: v.attemptId, item: -1, response: { selected: [0] } });
  const renamed = await call<Profile>(b, 'profiles:rename', { profileId: me.id, name: '  Cyrus ' });
  assert.deepEqual([renamed.id, renamed.name], [me.id, 'Cyrus']);
  assert.equal((await callError(b, 'profiles:rename', { profileId: me.id, name: 'dee' })).code, 'conflict');
  assert.equal((await callError(b, 'profiles:delete', { profileId: me.id })).code, 'invalid_input');
  assert.equal((await callError(b, 'profiles:delete', { profileId: me.id, confirm: false })).code, 'invalid_input');
  const gone = await call<{ attempts: number }>(b, 'profiles:delete', { profileId: me.id, confirm: true });
  assert.equal(gone.attempts, 1);
  assert.deepEqual(
    (await call<Profile[]>(b, 'profiles:list', {})).map((p) => p.name),
    ['Dee'],
  );
  assert.equal((await callError(b, 'profiles:delete', { profileId: me.id, confirm: true })).code, 'not_found');
  b.close();
  const db = openDatabase(file);
  assert.equal(db.prepare('SELECT COUNT(*) FROM intruder_answers').pluck().get(), 0);
  db.close();
});
