/**
 * The weight fit: the logistic regression on small hand-made data, the document-split folds, the
 * balancing, and the shipped weight file checked against a refit from the shared corpus.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_CORPUS, defaultInputs, serialiseWeights } from '../../electron/cli/fit-analyzer.js';
import { balance, foldOf, type Row } from '../../electron/core/analyzer/fit/dataset.js';
import { fitWeights } from '../../electron/core/analyzer/fit/fit-weights.js';
import { fitSoftmax, predict, type Sample } from '../../electron/core/analyzer/fit/logistic.js';
import { WEIGHTS_FILE } from '../../electron/core/analyzer/weights.js';

const one = (k: number, v = 1) => ({ index: Int32Array.of(k), value: Float64Array.of(v) });

test('logistic regression: learns which feature goes with which label, deterministically', () => {
  // feature 0 → label 0, feature 1 → label 1, feature 2 → label 2; feature 3 is noise on every label
  const samples: Sample[] = [];
  for (let r = 0; r < 30; r++)
    for (let c = 0; c < 3; c++)
      samples.push({ index: Int32Array.of(c, 3), value: Float64Array.of(1, r % 2), label: c, weight: 1 });
  const a = fitSoftmax(samples, 4, 3, { lambda: 0.01, iterations: 200 });
  const b = fitSoftmax(samples, 4, 3, { lambda: 0.01, iterations: 200 });
  assert.deepEqual(Array.from(a.weights), Array.from(b.weights), 'same data, same weights, bit for bit');
  for (let c = 0; c < 3; c++) assert.equal(predict(a, one(c)), c);
  // the noise feature gets (nearly) the same weight for every label: it decides nothing
  const noise = Array.from(a.weights.subarray(9, 12));
  assert.ok(Math.max(...noise) - Math.min(...noise) < 0.05, `noise row ${noise}`);
  // a stronger penalty keeps the weights smaller
  const strong = fitSoftmax(samples, 4, 3, { lambda: 1, iterations: 200 });
  assert.ok(Math.abs(strong.weights[0]!) < Math.abs(a.weights[0]!));
});

test('sample weights balance labels and sources: every label weighs the same in total', () => {
  const row = (label: number, source: string): Row => ({
    ...one(0),
    label,
    weight: 1,
    source,
    doc: `${source}:${Math.random()}`,
    gold: 'reported',
  });
  const rows = [
    ...Array.from({ length: 90 }, () => row(0, 'big')),
    ...Array.from({ length: 10 }, () => row(0, 'small')),
    ...Array.from({ length: 20 }, () => row(1, 'small')),
  ];
  balance(rows, (s) => s);
  const total = (pred: (r: Row) => boolean) => rows.filter(pred).reduce((s, r) => s + r.weight, 0);
  assert.ok(Math.abs(total((r) => r.label === 0) - total((r) => r.label === 1)) < 1e-9);
  // within label 0 the two sources weigh the same, however many sentences each has
  assert.ok(
    Math.abs(total((r) => r.label === 0 && r.source === 'big') - total((r) => r.label === 0 && r.source === 'small')) < 1e-9,
  );
});

test('folds split by document: the same document always lands in the same fold', () => {
  assert.equal(foldOf('polnear-train:doc-17', 5), foldOf('polnear-train:doc-17', 5));
  const folds = new Set(Array.from({ length: 50 }, (_, i) => foldOf(`doc-${i}`, 5)));
  assert.equal(folds.size, 5);
});

test('the shipped weight file is exactly what `npm run fit:analyzer` produces from the shared corpus', () => {
  assert.ok(fs.existsSync(DEFAULT_CORPUS), `the shared corpus is missing: ${DEFAULT_CORPUS}`);
  const { file, figures } = fitWeights(defaultInputs());
  assert.equal(fs.readFileSync(WEIGHTS_FILE, 'utf8'), serialiseWeights(file), 'refit with npm run fit:analyzer');
  // every corpus of the shared file and every own set is reported, cross-validated or held out
  assert.deepEqual(Object.keys(figures).sort(), ['checkthat25-train', 'dev', 'dev2', 'holdout', 'polnear-train']);
  assert.equal(figures.holdout!.how, 'held out');
});
