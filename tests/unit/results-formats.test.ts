/** Canonical JSON, signatures, CSV quoting and formula neutralising, and d′/c at the edges. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv as parse } from '../helpers/parse-csv.js';
import { canonicalJson } from '../../electron/core/results/canonical-json.js';
import { BOM, csvLine, csvRows, neutralise, type Cell } from '../../electron/core/results/csv-cells.js';
import { gradebookCsv } from '../../electron/core/results/gradebook.js';
import { hasValidSignature, signResultsFile, parseResultsFile } from '../../electron/core/results/results-file.js';
import { discernmentOfCounts, discernment } from '../../electron/core/grading/signal-detection.js';
import { enoughDecisions } from '../../electron/shared/contract.js';

test('canonical JSON sorts keys at every depth and ignores formatting', () => {
  assert.equal(canonicalJson({ b: 1, a: [{ z: null, y: 'é' }], c: true }), '{"a":[{"y":"é","z":null}],"b":1,"c":true}');
  assert.equal(canonicalJson(JSON.parse('{ "x" : 1.50 , "w":{"k":[ ]} }')), '{"w":{"k":[]},"x":1.5}');
  assert.throws(() => canonicalJson({ n: Number.NaN }), /NaN/);
});

test('a signature survives re-formatting and key order, and not a changed value', () => {
  const key = '11'.repeat(32);
  const file = signResultsFile(
    {
      format: 'sourcewise-results',
      formatVersion: 1,
      appVersion: '0.1.0',
      installId: 'ab'.repeat(16),
      classId: 'c1',
      exportedAt: '2026-11-30T10:00:00.000Z',
      profiles: [],
    },
    key,
  );
  const pretty = JSON.stringify(JSON.parse(JSON.stringify(file)), Object.keys(file).reverse(), 4);
  assert.equal(hasValidSignature(parseResultsFile(pretty), key), true);
  assert.equal(hasValidSignature(parseResultsFile(JSON.stringify({ ...file, classId: 'c2' })), key), false);
  assert.equal(hasValidSignature(file, '22'.repeat(32)), false, 'another class key');
  // A byte-order mark (Windows editors add one) is not a problem.
  assert.equal(hasValidSignature(parseResultsFile(BOM + JSON.stringify(file)), key), true);
});

test('CSV: names with commas, quotes and line breaks are quoted; formulas are neutralised; numbers stay numbers', () => {
  for (const [cell, expected] of [
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\r=1', "'\r=1"],
    ['Ada', 'Ada'],
    ['a=b', 'a=b'],
  ] as const)
    assert.equal(neutralise(cell), expected);
  const csv = csvRows([['O\'Brien, "Jo"', 'line\nbreak', 87.5, '=1+1', true, null]]);
  assert.equal(csv, `"O'Brien, ""Jo""","line\nbreak",87.5,'=1+1,1,\r\n`);
  const back = parse(csv) as string[][];
  assert.deepEqual(back[0], [`O'Brien, "Jo"`, 'line\nbreak', '87.5', "'=1+1", '1', '']);
});

test('gradebook CSV: BOM, one row per student, one numeric column per lesson exercise', () => {
  const csv = gradebookCsv({
    columns: [
      { lessonId: 'doha', title: 'Ceasefire, Doha', exercise: 'sort' },
      { lessonId: 'doha', title: 'Ceasefire, Doha', exercise: 'mark' },
    ],
    rows: [
      { studentId: 1, name: '=cmd|calc', cells: [50, null] },
      { studentId: 2, name: 'Zoë', cells: [100, 66.7] },
    ],
  });
  assert.ok(csv.startsWith(BOM));
  const rows = parse(csv.slice(1)) as string[][];
  assert.deepEqual(rows, [
    ['Student', 'Ceasefire, Doha — Sort the passages (%)', 'Ceasefire, Doha — Mark the words (%)'],
    ["'=cmd|calc", '50', ''],
    ['Zoë', '100', '66.7'],
  ]);
});

test('d′ and c at the edges: all right, all wrong, no signal trials; and when there are enough to show', () => {
  const allRight = discernmentOfCounts({ hits: 10, misses: 0, falseAlarms: 0, correctRejections: 10 });
  assert.ok(Number.isFinite(allRight.dPrime) && allRight.dPrime > 2.5, 'perfect stays finite (log-linear correction)');
  assert.equal(allRight.c, 0);
  const allWrong = discernmentOfCounts({ hits: 0, misses: 10, falseAlarms: 10, correctRejections: 0 });
  assert.equal(allWrong.dPrime, -allRight.dPrime);
  const noSignal = discernmentOfCounts({ hits: 0, misses: 0, falseAlarms: 2, correctRejections: 18 });
  assert.ok(Number.isFinite(noSignal.dPrime) && Number.isFinite(noSignal.c));
  assert.equal(enoughDecisions(noSignal), false, 'no signal trials: not shown');
  assert.equal(enoughDecisions({ hits: 2, misses: 0, falseAlarms: 4, correctRejections: 10 }), false, 'too few facts');
  assert.equal(enoughDecisions({ hits: 3, misses: 1, falseAlarms: 1, correctRejections: 5 }), true);
  assert.equal(enoughDecisions({ hits: 3, misses: 0, falseAlarms: 0, correctRejections: 3 }), false, 'too few in all');
  // Counts and decisions agree.
  const d = [
    ...Array(7).fill({ isFact: true, saidFact: true }),
    ...Array(3).fill({ isFact: true, saidFact: false }),
    { isFact: false, saidFact: true },
    ...Array(9).fill({ isFact: false, saidFact: false }),
  ];
  assert.deepEqual(discernmentOfCounts({ hits: 7, misses: 3, falseAlarms: 1, correctRejections: 9 }), discernment(d));
});

test('the fast CSV line writer gives exactly what csv-stringify gives', () => {
  const cells: Cell[] = [
    'plain',
    'a,b',
    'say "hi"',
    'two\nlines',
    'cr\ronly',
    'crlf\r\nx',
    '=SUM(A1)',
    '-3',
    '@x',
    '\tx',
    '',
    ' spaced ',
    'Zoë',
    0,
    87.5,
    -2,
    1e21,
    true,
    false,
    null,
    undefined,
    '"',
    ',',
    "O'Brien",
  ];
  for (let i = 0; i < cells.length; i++) {
    const row = [cells[i]!, cells[(i * 7) % cells.length]!, cells[(i * 11 + 3) % cells.length]!];
    assert.equal(csvLine(row), csvRows([row]), JSON.stringify(row));
  }
});
