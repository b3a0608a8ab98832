/** `sourcewise import`, `article list|show|search` and `lesson publish` on real files and a real database. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { main } from '../../electron/cli/main.js';
import type {
  ArticleDetail,
  ArticleSearchHit,
  ArticleSummary,
  ImportSummary,
  PublishResult,
} from '../../electron/shared/contract.js';
import { captureIo } from '../helpers/capture-io.js';
import { tempDir } from '../helpers/temp-dir.js';

const PAGES = path.resolve(import.meta.dirname, '../../../../shared/pages');

async function run(args: string[]) {
  const c = captureIo();
  const code = await main(args, c.io);
  return { code, out: c.out.join(''), err: c.err.join('') };
}

test('import files and folders, list, show, search, publish: ids on stdout, refusals on stderr, exit codes', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'cli.sqlite');
  fs.writeFileSync(
    path.join(dir, 'notes.txt'),
    'Harbour plan approved\n\nThe council approved the harbour plan on Monday, officials said.',
  );
  fs.writeFileSync(path.join(dir, 'photo.htm'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));

  const imported = await run([
    'import',
    path.join(PAGES, 'webmd-1', 'source.html'),
    path.join(dir, 'notes.txt'),
    path.join(dir, 'photo.htm'),
    '--db',
    db,
  ]);
  assert.equal(imported.code, 1, 'a refused file makes the exit non-zero');
  assert.match(imported.out, /^imported\s+1 .*source\.html {2}“Babies Who Eat Peanuts Early May Avoid Allergy”$/m);
  assert.match(imported.out, /^imported\s+2 .*notes\.txt {2}“Harbour plan approved”$/m);
  assert.match(imported.err, /^refused {4}.*photo\.htm is not a text, Markdown or HTML file: binary data/m);
  assert.match(imported.out, /2 imported, 0 already in the library, 1 refused/);
  const missing0 = await run(['import', path.join(dir, 'nope'), '--db', db]);
  assert.equal(missing0.code, 1);
  assert.match(missing0.err, /nope: no such file or folder/);

  const again = await run(['import', path.join(dir, 'notes.txt'), '--json', '--db', db]);
  assert.equal(again.code, 0);
  const summary = JSON.parse(again.out) as ImportSummary;
  assert.deepEqual([summary.imported, summary.duplicates, summary.outcomes[0]?.status], [0, 1, 'duplicate']);

  const list = JSON.parse((await run(['article', 'list', '--json', '--db', db])).out) as ArticleSummary[];
  assert.deepEqual(list.map((a) => a.title).sort(), ['Babies Who Eat Peanuts Early May Avoid Allergy', 'Harbour plan approved']);
  assert.match((await run(['article', 'list', '--db', db])).out, /^\s+2\s+\d+ words {2}0\/\d+ keyed {2}Harbour plan approved$/m);

  const show = await run(['article', 'show', '1', '--db', db]);
  assert.match(show.out, /^Babies Who Eat Peanuts Early May Avoid Allergy\n {2}by: By Brenda Goodman, MA WebMD Health News\n/);
  assert.match(show.out, /^ {2}\[navigation\] /m);
  assert.equal((JSON.parse((await run(['article', 'show', '1', '--json', '--db', db])).out) as ArticleDetail).article.id, 1);
  const missing = await run(['article', 'show', '9', '--db', db]);
  assert.deepEqual([missing.code, missing.err], [1, 'sourcewise article show: There is no article 9.\n']);
  assert.equal((await run(['article', 'show', 'x', '--db', db])).code, 2);

  const search = await run(['article', 'search', 'peanut', '--db', db]);
  assert.match(search.out, /^\s+1 {2}Babies Who Eat \[Peanuts\] Early/m);
  const hits = JSON.parse((await run(['article', 'search', 'harbour', '--json', '--db', db])).out) as ArticleSearchHit[];
  assert.equal(hits[0]?.article.id, 2);

  // `sourcewise analyze FILE.html` reads the article, not the page: its first passage is the headline
  const analyzed = await run(['analyze', path.join(PAGES, 'webmd-1', 'source.html'), '--json']);
  const passages = (JSON.parse(analyzed.out) as { passages: Array<{ text: string; role: string }> }).passages;
  assert.deepEqual(passages[0], { ...passages[0], text: 'Babies Who Eat Peanuts Early May Avoid Allergy', role: 'headline' });
  assert.ok(!passages.some((p) => /^(Sign In|Subscribe|Privacy Policy)/.test(p.text)));

  const published = await run(['lesson', 'publish', '2', '--title', 'Harbour plan', '--json', '--db', db]);
  assert.equal(published.code, 0, published.err);
  const result = JSON.parse(published.out) as PublishResult;
  assert.deepEqual([result.outcome, result.lesson.lessonId, result.lesson.state], ['new', 'harbour-plan', 'published']);
  assert.match((await run(['lesson', 'list', '--db', db])).out, /^harbour-plan\tv1\t\d+ passages\tHarbour plan$/m);
  assert.match(
    (await run(['lesson', 'publish', '2', '--title', 'Harbour plan', '--db', db])).out,
    /already published \(unchanged\)/,
  );
  const giveaway = await run([
    'lesson',
    'publish',
    '1',
    '--title',
    'Peanuts',
    '--description',
    'Find the quoted claims.',
    '--db',
    db,
  ]);
  assert.equal(giveaway.code, 1);
  assert.match(giveaway.err, /names “quoted claim”/);
  assert.equal((await run(['lesson', 'publish', '1', '--db', db])).code, 2, 'no title: a usage error');
});
