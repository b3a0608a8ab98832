import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_BODY_BYTES } from '../../electron/shared/web-bridge.js';
import { MAX_ARTICLE_BYTES } from '../../renderer/src/lib/pure/teacher-article.js';
import { isArticleFileName, planUpload, summaryLine } from '../../renderer/src/lib/pure/upload-plan.js';

const f = (name: string, size: number) => ({ name, size });

test('a saved page folder: the page goes, its scripts and images are left out, only counted', () => {
  const plan = planUpload([
    f('bbc/page_files/app.js', 90_000),
    f('bbc/page.html', 200_000),
    f('bbc/page_files/logo.PNG', 5000),
    f('notes.MD', 10),
  ]);
  assert.deepEqual(
    plan.batches.map((b) => b.map((x) => x.name)),
    [['bbc/page.html', 'notes.MD']],
  );
  assert.equal(plan.leftOut, 2);
  assert.deepEqual(plan.refused, []);
  assert.ok(isArticleFileName('a.HTM') && !isArticleFileName('a.html.js'));
});

test('empty and too-large files are refused before reading, with the reason', () => {
  const plan = planUpload([f('empty.txt', 0), f('huge.html', MAX_ARTICLE_BYTES + 1), f('ok.txt', 5)]);
  assert.deepEqual(
    plan.refused.map((r) => r.name),
    ['empty.txt', 'huge.html'],
  );
  assert.match(plan.refused[1]!.reason, /over the limit of 4\.0 MB/);
  assert.equal(plan.batches.flat().length, 1);
});

test('batches fit one request of the bridge, as base64', () => {
  const files = Array.from({ length: 10 }, (_, i) => f(`p${i}.html`, 1_500_000));
  const plan = planUpload(files);
  assert.equal(plan.batches.flat().length, 10);
  for (const batch of plan.batches) {
    const bytes = batch.reduce((n, x) => n + (x.size * 4) / 3, 0);
    assert.ok(bytes < MAX_BODY_BYTES, `${bytes}`);
  }
  assert.ok(plan.batches.length >= 4, 'four 2 MB files never share a 6 MB request');
  // A file at the very limit still goes, alone.
  assert.equal(planUpload([f('max.html', MAX_ARTICLE_BYTES)]).batches.length, 1);
});

test('the summary line says what happened in words', () => {
  assert.equal(summaryLine({ imported: 3, duplicates: 0, refused: 1 }), '3 imported · 1 refused');
  assert.equal(
    summaryLine({ imported: 1, duplicates: 2, refused: 0, leftOut: 1 }),
    '1 imported · 2 already in the library · 0 refused · 1 other file left out (not .html, .htm, .txt or .md)',
  );
});
