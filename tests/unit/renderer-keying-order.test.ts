import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextUnkeyed, stepFrom, type OrderablePassage } from '../../renderer/src/lib/pure/keying-order.js';

const p = (index: number, confidence: number, keyed = false, dropped = false): OrderablePassage => ({
  index,
  confidence,
  keyed,
  dropped,
});
const PASSAGES = [p(0, 0.9, true), p(1, 0.4), p(2, 0.7), p(3, 0.3, false, true), p(4, 0.4), p(5, 0.2, true)];
/** As the backend lists them lowest confidence first. */
const ORDER = [5, 3, 1, 4, 2, 0];

test('stepping in the listed order stays put at either end', () => {
  assert.equal(stepFrom(ORDER, 1, 1), 4);
  assert.equal(stepFrom(ORDER, 0, 1), 0, 'stays at the end');
  assert.equal(stepFrom(ORDER, 5, -1), 5, 'stays at the start');
  assert.equal(stepFrom(ORDER, null, 1), 5);
  assert.equal(stepFrom(ORDER, 99, 1), 5, 'a passage no longer listed: the first');
  assert.equal(stepFrom([], null, 1), null);
});

test('the next open passage, in the listed order, wrapping round, skipping keyed and dropped ones', () => {
  assert.equal(nextUnkeyed(PASSAGES, ORDER, 1), 4);
  assert.equal(nextUnkeyed(PASSAGES, ORDER, 2), 1, 'wraps round');
  assert.equal(nextUnkeyed(PASSAGES, [0, 1, 2, 3, 4, 5], 4), 1, 'skips dropped and keyed');
  assert.equal(nextUnkeyed(PASSAGES, ORDER, null), 1);
  assert.equal(nextUnkeyed([p(0, 0.5, true)], [0], 0), null);
});
