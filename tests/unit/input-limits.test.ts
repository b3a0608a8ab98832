/**
 * Reading an article file: the type and size are checked before reading and the read is capped (a FIFO,
 * /dev/zero or a huge file cost nothing); the whole text is checked for binary data, not its first
 * 64 KiB; stray control characters are removed and the CLI says so. The HTML reader is linear in depth.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { run as analyzeCommand } from '../../electron/cli/analyze-command.js';
import { htmlBlocks } from '../../electron/core/analyzer/html-blocks.js';
import { decodeInput, InputError, readInputFile } from '../../electron/core/analyzer/input.js';
import { captureIo } from '../helpers/capture-io.js';
import { tempDir } from '../helpers/temp-dir.js';

const ARTICLE = 'The council met on Monday. "We will act," the mayor said.\n\n';

test('a FIFO is refused at once instead of waiting for a writer', async () => {
  const fifo = path.join(tempDir(), 'article.txt');
  execFileSync('mkfifo', [fifo]);
  const c = captureIo();
  assert.equal(await analyzeCommand([fifo], c.io), 1);
  assert.match(c.err.join(''), /is a pipe \(FIFO\), not a file that can be read as an article/);
});

test('a device (/dev/zero) and a folder are refused by type, before any read', async () => {
  const c = captureIo();
  assert.equal(await analyzeCommand(['/dev/zero'], c.io), 1);
  assert.match(c.err.join(''), /\/dev\/zero is a device/);
  assert.throws(
    () => readInputFile(tempDir()),
    (e: unknown) => e instanceof InputError && /is a folder/.test(e.message),
  );
});

test('a 1.5 GB file is refused by its size without being read', () => {
  const file = path.join(tempDir(), 'huge.txt');
  const fd = fs.openSync(file, 'w');
  fs.ftruncateSync(fd, 1536 * 1024 * 1024); // sparse: takes no disk space
  fs.closeSync(fd);
  const before = process.memoryUsage().rss;
  assert.throws(
    () => readInputFile(file),
    (e: unknown) =>
      e instanceof InputError && /too large \(1536\.0 MB\); the analyzer accepts files up to 32\.0 MB/.test(e.message),
  );
  assert.ok(process.memoryUsage().rss - before < 64 * 1024 * 1024, 'nothing of the file was held in memory');
});

test('a file at the cap is read whole; one byte over is refused', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'at.txt'), 'a'.repeat(1000));
  fs.writeFileSync(path.join(dir, 'over.txt'), 'a'.repeat(1001));
  assert.equal(readInputFile(path.join(dir, 'at.txt'), 1000).length, 1000);
  assert.throws(() => readInputFile(path.join(dir, 'over.txt'), 1000), /too large/);
});

test('a NUL byte far into a file is refused, naming its offset', () => {
  const text = Buffer.from(ARTICLE.repeat(2000)); // ~120 KB, past the old 64 KiB window
  const bytes = Buffer.concat([text, Buffer.from([0]), Buffer.from(ARTICLE)]);
  assert.throws(
    () => decodeInput(bytes, 'late.txt'),
    (e: unknown) => e instanceof InputError && e.message.includes(`a NUL byte at offset ${text.length}`),
  );
});

test('many control characters anywhere refuse the file; a few are removed and the CLI says so', async () => {
  const noisy = Buffer.concat([Buffer.from(ARTICLE.repeat(2000)), Buffer.alloc(20_000, 1)]);
  assert.throws(() => decodeInput(noisy, 'noisy.txt'), /binary data \(20000 control characters/);

  const file = path.join(tempDir(), 'stray.txt');
  fs.writeFileSync(file, ARTICLE.repeat(2000) + 'The \u0007bell rang \u001b[31mtwice\u0085.\n');
  const decoded = decodeInput(fs.readFileSync(file), file);
  assert.equal(decoded.removed, 3);
  const c = captureIo();
  assert.equal(await analyzeCommand([file, '--json'], c.io), 0);
  assert.match(c.err.join(''), /removed 3 control characters from/);
  const out = c.out.join('');
  // Neither raw nor escaped in the JSON output.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  assert.equal(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/.test(out), false);
  assert.doesNotMatch(out, /\\u00[01][0-9a-f]|\\u008/i);
  assert.match(out, /The bell rang \[31mtwice\./);
});

function ms(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

test('deeply nested HTML is read in linear time (htmlparser2 Parser took ~10 s to minutes on these)', () => {
  const cases: Array<[string, string]> = [
    ['200,000 nested <b>', '<p>' + '<b>'.repeat(200_000) + 'deep text' + '</b>'.repeat(200_000)],
    ['100,000 <ul><li>', '<ul><li>'.repeat(100_000) + 'deep item'],
    ['nested tables (3 MB)', '<table><tr><td>'.repeat(200_000) + 'cell'],
    ['100,000 stray closing tags over a deep stack', '<div>'.repeat(100_000) + '</span>'.repeat(100_000) + 'x'],
  ];
  for (const [what, html] of cases) {
    let blocks: ReturnType<typeof htmlBlocks> = [];
    const took = ms(() => (blocks = htmlBlocks(html)));
    assert.equal(blocks.length, 1, what);
    // Generous for a shared machine: the quadratic reader took 10 s and more on each.
    assert.ok(took < 3000, `${what}: ${took.toFixed(0)} ms`);
  }
});

test('the linear reader keeps the structure: implied closes, hints, skipped elements, entities', () => {
  const html = `<html><head><title>T</title><script>var x = "<p>no</p>";</script></head><body>
    <nav><a href="/">Home</a></nav>
    <h1>Bridge &amp; tunnel</h1>
    <p>First paragraph<p>Second paragraph
    <ul><li>one<li>two</ul>
    <div class="comments"><p>Great article!</p></div>
    <div hidden>secret</div><p>After &#8220;quote&#8221;</p>
    <table><tr><td>a<td>b</table></body></html>`;
  assert.deepEqual(htmlBlocks(html), [
    { text: 'Home', heading: false, hint: 'site' },
    { text: 'Bridge & tunnel', heading: true },
    { text: 'First paragraph', heading: false },
    { text: 'Second paragraph', heading: false },
    { text: 'one', heading: false },
    { text: 'two', heading: false },
    { text: 'Great article!', heading: false, hint: 'comment' },
    { text: 'After “quote”', heading: false },
    { text: 'a', heading: false },
    { text: 'b', heading: false },
  ]);
});
