import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Discernment, Feedback } from '../../electron/shared/contract.js';
import {
  announcement,
  biasWords,
  calibrationLines,
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
  assert.match(discernmentWords(d({ hits: 0, misses: 0 })), /not enough passages/);
});

test('bias: positive c is doubting, negative c is believing', () => {
  assert.match(biasWords(d({ c: 0.6 })), /leaned towards doubting/);
  assert.match(biasWords(d({ c: -0.6 })), /leaned towards believing/);
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
      'Discernment d′ = 0.50; bias c = 0.25 (above 0 leans towards doubting).',
  );
});
