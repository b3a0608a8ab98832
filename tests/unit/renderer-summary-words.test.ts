import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Discernment, Feedback } from '../../electron/shared/contract.js';
import {
  announcement,
  biasWords,
  calibrationLines,
  canMeasure,
  MIN_TRIALS,
  sureButWrong,
  discernmentNumbers,
  discernmentWords,
  hasCalibration,
  keyLine,
  verdictText,
} from '../../renderer/src/lib/pure/summary-words.js';
import { checkProfileName } from '../../renderer/src/lib/pure/profile-name.js';

const d = (over: Partial<Discernment>): Discernment => ({
  hits: 8,
  misses: 2,
  falseAlarms: 3,
  correctRejections: 25,
  dPrime: 1.2,
  c: 0,
  ...over,
});

test('discernment bands follow d′', () => {
  assert.match(discernmentWords(d({ dPrime: 2.4 })), /very reliably/);
  assert.match(discernmentWords(d({ dPrime: 1.2 })), /well, with a few slips/);
  assert.match(discernmentWords(d({ dPrime: 0.7 })), /somewhat better than chance/);
  assert.match(discernmentWords(d({ dPrime: 0.1 })), /not yet/);
  assert.match(discernmentWords(d({ hits: 0, misses: 0 })), /Too few clear reported facts/);
});

test('bias: positive c is doubting, negative c is believing', () => {
  assert.match(biasWords(d({ c: 0.6 })), /leaned towards doubting/);
  assert.match(biasWords(d({ c: -0.6, falseAlarms: 9, correctRejections: 19 })), /leaned towards believing/);
  assert.match(biasWords(d({ c: 0.1 })), /neither/);
  assert.equal(biasWords(d({ falseAlarms: 0, correctRejections: 0 })), '');
});

test('calibration: shown only with confidences, and compares sure with unsure', () => {
  const none = { sure: { total: 0, correct: 0 }, unsure: { total: 0, correct: 0 } };
  assert.equal(hasCalibration(none), false);
  assert.deepEqual(calibrationLines(none), []);
  const lines = calibrationLines({ sure: { total: 10, correct: 9 }, unsure: { total: 4, correct: 2 } });
  assert.equal(lines[0], 'When you said you were sure, you were right 9 of 10 times (90%).');
  assert.equal(lines[1], 'When you said you were unsure, you were right 2 of 4 times (50%).');
  assert.match(lines[2] ?? '', /good guide/);
});

const feedback = (over: Partial<Feedback>): Feedback => ({
  index: 6,
  choice: 'not_article',
  confidence: null,
  correct: true,
  matched: 'alternative',
  key: {
    label: 'commentary',
    subtype: 'reader_comment',
    role: 'body',
    fromOutlet: false,
    accept: ['not_article'],
    explanation: 'A reader wrote it.',
    cues: [],
  },
  ...over,
});

test('feedback words: accepted alternative, primary and wrong', () => {
  const alt = feedback({});
  assert.equal(verdictText(alt), 'Right (accepted answer)');
  assert.equal(
    keyLine(alt),
    'The key: Commentary (reader comment). Your answer, Not part of the article, is also accepted here.',
  );
  const primary = feedback({ choice: 'commentary', matched: 'primary' });
  assert.equal(verdictText(primary), 'Right');
  assert.equal(keyLine(primary), 'The key: Commentary (reader comment).');
  const wrong = feedback({ choice: 'reported', correct: false, matched: null });
  assert.equal(verdictText(wrong), 'Not quite');
  assert.equal(keyLine(wrong), 'You answered Reported fact. The key: Commentary (reader comment).');
  assert.equal(
    announcement(wrong),
    'Not quite. You answered Reported fact. The key: Commentary (reader comment). A reader wrote it.',
  );
});

test('profile names: trimmed, 1–40 characters counted as a person sees them', () => {
  assert.deepEqual(checkProfileName('  Amira  '), { ok: true, name: 'Amira' });
  assert.equal(checkProfileName('   ').ok, false);
  assert.equal(checkProfileName('x'.repeat(40)).ok, true);
  assert.equal(checkProfileName('x'.repeat(41)).ok, false);
  assert.equal(checkProfileName('😀'.repeat(40)).ok, true, '40 emoji are 80 UTF-16 units but 40 characters');
});

test('the numbers line names the counts and both measures', () => {
  assert.equal(
    discernmentNumbers(d({ hits: 1, misses: 2, falseAlarms: 3, correctRejections: 20, dPrime: 0.5, c: 0.25 })),
    'On the clear-cut passages: reported facts recognised 1 of 3; other passages taken for facts 3 of 23. ' +
      'Discernment d′ = 0.50 (how well you told the two apart: 0 is guessing, 1 clearly better than chance, 2 or more reliable); bias c = 0.25 (0 is even-handed; above 0 leans towards doubting, below 0 towards believing).',
  );
});

