/** The weight table is data: the shipped file loads, covers every feature, and a broken file is refused by name. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FEATURES } from '../../electron/core/analyzer/evidence.js';
import { labelScores, TABLE } from '../../electron/core/analyzer/scoring.js';
import { loadWeights, WEIGHTS_FILE } from '../../electron/core/analyzer/weights.js';
import { tempDir } from '../helpers/temp-dir.js';

test('the shipped weight file has a row for every feature, and scoring reads it', () => {
  const raw = JSON.parse(fs.readFileSync(WEIGHTS_FILE, 'utf8')) as { bias: number[]; weights: Record<string, number[]> };
  assert.deepEqual(Object.keys(raw.weights).sort(), [...FEATURES].sort());
  // a vector with only quote_full set scores bias + that row
  const f = new Float64Array(FEATURES.length);
  f[FEATURES.indexOf('quote_full')] = 1;
  const s = labelScores(f);
  raw.bias.forEach((b, l) => assert.ok(Math.abs(s[l]! - (b + raw.weights.quote_full![l]!)) < 1e-12));
  assert.equal(TABLE.matrix.length, FEATURES.length * 4);
});

test('a weight file with a missing row or an unknown feature is refused, naming it', () => {
  const dir = tempDir();
  const raw = JSON.parse(fs.readFileSync(WEIGHTS_FILE, 'utf8')) as { weights: Record<string, number[]> };
  delete raw.weights.numbers;
  raw.weights.topic_gaza = [0, 0, 0, 0];
  const file = path.join(dir, 'weights.json');
  fs.writeFileSync(file, JSON.stringify(raw));
  assert.throws(() => loadWeights(file), /no row for feature "numbers".*unknown feature "topic_gaza"/);
});
