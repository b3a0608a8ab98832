import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  confidenceWord,
  nextUnkeyed,
  orderedIndices,
  progressLine,
  stepFrom,
  type OrderablePassage,
} from '../../renderer/src/lib/pure/keying-order.js';

const p = (index: number, confidence: number, keyed = false, dropped = false): OrderablePassage => ({
  index,
  confidence,
  keyed,
  dropped,
});
const PASSAGES = [p(0, 0.9, true), p(1, 0.4), p(2, 0.7), p(3, 0.3, false, true), p(4, 0.4), p(5, 0.2, true)];

test('the progress line counts keyed passages of those not dropped', () => {
  assert.equal(progressLine(PASSAGES), '2 of 5 keyed');
  assert.equal(progressLine([]), '0 of 0 keyed');
});

test('low-confidence first: open passages by confidence (ties in page order), then keyed, then dropped', () => {
  assert.deepEqual(orderedIndices(PASSAGES, 'page'), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(orderedIndices(PASSAGES, 'low-confidence'), [1, 4, 2, 5, 0, 3]);
});

test('stepping and the next open passage, in the listed order', () => {
  const order = orderedIndices(PASSAGES, 'low-confidence');
  assert.equal(stepFrom(order, 1, 1), 4);
  assert.equal(stepFrom(order, 3, 1), 3, 'stays at the end');
  assert.equal(stepFrom(order, 1, -1), 1, 'stays at the start');
  assert.equal(stepFrom(order, null, 1), 1);
  assert.equal(stepFrom([], null, 1), null);
  assert.equal(nextUnkeyed(PASSAGES, order, 1), 4);
  assert.equal(nextUnkeyed(PASSAGES, order, 2), 1, 'wraps round');
  assert.equal(nextUnkeyed(PASSAGES, [0, 1, 2, 3, 4, 5], 4), 1, 'skips dropped and keyed');
  assert.equal(nextUnkeyed([p(0, 0.5, true)], [0], 0), null);
});

test('confidence has a word, not only a colour', () => {
  assert.deepEqual([0.2, 0.59, 0.6, 0.79, 0.8, 1].map(confidenceWord), ['low', 'low', 'medium', 'medium', 'high', 'high']);
});
