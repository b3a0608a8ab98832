import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { openDatabase } from '../../db/open-database.js';
import { AnswersRepository } from '../../db/repositories/answers.js';
import { AttemptsRepository } from '../../db/repositories/attempts.js';
import { migrateTo } from '../helpers/migrate-to.js';
import { tempDir } from '../helpers/temp-dir.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function v4WithAnswers(file: string): void {
  const v4 = new BetterSqlite3(file);
  migrateTo(v4, 4);
  v4.exec(`
    INSERT INTO profiles (id, name, name_key, created_at) VALUES (1, 'Ada', 'ada', '2026-01-01');
    INSERT INTO lessons VALUES ('l', 1, 'L', '', 'bundled');
    INSERT INTO lesson_versions VALUES ('l', 1, '{}', 'x', '2026-01-01');
    INSERT INTO attempts (id, profile_id, lesson_id, lesson_version, started_at, completed_at)
      VALUES (1, 1, 'l', 1, '2026-01-01T10:00:00Z', '2026-01-01T10:20:00Z'),
             (2, 1, 'l', 1, '2026-01-02T10:00:00Z', NULL);
    INSERT INTO answers (attempt_id, passage_index, seq, choice, confidence, correct, answered_at) VALUES
      (1, 0, 1, 'not_article', 'sure', 1, '2026-01-01T10:01:00Z'),
      (1, 3, 2, 'quoted', NULL, 0, '2026-01-01T10:02:00Z'),
      (2, 5, 1, 'commentary', 'unsure', 1, '2026-01-02T10:01:00Z');
    INSERT INTO hints VALUES (1, 3, '2026-01-01T10:01:30Z');
  `);
  v4.close();
}

test('migration 6 keeps every answer as a sort answer with its grade, and gives attempts a uid, exercise and mode', () => {
  const file = path.join(tempDir(), 'v4.sqlite');
  v4WithAnswers(file);
  const db = openDatabase(file);
  assert.equal(db.pragma('user_version', { simple: true }), LATEST_SCHEMA_VERSION); // later migrations run too

  const attempts = new AttemptsRepository(db);
  const a1 = attempts.get(1)!;
  const a2 = attempts.get(2)!;
  assert.match(a1.uid, UUID);
  assert.match(a2.uid, UUID);
  assert.notEqual(a1.uid, a2.uid);
  assert.deepEqual([a1.exercise, a1.mode, a1.itemOrder, a1.completedAt], ['sort', 'practice', null, '2026-01-01T10:20:00Z']);
  assert.equal(attempts.findInProgress(1, 'l', 'sort')?.id, 2);

  const records = new AnswersRepository(db).records(1);
  assert.deepEqual(records, [
    {
      attemptUid: a1.uid,
      exercise: 'sort',
      mode: 'practice',
      item: 0,
      response: { choice: 'not_article' },
      score: 1,
      correct: true,
      confidence: 'sure',
      seconds: null,
      hinted: false,
      answeredAt: '2026-01-01T10:01:00Z',
    },
    {
      attemptUid: a1.uid,
      exercise: 'sort',
      mode: 'practice',
      item: 3,
      response: { choice: 'quoted' },
      score: 0,
      correct: false,
      confidence: null,
      seconds: null,
      hinted: true,
      answeredAt: '2026-01-01T10:02:00Z',
    },
  ]);
  assert.equal(new AnswersRepository(db).records(2).length, 1);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  assert.equal(tables.includes('answers'), false);
  db.close();

  // The uids are made once: opening again keeps them.
  const again = openDatabase(file);
  assert.equal(new AttemptsRepository(again).get(1)!.uid, a1.uid);
  again.close();
});

