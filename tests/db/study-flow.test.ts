/** The student's path through the real handlers and a real SQLite file: profile → lesson → answers → summary. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openBackend, type Backend } from '../../electron/core/backend.js';
import type {
  SortAnswerResult,
  AttemptSummary,
  AttemptView,
  Envelope,
  LibraryEntry,
  Profile,
} from '../../electron/shared/contract.js';
import { LABELS, type Label } from '../../electron/shared/domain.js';
import type { LessonFile } from '../../electron/core/lesson/lesson-schema.js';
import { discernment } from '../../electron/core/grading/signal-detection.js';
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
const wrongLabel = (p: LessonFile['passages'][number]): Label => LABELS.find((l) => l !== p.label && !p.accept.includes(l))!;

test('a student answers every passage; the score equals the key; the summary explains the misses', async () => {
  const b = openBackend({ dbPath: path.join(tempDir(), 's.sqlite'), host: 'web' });
  const me = await call<Profile>(b, 'profiles:create', { name: '  Mia   Chen ' });
  assert.equal(me.name, 'Mia Chen');
  const view = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON });
  assert.equal(view.nextIndex, 0);
  assert.equal(view.lesson.passages.length, key.passages.length);
  // The student never receives the key before answering.
  assert.equal(JSON.stringify(view).includes('"label"'), false);
  assert.equal(JSON.stringify(view).includes(key.passages[7]!.explanation), false);

  // Answer right except on the three reader-comment sentences (answered "reported": the lesson's trap).
  let expectedCorrect = 0;
  let next: number | null = view.nextIndex;
  while (next !== null) {
    const p: LessonFile['passages'][number] = key.passages[next]!;
    const trap: boolean = p.subtype === 'reader_comment';
    const res: SortAnswerResult = await call<SortAnswerResult>(b, 'attempt:answer', {
      attemptId: view.attemptId,
      index: next,
      choice: trap ? 'reported' : p.label,
      confidence: trap ? 'sure' : 'unsure',
    });
    assert.equal(res.feedback!.correct, !trap);
    assert.equal(res.feedback!.key.label, p.label);
    assert.equal(res.feedback!.key.explanation, p.explanation);
    assert.deepEqual(res.feedback!.key.cues, p.cues);
    if (!trap) expectedCorrect++;
    next = res.nextIndex;
  }
  const s = await call<AttemptSummary>(b, 'attempt:summary', { attemptId: view.attemptId });
  assert.equal(s.status, 'completed');
  assert.equal(s.correct, expectedCorrect);
  assert.equal(s.total, key.passages.length);
  assert.equal(s.score, Math.round((100 * expectedCorrect) / key.passages.length));
  assert.deepEqual(
    s.missed.map((m) => m.subtype),
    ['reader_comment'],
  );
  assert.equal(s.missed[0]!.missed, 3);
  assert.deepEqual(
    s.wrong.map((w) => w.index),
    key.passages.filter((p) => p.subtype === 'reader_comment').map((p) => p.index),
  );
  assert.equal(s.perLabel.commentary.total - s.perLabel.commentary.correct, 3);
  assert.deepEqual(s.calibration.sure, { total: 3, correct: 0 });
  // Fact-or-not trials: passages whose key is not ambiguous between fact and not-fact.
  const facts = key.passages.filter((p) => p.label === 'reported' && p.accept.length === 0).length;
  const nonFacts = key.passages.filter((p) => p.label !== 'reported' && !p.accept.includes('reported')).length;
  assert.deepEqual(
    [s.discernment.hits, s.discernment.misses, s.discernment.falseAlarms, s.discernment.correctRejections],
    [facts, 0, 3, nonFacts - 3],
  );
  // Taking three opinions for facts lowers discernment and moves the bias towards believing.
  const perfect = discernment([
    ...Array.from({ length: facts }, () => ({ isFact: true, saidFact: true })),
    ...Array.from({ length: nonFacts }, () => ({ isFact: false, saidFact: false })),
  ]);
  assert.ok(s.discernment.dPrime < perfect.dPrime);
  assert.ok(s.discernment.c < perfect.c);

  const lib = await call<LibraryEntry[]>(b, 'library:list', { profileId: me.id });
  assert.equal(lib[0]!.completedAttempts, 1);
  assert.deepEqual(lib[0]!.best, { correct: expectedCorrect, total: key.passages.length });
  b.close();
});

test('an also-acceptable label counts as correct and says so', async () => {
  const b = openBackend({ dbPath: path.join(tempDir(), 'alt.sqlite'), host: 'web' });
  const me = await call<Profile>(b, 'profiles:create', { name: 'Ola' });
  const view = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON });
  const comment = key.passages.find((p) => p.subtype === 'reader_comment')!;
  const res = await call<SortAnswerResult>(b, 'attempt:answer', {
    attemptId: view.attemptId,
    index: comment.index,
    choice: 'not_article',
  });
  assert.equal(res.feedback!.correct, true);
  assert.equal(res.feedback!.matched, 'alternative');
  assert.equal(res.feedback!.key.label, 'commentary');
  b.close();
});

test('quitting mid-lesson and reopening the same file resumes at the right passage with feedback intact', async () => {
  const file = path.join(tempDir(), 'resume.sqlite');
  const b1 = openBackend({ dbPath: file, host: 'web' });
  const me = await call<Profile>(b1, 'profiles:create', { name: 'Rae' });
  const v = await call<AttemptView>(b1, 'attempt:open', { profileId: me.id, lessonId: LESSON });
  for (const i of [0, 1, 2, 3, 4])
    await call(b1, 'attempt:answer', { attemptId: v.attemptId, index: i, choice: key.passages[i]!.label });
  // No close(): a crash. The answers were committed before their feedback was returned.
  const raw = new BetterSqlite3(file, { readonly: true });
  assert.equal((raw.prepare('SELECT COUNT(*) AS n FROM sort_answers').get() as { n: number }).n, 5);
  raw.close();
  const b2 = openBackend({ dbPath: file, host: 'web' });
  const again = await call<AttemptView>(b2, 'attempt:open', { profileId: me.id, lessonId: LESSON });
  assert.equal(again.attemptId, v.attemptId);
  assert.equal(again.nextIndex, 5);
  assert.deepEqual(
    again.answers.map((a) => a.item),
    [0, 1, 2, 3, 4],
  );
  assert.ok(again.answers.every((a) => a.correct));
  const lib = await call<LibraryEntry[]>(b2, 'library:list', { profileId: me.id });
  assert.deepEqual(lib[0]!.current, { attemptId: v.attemptId, status: 'in_progress', answered: 5, total: key.passages.length });
  b1.close();
  b2.close();
});

test("profiles are separate: one student's answers never show in another's lesson", async () => {
  const b = openBackend({ dbPath: path.join(tempDir(), 'two.sqlite'), host: 'web' });
  const a = await call<Profile>(b, 'profiles:create', { name: 'Ana' });
  const z = await call<Profile>(b, 'profiles:create', { name: 'Zed' });
  const va = await call<AttemptView>(b, 'attempt:open', { profileId: a.id, lessonId: LESSON });
  await call(b, 'attempt:answer', { attemptId: va.attemptId, index: 0, choice: 'quoted' });
  const vz = await call<AttemptView>(b, 'attempt:open', { profileId: z.id, lessonId: LESSON });
  assert.notEqual(vz.attemptId, va.attemptId);
  assert.deepEqual(vz.answers, []);
  assert.deepEqual(
    (await call<Profile[]>(b, 'profiles:list', {})).map((p) => p.name),
    ['Ana', 'Zed'],
  );
  b.close();
});

test('bad calls get clear errors and change nothing', async () => {
  const b = openBackend({ dbPath: path.join(tempDir(), 'bad.sqlite'), host: 'web' });
  const me = await call<Profile>(b, 'profiles:create', { name: 'Sam' });
  assert.equal((await callError(b, 'profiles:create', { name: 'sam ' })).code, 'conflict');
  assert.equal((await callError(b, 'profiles:create', { name: '   ' })).message, 'name: Type a name.');
  assert.equal((await callError(b, 'profiles:create', { name: 'x'.repeat(41) })).code, 'invalid_input');
  assert.equal((await callError(b, 'profiles:create', { name: 'Sam', admin: true })).code, 'invalid_input');
  assert.equal((await callError(b, 'profiles:create', null)).code, 'invalid_input');
  assert.equal((await callError(b, 'library:list', { profileId: 999 })).code, 'not_found');
  assert.equal(
    (await callError(b, 'attempt:open', { profileId: me.id, lessonId: "x'; DROP TABLE answers;--" })).code,
    'invalid_input',
  );
  assert.equal((await callError(b, 'attempt:open', { profileId: me.id, lessonId: 'no-such-lesson' })).code, 'not_found');
  assert.equal((await callError(b, 'system:exec', {})).code, 'not_found');
  const v = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON });
  assert.equal(
    (await callError(b, 'attempt:answer', { attemptId: v.attemptId, index: 0, choice: 'fact' })).code,
    'invalid_input',
  );
  assert.equal(
    (await callError(b, 'attempt:answer', { attemptId: v.attemptId, index: 500, choice: 'quoted' })).code,
    'invalid_input',
  );
  await call(b, 'attempt:answer', { attemptId: v.attemptId, index: 0, choice: wrongLabel(key.passages[0]!) });
  const twice = await callError(b, 'attempt:answer', { attemptId: v.attemptId, index: 0, choice: key.passages[0]!.label });
  assert.equal(twice.code, 'conflict');
  const s = await call<AttemptSummary>(b, 'attempt:summary', { attemptId: v.attemptId });
  assert.equal(s.answered, 1);
  assert.equal(s.correct, 0, 'the first answer stands; a second try cannot overwrite it');
  b.close();
});

test('retrying keeps earlier attempts and starts from the first passage', async () => {
  const b = openBackend({ dbPath: path.join(tempDir(), 'retry.sqlite'), host: 'web' });
  const me = await call<Profile>(b, 'profiles:create', { name: 'Kim' });
  const first = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON });
  for (const p of key.passages) await call(b, 'attempt:answer', { attemptId: first.attemptId, index: p.index, choice: p.label });
  const done = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON });
  assert.notEqual(done.attemptId, first.attemptId, 'a completed attempt is not reopened for answering');
  const retry = await call<AttemptView>(b, 'attempt:start-new', { profileId: me.id, lessonId: LESSON });
  assert.equal(retry.nextIndex, 0);
  assert.deepEqual(retry.answers, []);
  const old = await call<AttemptSummary>(b, 'attempt:summary', { attemptId: first.attemptId });
  assert.equal(old.correct, key.passages.length);
  assert.equal(old.score, 100);
  b.close();
});

test('a hint points at words without giving the answer, and is counted once, only before answering', async () => {
  const b = openBackend({ dbPath: path.join(tempDir(), 'hint.sqlite'), host: 'web' });
  const me = await call<Profile>(b, 'profiles:create', { name: 'Hana' });
  const v = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: LESSON });
  const kirby = key.passages.find((p) => p.subtype === 'direct_quote' && p.text.includes('told'))!;
  const hint = await call<{ index: number; cues: Array<{ start: number; end: number; kind: string }>; questions: string[] }>(
    b,
    'attempt:hint',
    { attemptId: v.attemptId, index: kirby.index },
  );
  assert.equal(hint.index, kirby.index);
  assert.ok(
    hint.cues.some((c) => c.kind === 'quote_marks'),
    'the quote marks are pointed at',
  );
  for (const c of hint.cues) assert.ok(c.start >= 0 && c.end <= kirby.text.length && c.start < c.end);
  assert.ok(hint.questions.length >= 1 && hint.questions.length <= 2);
  const serialized = JSON.stringify(hint);
  for (const word of ['"label"', 'quoted', 'reported', 'commentary', 'not_article', 'subtype'])
    assert.equal(serialized.includes(word), false, `hint leaks ${word}`);
  await call(b, 'attempt:hint', { attemptId: v.attemptId, index: kirby.index }); // asking twice counts once
  await call(b, 'attempt:answer', { attemptId: v.attemptId, index: 0, choice: 'not_article' });
  await call(b, 'attempt:hint', { attemptId: v.attemptId, index: 0 }); // already answered: not a hint used
  assert.equal((await call<AttemptSummary>(b, 'attempt:summary', { attemptId: v.attemptId })).hintsUsed, 1);
  assert.equal((await callError(b, 'attempt:hint', { attemptId: v.attemptId, index: 999 })).code, 'invalid_input');
  b.close();
});
