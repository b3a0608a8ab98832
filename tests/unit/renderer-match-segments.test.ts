import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentsFromMarkers, segmentsFromRanges } from '../../renderer/src/lib/pure/match-segments.js';

const O = '\u0002';
const C = '\u0003';

test('FTS markers become match segments, and markup in the text stays text', () => {
  assert.deepEqual(segmentsFromMarkers(`…talks in ${O}Doha${C} on <b>${O}ceasefire${C}</b>`, O, C), [
    { text: '…talks in ', match: false },
    { text: 'Doha', match: true },
    { text: ' on <b>', match: false },
    { text: 'ceasefire', match: true },
    { text: '</b>', match: false },
  ]);
});

test('unclosed and stray markers', () => {
  assert.deepEqual(segmentsFromMarkers(`a ${O}b c`, O, C), [
    { text: 'a ', match: false },
    { text: 'b c', match: true },
  ]);
  assert.deepEqual(segmentsFromMarkers(`a${C} b`, O, C), [{ text: 'a b', match: false }]);
  assert.deepEqual(segmentsFromMarkers('', O, C), []);
  assert.deepEqual(segmentsFromMarkers(`${O}${C}x`, O, C), [{ text: 'x', match: false }]);
});

test('ranges: clamped, sorted, overlaps joined', () => {
  assert.deepEqual(
    segmentsFromRanges('hello world', [
      [6, 11],
      [0, 2],
      [1, 4],
      [20, 30],
    ]),
    [
      { text: 'hell', match: true },
      { text: 'o ', match: false },
      { text: 'world', match: true },
    ],
  );
  assert.deepEqual(segmentsFromRanges('abc', []), [{ text: 'abc', match: false }]);
});
