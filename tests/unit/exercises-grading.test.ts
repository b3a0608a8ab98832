/** Each exercise's grading against the seed lesson's key (the real file), including empty and full selections. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { countIntruders, intruderExercise, intrudersOf } from '../../electron/core/exercises/intruder.js';
import { keyRanges, markExercise, markTarget, overlap } from '../../electron/core/exercises/mark.js';
import { exercisesOffered, missingExerciseKeys } from '../../electron/core/exercises/registry.js';
import { sortExercise } from '../../electron/core/exercises/sort.js';
import { verbEffect, whoExercise } from '../../electron/core/exercises/who.js';
import { lessonSchema, type LessonFile } from '../../electron/core/lesson/lesson-schema.js';
import { wordsOf, type Range } from '../../electron/shared/exercises.js';
import { SEED_LESSON_FILE } from '../helpers/temp-dir.js';

const seed = lessonSchema.parse(JSON.parse(fs.readFileSync(SEED_LESSON_FILE, 'utf8'))) as LessonFile;
const stored = <T>(item: number, response: T, score: number, correct: boolean) => ({
  item,
  seq: 1,
  response,
  score,
  correct,
  confidence: null,
  seconds: null,
  answeredAt: 'x',
});

test('sort: the key label and an also-acceptable label score 1, any other label 0', () => {
  const comment = seed.passages[7]!; // reader comment: commentary, also not_article
  assert.deepEqual(sortExercise.grade(seed, 7, { choice: 'commentary' }), { score: 1, correct: true });
  assert.deepEqual(sortExercise.grade(seed, 7, { choice: 'not_article' }), { score: 1, correct: true });
  assert.deepEqual(sortExercise.grade(seed, 7, { choice: 'reported' }), { score: 0, correct: false });
  const fb = sortExercise.feedback(seed, stored(7, { choice: 'not_article' as const }, 1, true));
  assert.equal(fb.exercise === 'sort' && fb.matched, 'alternative');
  assert.equal(comment.label, 'commentary');
});

test('intruder: the seed has five intruders (banner, Close, the three-sentence reader comment)', () => {
  assert.deepEqual(intrudersOf(seed), [0, 1, 7, 8, 9]);
});

test('intruder: exact, empty, full, partial and false-alarm selections', () => {
  const g = (selected: number[]) => intruderExercise.grade(seed, -1, { selected });
  assert.deepEqual(g([0, 1, 7, 8, 9]), { score: 1, correct: true });
  assert.deepEqual(g([]), { score: 0, correct: false });
  const all = seed.passages.map((p) => p.index);
  assert.deepEqual(g(all), { score: 5 / 32, correct: false });
  // Found 4 of 5 and one false alarm: 4 agreed out of the 6 passages either side picked.
  const c = countIntruders(intrudersOf(seed), [0, 1, 7, 8, 19]);
  assert.deepEqual([c.found, c.missed, c.falseAlarms], [[0, 1, 7, 8], [9], [19]]);
  assert.equal(c.precision, 4 / 5);
  assert.equal(c.recall, 4 / 5);
  assert.equal(c.score, 4 / 6);
  // Precision is undefined for an empty selection, recall for a clean page.
  assert.equal(countIntruders([0], []).precision, null);
  assert.equal(countIntruders([], []).recall, null);
});

test('intruder: on a clean page, selecting none is right and any selection is wrong', () => {
  const clean = { ...seed, passages: seed.passages.filter((p) => p.fromOutlet).map((p, i) => ({ ...p, index: i })) };
  assert.deepEqual(intruderExercise.grade(clean, -1, { selected: [] }), { score: 1, correct: true });
  assert.deepEqual(intruderExercise.grade(clean, -1, { selected: [3] }), { score: 0, correct: false });
  const fb = intruderExercise.feedback(clean, stored(-1, { selected: [] }, 1, true));
  assert.equal(fb.exercise === 'intruder' && fb.none, true);
  assert.deepEqual(exercisesOffered(clean).includes('intruder'), true);
});

test('intruder feedback names the cues that give each intruder away, and each false alarm', () => {
  const fb = intruderExercise.feedback(seed, stored(-1, { selected: [0, 7, 19] }, 2 / 6, false));
  assert.ok(fb.exercise === 'intruder');
  const by = new Map(fb.passages.map((p) => [p.index, p]));
  assert.deepEqual(
    fb.passages.map((p) => [p.index, p.outcome]),
    [
      [0, 'found'],
      [1, 'missed'],
      [7, 'found'],
      [8, 'missed'],
      [9, 'missed'],
      [19, 'false_alarm'],
    ],
  );
  assert.ok(by.get(7)!.reasons.some((r) => r.includes('straight apostrophes where the page uses curly ones')));
  assert.ok(by.get(7)!.reasons.some((r) => r.startsWith('no source for an opinion')));
  assert.ok(by.get(1)!.reasons.some((r) => r.includes('site')));
  assert.match(by.get(19)!.reasons[0]!, /outlet wrote this/);
  assert.equal(fb.score, 2 / 6); // the stored grade, not a recomputed one
});

test('who: half the credit for the source kind, half for the verb; both right is correct', () => {
  // 26: "Former Israeli War Cabinet Minister Benny Gantz mocked …": named, loaded.
  assert.deepEqual(whoExercise.grade(seed, 26, { sourceKind: 'named', verb: 'loaded' }), { score: 1, correct: true });
  assert.deepEqual(whoExercise.grade(seed, 26, { sourceKind: 'named', verb: 'neutral' }), { score: 0.5, correct: false });
  assert.deepEqual(whoExercise.grade(seed, 26, { sourceKind: 'vague', verb: 'loaded' }), { score: 0.5, correct: false });
  assert.deepEqual(whoExercise.grade(seed, 26, { sourceKind: 'anonymous', verb: 'neutral' }), { score: 0, correct: false });
  assert.deepEqual(whoExercise.grade(seed, 14, { sourceKind: 'anonymous', verb: 'neutral' }), { score: 1, correct: true });
  assert.deepEqual(whoExercise.grade(seed, 24, { sourceKind: 'vague', verb: 'neutral' }), { score: 1, correct: true });
  assert.deepEqual(whoExercise.grade(seed, 20, { sourceKind: 'media', verb: 'neutral' }), { score: 1, correct: true });
  assert.deepEqual(whoExercise.grade(seed, 23, { sourceKind: 'document', verb: 'neutral' }), { score: 1, correct: true });
  assert.match(whoExercise.checkResponse(seed, 3, { sourceKind: 'named', verb: 'neutral' })!, /not a quoted claim/);
});

test('who: the feedback says what the verb does to the reader', () => {
  assert.match(verbEffect(seed.passages[29]!), /“claiming” is loaded: it casts doubt/);
  assert.match(verbEffect(seed.passages[26]!), /“mocked” is loaded: .*ridicule/);
  assert.match(verbEffect(seed.passages[4]!), /“told” is neutral/);
  assert.match(verbEffect(seed.passages[15]!), /Blamed/); // the key's own words win
  const fb = whoExercise.feedback(seed, stored(29, { sourceKind: 'named' as const, verb: 'neutral' as const }, 0.5, false));
  assert.ok(fb.exercise === 'who');
  assert.deepEqual([fb.sourceRight, fb.verbRight, fb.key.verb], [true, false, 'loaded']);
  assert.equal(seed.passages[29]!.text.slice(fb.key.verbSpan!.start, fb.key.verbSpan!.end), 'claiming');
});

test('mark: whose words to mark follows the label; the key ranges are that voice', () => {
  assert.equal(markTarget(seed.passages[17]!), 'relayed'); // a quoted claim: the words the outlet does not vouch for
  assert.equal(markTarget(seed.passages[22]!), 'outlet'); // a reported fact: the outlet's own words
  const p = seed.passages[21]!;
  assert.deepEqual(
    keyRanges(p).map(([s, e]) => p.text.slice(s, e)),
    ['But there are still incredibly difficult red lines and sticking points that Netanyahu says'],
  );
});

test('mark: exact, empty, full and partial selections; spaces neither earn nor cost', () => {
  const p = seed.passages[17]!;
  const key = keyRanges(p);
  const g = (ranges: Range[]) => markExercise.grade(seed, 17, { ranges });
  assert.deepEqual(g(key), { score: 1, correct: true });
  assert.deepEqual(g([]), { score: 0, correct: false });
  // Selecting every word: recall 1, precision = the key's share of the sentence's non-space characters.
  const full = g([[0, p.text.length]]);
  const nonSpace = (s: string) => s.replace(/\s/g, '').length;
  const keyChars = key.reduce((n, [s, e]) => n + nonSpace(p.text.slice(s, e)), 0);
  const precision = keyChars / nonSpace(p.text);
  assert.ok(Math.abs(full.score - (2 * precision) / (precision + 1)) < 1e-12);
  assert.equal(full.correct, precision >= 0.67); // F1 ≥ 0.8 needs precision ≥ 2/3 at recall 1
  // Only the first relayed part: precision 1, recall = its share of the key.
  const first = key[0]!;
  const part = overlap(p.text, [first], key);
  assert.equal(part.precision, 1);
  assert.ok(Math.abs(part.recall - nonSpace(p.text.slice(...first)) / keyChars) < 1e-12);
  assert.ok(g([first]).score > 0 && g([first]).score < 1);
  // A range with its space after it scores exactly as the word alone.
  assert.equal(overlap(p.text, [[first[0], first[1] + 1]], key).f1, overlap(p.text, [first], key).f1);
  assert.match(markExercise.checkResponse(seed, 17, { ranges: [[5, 999]] })!, /not inside passage 18/);
});

test('the seed lesson offers all four exercises and lacks nothing; every mark span lies on word edges', () => {
  assert.deepEqual(exercisesOffered(seed), ['sort', 'intruder', 'who', 'mark']);
  assert.deepEqual(missingExerciseKeys(seed), { sort: [], intruder: [], who: [], mark: [] });
  assert.deepEqual(markExercise.items(seed), [11, 14, 17, 21, 22, 31]);
  assert.equal(whoExercise.items(seed).length, 21);
  // A perfect answer made of whole words exists for every item.
  for (const i of markExercise.items(seed)) {
    const p = seed.passages[i]!;
    const words = wordsOf(p.text).filter(([s, e]) => keyRanges(p).some(([ks, ke]) => s >= ks && e <= ke));
    assert.equal(markExercise.grade(seed, i, { ranges: words }).score, 1, `passage ${i}`);
  }
});

test('a lesson without quoted claims or mixed sentences offers neither exercise, and says why in words', () => {
  const plain = {
    ...seed,
    passages: seed.passages.map((p) => {
      const { spans: _s, attribution: _a, ...rest } = p;
      return p.label === 'quoted' ? { ...rest, label: 'reported' as const, subtype: 'event', accept: [] } : rest;
    }),
  } as LessonFile;
  assert.deepEqual(exercisesOffered(plain), ['sort', 'intruder']);
  const missing = missingExerciseKeys(plain);
  assert.match(missing.who[0]!, /No passage is a quoted claim/);
  assert.match(missing.mark[0]!, /No sentence has its words marked/);
  // A quoted claim without a verb is named, and left out of "Who says so?".
  const noVerb = structuredClone(seed);
  delete noVerb.passages[12]!.attribution!.verb;
  assert.deepEqual(missingExerciseKeys(noVerb).who, [
    'Passage 13 is a quoted claim with its source marked but no attribution verb (attribution.verb).',
  ]);
  assert.equal(whoExercise.items(noVerb).includes(12), false);
});
