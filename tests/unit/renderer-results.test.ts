/** The pure parts of the results screens: chart geometry (d3), plain words, import batches. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accuracyChart, calibrationBars, spreadEndLabels, SERIES_STYLE } from '../../renderer/src/lib/pure/progress-chart.js';
import { calibrationWords, discernmentWords } from '../../renderer/src/lib/pure/progress-words.js';
import { importBatches, isResultsFileName } from '../../renderer/src/lib/pure/import-batches.js';

test('accuracy chart: one series per label with answers, y from 0% (bottom) to 100% (top), a distinct dash and marker each', () => {
  const chart = accuracyChart([
    { day: '2026-11-30', label: 'quoted', total: 4, correct: 1 },
    { day: '2026-12-01', label: 'quoted', total: 4, correct: 4 },
    { day: '2026-12-01', label: 'reported', total: 2, correct: 0 },
  ]);
  assert.deepEqual(
    chart.series.map((s) => s.label),
    ['reported', 'quoted'],
  );
  const quoted = chart.series[1]!;
  assert.deepEqual(
    quoted.points.map((p) => p.percent),
    [25, 100],
  );
  assert.ok(quoted.points[1]!.y < quoted.points[0]!.y, 'higher share, higher on the chart');
  assert.equal(chart.series[0]!.points[0]!.y, chart.box.height - chart.box.margin.bottom, '0% on the axis');
  assert.match(quoted.path, /^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  assert.equal(new Set(Object.values(SERIES_STYLE).map((s) => s.dash)).size, 4);
  assert.equal(new Set(Object.values(SERIES_STYLE).map((s) => s.shape)).size, 4);
  assert.deepEqual(
    chart.xTicks.map((t) => t.text),
    ['11-30', '12-01'],
  );
});

test('end labels are spread apart; calibration bars scale with the share right', () => {
  const spread = spreadEndLabels([
    { label: 'quoted', y: 100 },
    { label: 'reported', y: 104 },
    { label: 'commentary', y: 40 },
  ]);
  assert.deepEqual(
    spread.map((s) => [s.label, s.y]),
    [
      ['commentary', 40],
      ['quoted', 100],
      ['reported', 114],
    ],
  );
  const bars = calibrationBars({ sure: { total: 4, correct: 3 }, unsure: { total: 0, correct: 0 } }, 200);
  assert.deepEqual(
    bars.map((b) => [b.key, b.percent, b.width]),
    [
      ['sure', 75, 150],
      ['unsure', 0, 0],
    ],
  );
});

test('plain words for d′/c and calibration', () => {
  assert.match(discernmentWords(null, 4), /Not enough answers yet.*4 such passages/);
  assert.match(discernmentWords({ dPrime: 2.4, c: 0.6 }, 40), /very well, and you lean towards doubting/);
  assert.match(discernmentWords({ dPrime: 0, c: -0.5 }, 40), /not .* better than guessing, and you lean towards believing/);
  assert.equal(calibrationWords('sure', 3, 4), 'When you said "I\'m sure", you were right 3 of 4 times (75%).');
  assert.match(calibrationWords('unsure', 0, 0), /not said "I'm unsure" yet/);
});

test('import batches stay under the size limit; a dropped folder keeps only .json files', () => {
  const f = (name: string, n: number) => ({ name, text: 'x'.repeat(n) });
  const batches = importBatches([f('a.json', 400), f('b.json', 400), f('c.json', 900), f('d.json', 10)], 1000);
  assert.deepEqual(
    batches.map((b) => b.map((x) => x.name)),
    [['a.json', 'b.json'], ['c.json'], ['d.json']],
  );
  assert.equal(isResultsFileName('results-Ada.JSON'), true);
  assert.equal(isResultsFileName('notes.txt'), false);
});
