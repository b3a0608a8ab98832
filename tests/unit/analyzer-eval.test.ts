/** Evaluation metrics on hand-made data with numbers worked out by hand, and `sourcewise eval` end to end. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { run as evalCommand } from '../../electron/cli/eval-command.js';
import { normaliseLabel } from '../../electron/core/analyzer/label-names.js';
import { evaluate } from '../../electron/core/analyzer/metrics.js';
import type { Label } from '../../electron/shared/domain.js';
import { captureIo } from '../helpers/capture-io.js';
import { tempDir } from '../helpers/temp-dir.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/analyzer');

const io = captureIo;

test('metrics: precision, recall, F1, macro-F1 over gold labels, accuracy, confusion — by hand', () => {
  const pairs: Array<{ gold: Label; predicted: Label }> = [
    { gold: 'reported', predicted: 'reported' },
    { gold: 'reported', predicted: 'reported' },
    { gold: 'reported', predicted: 'quoted' },
    { gold: 'quoted', predicted: 'quoted' },
    { gold: 'quoted', predicted: 'commentary' },
    { gold: 'commentary', predicted: 'commentary' },
    { gold: 'commentary', predicted: 'not_article' }, // not_article is predicted but never gold
  ];
  const r = evaluate(pairs);
  // reported: tp 2, fp 0, fn 1 → P 1, R 2/3, F1 0.8
  assert.deepEqual(r.perLabel.reported, { precision: 1, recall: 0.6667, f1: 0.8, support: 3 });
  // quoted: tp 1, fp 1, fn 1 → P 0.5, R 0.5, F1 0.5
  assert.deepEqual(r.perLabel.quoted, { precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
  // commentary: tp 1, fp 1, fn 1 → 0.5 / 0.5 / 0.5
  assert.deepEqual(r.perLabel.commentary, { precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
  // not_article: tp 0, fp 1 → all 0, and it does not count in macro-F1 (not a gold label)
  assert.deepEqual(r.perLabel.not_article, { precision: 0, recall: 0, f1: 0, support: 0 });
  assert.equal(r.macroF1, 0.6); // (0.8 + 0.5 + 0.5) / 3
  assert.equal(r.accuracy, 0.5714); // 4 / 7
  assert.equal(r.count, 7);
  assert.deepEqual(r.confusion.reported, { reported: 2, quoted: 1, commentary: 0, not_article: 0 });
  assert.deepEqual(r.confusion.commentary, { reported: 0, quoted: 0, commentary: 1, not_article: 1 });
  assert.equal(r.confusion.not_article, undefined);
});

test('label names: case, spaces, hyphens and obvious aliases', () => {
  assert.equal(normaliseLabel('Reported fact'), 'reported');
  assert.equal(normaliseLabel('REPORTED-FACT'), 'reported');
  assert.equal(normaliseLabel('fact'), 'reported');
  assert.equal(normaliseLabel('Quoted claim'), 'quoted');
  assert.equal(normaliseLabel('quote'), 'quoted');
  assert.equal(normaliseLabel('opinion'), 'commentary');
  assert.equal(normaliseLabel('Not part of the article'), 'not_article');
  assert.equal(normaliseLabel('not_article'), 'not_article');
  assert.equal(normaliseLabel('gossip'), undefined);
});

test('eval --json on a tiny labelled file: known numbers, extra fields ignored', async () => {
  // the file's five lines: four clear cases and one deliberately mislabelled ("Parliament must act now." as reported)
  const c = io();
  assert.equal(await evalCommand([path.join(FIXTURES, 'tiny-eval.jsonl'), '--json'], c.io), 0, c.err.join(''));
  const r = JSON.parse(c.out.join('')) as {
    macroF1: number;
    accuracy: number;
    count: number;
    perLabel: Record<string, { f1: number }>;
    confusion: Record<string, Record<string, number>>;
  };
  assert.equal(r.count, 5);
  assert.equal(r.accuracy, 0.8);
  assert.equal(r.macroF1, 0.8333); // (2/3 + 1 + 2/3 + 1) / 4
  assert.equal(r.perLabel.reported!.f1, 0.6667);
  assert.equal(r.confusion.reported!.commentary, 1);
  const human = io();
  assert.equal(await evalCommand([path.join(FIXTURES, 'tiny-eval.jsonl')], human.io), 0);
  const text = human.out.join('');
  assert.match(text, /macro-F1\s+0\.833/);
  assert.match(text, /accuracy\s+0\.800/);
  assert.match(text, /confusion matrix/);
});

test('eval names the line of a bad JSON line or an unknown label; exit code ≠ 0', async () => {
  const dir = tempDir();
  const bad = path.join(dir, 'bad.jsonl');
  fs.writeFileSync(bad, '{"text": "A.", "label": "reported"}\n\n{"text": "B.", "label": "quoted"\n');
  let c = io();
  assert.equal(await evalCommand([bad], c.io), 1);
  assert.match(c.err.join(''), /line 3: not valid JSON/);
  fs.writeFileSync(bad, '{"text": "A.", "label": "reported"}\n{"text": "B.", "label": "rumour"}\n');
  c = io();
  assert.equal(await evalCommand([bad], c.io), 1);
  assert.match(c.err.join(''), /line 2: unknown label "rumour"/);
  fs.writeFileSync(bad, '{"label": "reported"}\n');
  c = io();
  assert.equal(await evalCommand([bad], c.io), 1);
  assert.match(c.err.join(''), /line 1: "text" is missing/);
  c = io();
  assert.equal(await evalCommand([path.join(dir, 'missing.jsonl')], c.io), 1);
  assert.match(c.err.join(''), /no such file/);
});

test('the development set reaches macro-F1 ≥ 0.85', async () => {
  const dev = path.resolve(import.meta.dirname, '../../../tests/fixtures/eval/dev.jsonl');
  const c = io();
  assert.equal(await evalCommand([dev, '--json'], c.io), 0, c.err.join(''));
  const r = JSON.parse(c.out.join('')) as { macroF1: number };
  assert.ok(r.macroF1 >= 0.85, `macro-F1 ${r.macroF1}`);
});

test('the second tuning set (unmarked commentary, site text outside the word lists) reaches macro-F1 ≥ 0.85', async () => {
  const dev2 = path.resolve(import.meta.dirname, '../../../tests/fixtures/eval/dev2.jsonl');
  const c = io();
  assert.equal(await evalCommand([dev2, '--json'], c.io), 0, c.err.join(''));
  const r = JSON.parse(c.out.join('')) as { macroF1: number; perLabel: Record<string, { recall: number }> };
  assert.ok(r.macroF1 >= 0.85, `macro-F1 ${r.macroF1}`);
  assert.ok(r.perLabel.commentary!.recall >= 0.7, `commentary recall ${r.perLabel.commentary!.recall}`);
});

test('eval --context reads the lines of one "doc" as an article: a quotation runs over three lines', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'quote.jsonl');
  const lines = [
    { text: '“The talks will resume next week in Doha.', label: 'quoted', doc: 'a' },
    { text: 'We should all be patient, and we must not give up.', label: 'quoted', doc: 'a' },
    { text: 'There is no other way,” the envoy told reporters.', label: 'quoted', doc: 'a' },
    { text: 'We should all be patient, and we must not give up.', label: 'commentary', doc: 'b' },
  ];
  fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
  const alone = io();
  assert.equal(await evalCommand([file, '--json'], alone.io), 0, alone.err.join(''));
  const inContext = io();
  assert.equal(await evalCommand([file, '--json', '--context'], inContext.io), 0, inContext.err.join(''));
  const a = JSON.parse(alone.out.join('')) as { accuracy: number; count: number };
  const c = JSON.parse(inContext.out.join('')) as { accuracy: number; count: number };
  assert.equal(a.accuracy, 0.75); // alone, the middle of the quotation reads as the outlet's opinion
  assert.equal(c.accuracy, 1); // in context it is the envoy's; doc "b" stands alone and stays commentary
  assert.deepEqual(Object.keys(c).sort(), Object.keys(a).sort());
});