test('too few clear reported facts: no verdict, and it says so (the seed has one)', () => {
  const one = d({ hits: 0, misses: 1, falseAlarms: 7, correctRejections: 18, dPrime: -0.1, c: 0.61 });
  assert.match(discernmentWords(one), /^Too few clear reported facts to measure \(only 1/);
  assert.equal(biasWords(one), '');
  assert.match(discernmentWords(d({ hits: 0, misses: 0 })), /none in this lesson/);
  // The boundary: MIN_TRIALS of each kind is enough, one fewer is not.
  assert.equal(canMeasure(d({ hits: MIN_TRIALS - 1, misses: 0 })), false);
  assert.equal(canMeasure(d({ hits: MIN_TRIALS, misses: 0 })), true);
  assert.equal(canMeasure(d({ falseAlarms: 0, correctRejections: MIN_TRIALS - 1 })), false);
  assert.match(discernmentWords(d({ falseAlarms: 0, correctRejections: 2 })), /Too few clear passages other than/);
});

test('bias words agree with the counts shown: 1 fact missed and 7 others believed is not "doubting"', () => {
  // c says doubting (rates with the log-linear correction), but the counts say the student believed more.
  const w = biasWords(d({ hits: 4, misses: 1, falseAlarms: 7, correctRejections: 18, c: 0.3 }));
  assert.doesNotMatch(w, /leaned towards doubting/);
  assert.match(w, /neither/);
  assert.match(w, /missed 1 of 5 reported facts \(20%\).*took 7 of 25 other passages for facts \(28%\)/);
  assert.match(
    biasWords(d({ hits: 2, misses: 3, falseAlarms: 1, correctRejections: 24, c: 0.9 })),
    /^You leaned towards doubting: you missed 3 of 5/,
  );
  assert.match(
    biasWords(d({ hits: 5, misses: 0, falseAlarms: 9, correctRejections: 16, c: -0.8 })),
    /^You leaned towards believing: you took 9 of 25/,
  );
  // Boundaries on c: exactly ±0.25 is not a lean.
  assert.match(biasWords(d({ hits: 2, misses: 3, falseAlarms: 1, correctRejections: 24, c: 0.25 })), /neither/);
  assert.match(biasWords(d({ hits: 5, misses: 0, falseAlarms: 9, correctRejections: 16, c: -0.25 })), /neither/);
});

test('d′ bands at their boundaries', () => {
  assert.match(discernmentWords(d({ dPrime: 2 })), /very reliably/);
  assert.match(discernmentWords(d({ dPrime: 1.99 })), /well, with a few slips/);
  assert.match(discernmentWords(d({ dPrime: 1 })), /well, with a few slips/);
  assert.match(discernmentWords(d({ dPrime: 0.99 })), /somewhat better/);
  assert.match(discernmentWords(d({ dPrime: 0.5 })), /somewhat better/);
  assert.match(discernmentWords(d({ dPrime: 0.49 })), /not yet/);
  assert.match(discernmentNumbers(d({})), /d′ = 1\.20 \(how well you told the two apart: 0 is guessing/);
  assert.match(discernmentNumbers(d({})), /bias c = 0\.00 \(0 is even-handed; above 0 leans towards doubting/);
});

test('calibration: "right 1 of 3 when sure" is never called a good guide', () => {
  const line = (sure: [number, number], unsure: [number, number]) =>
    calibrationLines({ sure: { correct: sure[0], total: sure[1] }, unsure: { correct: unsure[0], total: unsure[1] } }).at(-1)!;
  assert.match(line([1, 3], [0, 2]), /^Feeling sure was not a good guide: when sure, you were wrong more often than right/);
  assert.match(line([1, 2], [0, 2]), /rough guide/); // half right when sure: not wrong more often, not mostly right
  assert.match(line([3, 4], [1, 2]), /^Your confidence was a good guide/); // 75% exactly: the boundary
  assert.match(line([2, 3], [0, 2]), /rough guide/); // 67%
  assert.match(line([3, 4], [3, 4]), /not yet a good guide/); // no better than unsure
  assert.match(line([4, 4], [0, 0]), /mostly right when sure; mark some answers "unsure"/);
  assert.match(line([0, 0], [1, 2]), /unsure, you were right 1 of 2/);
});

test('wrong while sure gets a word; right while sure, or wrong while unsure, does not', () => {
  assert.match(sureButWrong({ correct: false, confidence: 'sure' })!, /You were sure, and this was not right/);
  assert.equal(sureButWrong({ correct: true, confidence: 'sure' }), null);
  assert.equal(sureButWrong({ correct: false, confidence: 'unsure' }), null);
  assert.equal(sureButWrong({ correct: false, confidence: null }), null);
});