test('after migration 6 the schema refuses what would corrupt results', () => {
  const file = path.join(tempDir(), 'v4.sqlite');
  v4WithAnswers(file);
  const db = openDatabase(file);
  // An attempt without a uid, or a uid that changes, would break exported results.
  assert.throws(
    () => db.prepare("INSERT INTO attempts (profile_id, lesson_id, lesson_version, started_at) VALUES (1, 'l', 1, 'x')").run(),
    /uid is required/,
  );
  assert.throws(() => db.prepare("UPDATE attempts SET uid = 'other' WHERE id = 1").run(), /never changes/);
  const uid1 = db.prepare('SELECT uid FROM attempts WHERE id = 1').pluck().get();
  assert.throws(() => db.prepare('UPDATE attempts SET uid = ? WHERE id = 2').run(uid1), /never changes|UNIQUE/);
  // An answer goes only into its own exercise's table, once per item, with a score in 0..1.
  const answers = new AnswersRepository(db);
  const grade = { score: 1, correct: true, confidence: null, seconds: 2, answeredAt: 'x' } as const;
  assert.throws(
    () => answers.add('who', 2, { item: 4, response: { sourceKind: 'named', verb: 'neutral' }, ...grade }),
    /not a who attempt/,
  );
  assert.throws(() => answers.add('sort', 2, { item: 5, response: { choice: 'quoted' }, ...grade }), /UNIQUE|PRIMARY/);
  assert.throws(() => answers.add('sort', 2, { item: 6, response: { choice: 'quoted' }, ...grade, score: 1.5 }), /CHECK/);
  assert.throws(() => db.prepare("UPDATE attempts SET exercise = 'essay' WHERE id = 2").run(), /CHECK/);
  db.close();
});

test('each exercise stores its own answers and they read back as AnswerRecords', () => {
  const db = openDatabase(path.join(tempDir(), 'new.sqlite'));
  db.exec(`
    INSERT INTO profiles (id, name, name_key, created_at) VALUES (1, 'Ada', 'ada', '2026-01-01');
    INSERT INTO lessons VALUES ('l', 1, 'L', '', 'bundled');
    INSERT INTO lesson_versions VALUES ('l', 1, '{}', 'x', '2026-01-01');
  `);
  const attempts = new AttemptsRepository(db);
  const answers = new AnswersRepository(db);
  const now = new Date('2026-02-01T09:00:00Z');
  const make = (exercise: 'intruder' | 'who' | 'mark', mode: 'practice' | 'test') =>
    attempts.create({ profileId: 1, lessonId: 'l', lessonVersion: 1, exercise, mode, itemOrder: null }, now);
  const intruder = make('intruder', 'test');
  const who = make('who', 'practice');
  const mark = make('mark', 'practice');
  assert.match(intruder.uid, UUID);
  const base = { confidence: null, seconds: 12.5, answeredAt: '2026-02-01T09:01:00Z' } as const;
  answers.add('intruder', intruder.id, { item: -1, response: { selected: [0, 1, 7] }, score: 0.6, correct: false, ...base });
  assert.throws(() =>
    answers.add('intruder', intruder.id, { item: -1, response: { selected: [] }, score: 0, correct: false, ...base }),
  );
  answers.add('who', who.id, {
    item: 4,
    response: { sourceKind: 'named', verb: 'neutral' },
    score: 1,
    correct: true,
    ...base,
    confidence: 'sure',
  });
  answers.add('who', who.id, {
    item: 26,
    response: { sourceKind: 'vague', verb: 'loaded' },
    score: 0.5,
    correct: false,
    ...base,
  });
  answers.add('mark', mark.id, {
    item: 17,
    response: {
      ranges: [
        [13, 40],
        [50, 60],
      ],
    },
    score: 0.75,
    correct: false,
    ...base,
  });

  assert.deepEqual(
    answers.records(intruder.id).map((r) => [r.exercise, r.mode, r.item, r.response, r.score]),
    [['intruder', 'test', -1, { selected: [0, 1, 7] }, 0.6]],
  );
  assert.deepEqual(
    answers.records(who.id).map((r) => [r.item, r.response, r.correct, r.confidence]),
    [
      [4, { sourceKind: 'named', verb: 'neutral' }, true, 'sure'],
      [26, { sourceKind: 'vague', verb: 'loaded' }, false, null],
    ],
  );
  assert.deepEqual(answers.records(mark.id)[0]!.response, {
    ranges: [
      [13, 40],
      [50, 60],
    ],
  });
  assert.equal(answers.scoreSum(who.id), 1.5);
  assert.equal(answers.count(who.id), 2);
  assert.equal(answers.recordsOfAttempts([intruder.id, who.id, mark.id]).length, 4);
  assert.equal(attempts.getByUid(who.uid)?.id, who.id);
  // Deleting a profile takes its attempts and every kind of answer with it.
  db.prepare('DELETE FROM profiles WHERE id = 1').run();
  for (const t of ['attempts', 'intruder_answers', 'who_answers', 'mark_answers'])
    assert.equal(db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get(), 0, t);
  db.close();
});
