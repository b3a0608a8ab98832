import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { SuggestedPassage } from '../../electron/shared/contract.js';
import { analyzeDocument } from '../../electron/core/analyzer/index.js';
import {
  attributionWords,
  confidenceWords,
  cueSummary,
  filterCounts,
  groupByParagraph,
  isLowConfidence,
  labelCounts,
  matchesFilter,
  summaryLine,
} from '../../renderer/src/lib/pure/teacher-suggestions.js';

// The real analyzer on the real seed page: the same passages the teacher screen shows.
const SEED = path.resolve(import.meta.dirname, '../../../tests/fixtures/analyzer/doha-ceasefire-live.txt');
const seed: SuggestedPassage[] = analyzeDocument({ kind: 'text', content: fs.readFileSync(SEED, 'utf8') }).passages;
const notFromOutlet = seed.filter((p) => !p.fromOutlet).length;

const passage = (over: Partial<SuggestedPassage>): SuggestedPassage => ({
  index: 0,
  paragraph: 0,
  text: 'Text.',
  role: 'body',
  label: 'reported',
  subtype: 'event',
  confidence: 0.8,
  fromOutlet: true,
  cues: [],
  explanation: 'Because.',
  ...over,
});

test('the summary line counts passages and the ones the outlet probably did not write', () => {
  assert.equal(summaryLine({ passages: seed, notFromOutlet }), '32 passages · 5 probably not from the outlet');
  assert.equal(summaryLine({ passages: [passage({})], notFromOutlet: 0 }), '1 passage · all probably from the outlet');
  assert.equal(summaryLine({ passages: [], notFromOutlet: 0 }), '0 passages');
});

test('counts per label cover every label, in the answer buttons’ order, and add up', () => {
  const counts = labelCounts(seed);
  assert.deepEqual(
    counts.map((c) => c.label),
    ['reported', 'quoted', 'commentary', 'not_article'],
  );
  assert.equal(
    counts.reduce((n, c) => n + c.count, 0),
    seed.length,
  );
  assert.deepEqual(
    labelCounts([passage({ label: 'quoted' })]).map((c) => c.count),
    [0, 1, 0, 0],
  );
});

test('confidence in words; "low" is judged on the percentage shown', () => {
  assert.equal(confidenceWords(0.724), '72% sure');
  assert.equal(confidenceWords(1), '100% sure');
  assert.equal(confidenceWords(Number.NaN), '0% sure');
  assert.equal(isLowConfidence({ confidence: 0.594 }), true);
  assert.equal(isLowConfidence({ confidence: 0.596 }), false); // shown as 60%
  assert.equal(isLowConfidence({ confidence: 0.6 }), false);
});

test('filters: the reader comment is among the passages not from the outlet; counts match the lists', () => {
  const comment = seed.find((p) => p.text.startsWith('The US just keeps buying Israel more time'));
  assert.ok(comment);
  assert.equal(matchesFilter(comment, 'outside'), true);
  const counts = filterCounts(seed);
  assert.equal(counts.all, 32);
  assert.equal(counts.outside, 5);
  assert.equal(counts.low, seed.filter((p) => Math.round(p.confidence * 100) < 60).length);
  assert.ok(seed.every((p) => matchesFilter(p, 'all')));
});

test('passages are grouped by paragraph in page order, whatever order they arrive in', () => {
  const groups = groupByParagraph([...seed].reverse());
  assert.deepEqual(
    groups.flatMap((g) => g.passages.map((p) => p.index)),
    seed.map((p) => p.index),
  );
  // The seed page's paragraph holding the first two sentences of the reader comment stays one group.
  const readerComment = groups.find((g) => g.passages.some((p) => p.text.startsWith('Kirby can keep claiming')));
  assert.deepEqual(
    readerComment?.passages.map((p) => p.text.slice(0, 20)),
    ['Kirby can keep claim', "That's not a minor d"],
  );
  // Filtering out the middle of a paragraph leaves its other passages in one group.
  const sparse = groupByParagraph([
    passage({ index: 0, paragraph: 0 }),
    passage({ index: 2, paragraph: 0 }),
    passage({ index: 3, paragraph: 1 }),
  ]);
  assert.deepEqual(
    sparse.map((g) => [g.paragraph, g.passages.length]),
    [
      [0, 2],
      [1, 1],
    ],
  );
});

test('a quoted claim’s source and verb in words, with loaded verbs flagged', () => {
  const kirby = seed.find((p) => p.text.startsWith('“Both sides need to show compromise'));
  assert.deepEqual(attributionWords(kirby!), {
    source: '“US National Security Council spokesman John Kirby” (named)',
    verb: '“told”',
    loaded: false,
  });
  const gantz = seed.find((p) => p.text.startsWith('Former Israeli War Cabinet Minister Benny Gantz mocked'));
  assert.equal(attributionWords(gantz!)?.loaded, true);
  assert.equal(attributionWords(gantz!)?.verb, '“mocked”');
  const some = seed.find((p) => p.subtype === 'vague_source');
  assert.match(attributionWords(some!)?.source ?? '', /\(vague\)$/);
  // Only quoted claims, and only when something was found.
  assert.equal(attributionWords(passage({ label: 'reported' })), null);
  assert.equal(attributionWords(passage({ label: 'quoted', subtype: 'direct_quote' })), null);
  assert.deepEqual(
    attributionWords(
      passage({ label: 'quoted', subtype: 'document', source: { start: 0, end: 4, text: 'Text', kind: 'document' } }),
    ),
    {
      source: '“Text” (a document)',
      verb: null,
      loaded: false,
    },
  );
});

test('the highlighted words are named per kind, in words', () => {
  const gantz = seed.find((p) => p.text.startsWith('Former Israeli War Cabinet Minister Benny Gantz mocked'))!;
  const lines = cueSummary(gantz.text, gantz.cues);
  assert.ok(lines.includes('loaded attribution verb: mocked'), lines.join(' | '));
  assert.ok(lines.some((l) => l.startsWith('named source: Former Israeli War Cabinet Minister Benny Gantz')));
  assert.deepEqual(cueSummary('No cues here.', []), []);
  assert.deepEqual(
    cueSummary('Said so.', [
      { start: 0, end: 4, kind: 'attribution_verb' },
      { start: 5, end: 99, kind: 'hedge' },
    ]),
    ['attribution verb: Said', 'hedge: so.'],
  );
});
