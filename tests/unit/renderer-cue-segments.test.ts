import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueLegend, segmentByCues, shortenForLegend } from '../../renderer/src/lib/pure/cue-segments.js';

const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

test('no cues: the whole text is one plain segment', () => {
  assert.deepEqual(segmentByCues('Kirby said so.', []), [{ text: 'Kirby said so.', kinds: [] }]);
});

test('a cue in the middle splits the text into plain, marked, plain', () => {
  const text = 'Kirby told broadcaster CNN.';
  const segments = segmentByCues(text, [{ start: 6, end: 10, kind: 'attribution_verb' }]);
  assert.deepEqual(segments, [
    { text: 'Kirby ', kinds: [] },
    { text: 'told', kinds: ['attribution_verb'] },
    { text: ' broadcaster CNN.', kinds: [] },
  ]);
});

test('overlapping cues are cut at every boundary and each piece names every kind covering it', () => {
  // "a Hamas source" (anonymous source) overlaps "source earlier said" (attribution verb range, made wide on purpose)
  const text = 'A Hamas source earlier said that';
  const segments = segmentByCues(text, [
    { start: 0, end: 14, kind: 'anonymous_source' },
    { start: 8, end: 27, kind: 'attribution_verb' },
  ]);
  assert.deepEqual(segments, [
    { text: 'A Hamas ', kinds: ['anonymous_source'] },
    { text: 'source', kinds: ['attribution_verb', 'anonymous_source'] },
    { text: ' earlier said', kinds: ['attribution_verb'] },
    { text: ' that', kinds: [] },
  ]);
  assert.equal(joined(segments), text);
});

test('nested cues: the inner range gets both kinds, the text is preserved exactly', () => {
  const text = '“Both sides need to show compromise,” Kirby said.';
  const segments = segmentByCues(text, [
    { start: 0, end: 37, kind: 'quote_marks' },
    { start: 12, end: 19, kind: 'modal_obligation' },
  ]);
  assert.equal(joined(segments), text);
  const inner = segments.find((s) => s.text === 'need to');
  assert.deepEqual(inner?.kinds, ['quote_marks', 'modal_obligation']);
});

test('ranges are clamped, empty and inverted ones dropped, same-kind neighbours merged', () => {
  const text = 'Close';
  assert.deepEqual(
    segmentByCues(text, [
      { start: -3, end: 2, kind: 'site_furniture' },
      { start: 2, end: 99, kind: 'site_furniture' },
      { start: 4, end: 4, kind: 'hedge' },
      { start: 3, end: 1, kind: 'hedge' },
    ]),
    [{ text: 'Close', kinds: ['site_furniture'] }],
  );
});

test('markup in the text stays text: segments carry the raw characters', () => {
  const text = '<img src=x onerror=alert(1)> said <script>alert(2)</script>';
  const segments = segmentByCues(text, [{ start: 29, end: 33, kind: 'attribution_verb' }]);
  assert.equal(joined(segments), text);
  assert.equal(segments[1]?.text, 'said');
  assert.equal(segments[0]?.text, '<img src=x onerror=alert(1)> ');
});

test('a boundary inside a surrogate pair moves past the pair, so no half emoji is produced', () => {
  const text = 'ok 😀 fine';
  // 😀 occupies offsets 3 and 4; a cue ending at 4 would split it.
  const segments = segmentByCues(text, [{ start: 0, end: 4, kind: 'informal_punctuation' }]);
  assert.equal(segments[0]?.text, 'ok 😀');
  assert.equal(joined(segments), text);
});

test('cueLegend lists each kind once, in CUE_KINDS order, with its distinct words', () => {
  const text = '“Yes,” he said, and “no,” he said.';
  const legend = cueLegend(text, [
    { start: 7, end: 14, kind: 'attribution_verb' },
    { start: 0, end: 1, kind: 'quote_marks' },
    { start: 29, end: 33, kind: 'attribution_verb' },
    { start: 27, end: 27, kind: 'hedge' },
  ]);
  assert.deepEqual(legend, [
    { kind: 'quote_marks', words: ['“'] },
    { kind: 'attribution_verb', words: ['he said', 'said'] },
  ]);
});

test('the legend shortens long ranges to their two ends, short ones stay whole', () => {
  const quote =
    '“about the implementing details of the deal itself, the smaller gaps that we absolutely believe can be narrowed”';
  const [entry] = cueLegend(quote, [{ start: 0, end: quote.length, kind: 'quote_marks' }]);
  const shown = entry?.words[0] ?? '';
  assert.ok(shown.startsWith('“about the implementing'), shown);
  assert.ok(shown.endsWith('can be narrowed”'), shown);
  assert.ok(shown.includes(' … '));
  assert.ok([...shown].length <= 63, `${[...shown].length} characters`);
  assert.equal(shortenForLegend('said'), 'said');
});
