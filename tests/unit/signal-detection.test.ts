import assert from 'node:assert/strict';
import { test } from 'node:test';
import { discernment, inverseNormal } from '../../electron/core/grading/signal-detection.js';

test('inverseNormal matches known quantiles of the standard normal', () => {
  assert.equal(inverseNormal(0.5), 0);
  assert.ok(Math.abs(inverseNormal(0.975) - 1.959964) < 1e-6);
  assert.ok(Math.abs(inverseNormal(0.025) + 1.959964) < 1e-6);
  assert.ok(Math.abs(inverseNormal(0.001) + 3.090232) < 1e-6);
  assert.throws(() => inverseNormal(0), RangeError);
  assert.throws(() => inverseNormal(1), RangeError);
});

const trials = (hits: number, misses: number, fas: number, crs: number) => [
  ...Array.from({ length: hits }, () => ({ isFact: true, saidFact: true })),
  ...Array.from({ length: misses }, () => ({ isFact: true, saidFact: false })),
  ...Array.from({ length: fas }, () => ({ isFact: false, saidFact: true })),
  ...Array.from({ length: crs }, () => ({ isFact: false, saidFact: false })),
];

test('d′ and c with the log-linear correction, worked by hand', () => {
  // H = (8+0.5)/(10+1) = 0.7727, F = (2+0.5)/(10+1) = 0.2273 → zH = 0.7479, zF = -0.7479
  const r = discernment(trials(8, 2, 2, 8));
  assert.deepEqual([r.hits, r.misses, r.falseAlarms, r.correctRejections], [8, 2, 2, 8]);
  assert.equal(r.dPrime, 1.5);
  assert.equal(r.c, 0);
});

test('blanket doubt: never calling anything a fact earns high accuracy on non-facts but d′ = 0 and c > 0', () => {
  const r = discernment(trials(0, 20, 0, 20));
  assert.equal(r.dPrime, 0);
  assert.ok(r.c > 1, `c = ${r.c}`);
});

test('blanket belief shows as c < 0; no trials at all stay finite', () => {
  assert.ok(discernment(trials(10, 0, 30, 0)).c < -1);
  const none = discernment([]);
  assert.equal(none.dPrime, 0);
  assert.equal(none.c, 0);
});
