import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  defaultSplitIndex,
  moveSplitIndex,
  moveWordChoice,
  selectionToRange,
  splitPoints,
  splitPreview,
  startWordChoice,
  wordChoiceRange,
  wordSpans,
} from '../../renderer/src/lib/pure/text-ranges.js';

const TEXT = 'Kirby can keep claiming it’s just a few details. That’s not a minor detail...';

test('a mouse selection becomes whole words, without surrounding space, in either direction', () => {
  const start = TEXT.indexOf('laiming'); // a letter late
  const end = TEXT.indexOf(' it’s');
  assert.deepEqual(selectionToRange(TEXT, start, end), { start: TEXT.indexOf('claiming'), end });
  // Backwards (focus before anchor) and with spaces at both ends gives the same.
  assert.deepEqual(selectionToRange(TEXT, end + 2, start - 2), { start: TEXT.indexOf('claiming'), end: TEXT.indexOf(' just') });
  assert.equal(selectionToRange(TEXT, 5, 6), null, 'only a space');
  assert.equal(selectionToRange(TEXT, 3, 3), null, 'collapsed');
});

test('out-of-range and non-finite offsets are clamped; an emoji is never cut', () => {
  assert.deepEqual(selectionToRange('abc def', -4, 99), { start: 0, end: 7 });
  assert.equal(selectionToRange('abc', Number.NaN, Number.NaN), null);
  const emoji = 'so 😀 good';
  const r = selectionToRange(emoji, 3, 4); // inside the surrogate pair
  assert.deepEqual(r, { start: 3, end: 5 });
  assert.equal(emoji.slice(r!.start, r!.end), '😀');
});

test('choosing words with the keyboard: move, extend both ways, and the range it marks', () => {
  assert.equal(wordSpans(TEXT).length, 14);
  let c = startWordChoice(TEXT, TEXT.indexOf('claiming'));
  assert.deepEqual(wordChoiceRange(TEXT, c), { start: TEXT.indexOf('claiming'), end: TEXT.indexOf('claiming') + 8 });
  c = moveWordChoice(TEXT, c, 'right', true);
  c = moveWordChoice(TEXT, c, 'right', true);
  assert.equal(TEXT.slice(wordChoiceRange(TEXT, c)!.start, wordChoiceRange(TEXT, c)!.end), 'claiming it’s just');
  c = moveWordChoice(TEXT, c, 'left', false);
  assert.equal(TEXT.slice(wordChoiceRange(TEXT, c)!.start, wordChoiceRange(TEXT, c)!.end), 'it’s');
  // Extending left past the anchor selects backwards.
  c = moveWordChoice(TEXT, moveWordChoice(TEXT, c, 'left', true), 'left', true);
  assert.equal(TEXT.slice(wordChoiceRange(TEXT, c)!.start, wordChoiceRange(TEXT, c)!.end), 'keep claiming it’s');
  // Stops at both ends.
  let edge = startWordChoice(TEXT, 0);
  edge = moveWordChoice(TEXT, edge, 'left', false);
  assert.deepEqual(edge, { anchor: 0, focus: 0 });
  assert.equal(wordChoiceRange('   ', startWordChoice('   ')), null);
});

test('splitting: before each word but the first, defaulting to the first sentence end', () => {
  const points = splitPoints(TEXT);
  assert.equal(points.length, 13);
  const at = defaultSplitIndex(TEXT);
  assert.deepEqual(splitPreview(TEXT, points[at]!), {
    before: 'Kirby can keep claiming it’s just a few details.',
    after: 'That’s not a minor detail...',
  });
  // A closing quote after the full stop still ends the sentence.
  const quoted = '“We will not,” he said. “Never.” Then he left.';
  assert.equal(splitPreview(quoted, splitPoints(quoted)[defaultSplitIndex(quoted)]!).before, '“We will not,” he said.');
  // No sentence end: the middle word.
  assert.equal(defaultSplitIndex('one two three four five'), 1);
  assert.equal(defaultSplitIndex('alone'), -1);
  assert.equal(moveSplitIndex(3, 2, 'right'), 2);
  assert.equal(moveSplitIndex(3, 0, 'left'), 0);
  assert.equal(moveSplitIndex(0, 0, 'left'), -1);
});
