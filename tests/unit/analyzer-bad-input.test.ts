/**
 * Bad input: empty text, 20 MB of text, binary data, invalid UTF-8, HTML with scripts, and inputs built to
 * make careless scanners or regexes go quadratic. Each gives a clear result or a clear error, quickly.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { run as analyzeCommand } from '../../electron/cli/analyze-command.js';
import { analyzeDocument, analyzeText, classifyPassage } from '../../electron/core/analyzer/index.js';
import { decodeInput, InputError, MAX_INPUT_BYTES } from '../../electron/core/analyzer/input.js';
import { captureIo } from '../helpers/capture-io.js';
import { tempDir } from '../helpers/temp-dir.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/analyzer');

const io = captureIo;

/** Run fn and return its duration in ms. */
function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

test('empty and blank text: no passages, and the CLI says so (exit 0)', async () => {
  assert.deepEqual(analyzeText(''), { passages: [] });
  assert.deepEqual(analyzeText(' \n\n \t\n'), { passages: [] });
  assert.deepEqual(analyzeDocument({ kind: 'html', content: '' }), { passages: [] });
  assert.deepEqual(analyzeDocument({ kind: 'markdown', content: '\n\n' }), { passages: [] });
  const p = classifyPassage('');
  assert.equal(p.text, '');
  assert.ok(p.confidence >= 0 && p.confidence <= 1);
  const file = path.join(tempDir(), 'empty.txt');
  fs.writeFileSync(file, '');
  const c = io();
  assert.equal(await analyzeCommand([file], c.io), 0);
  assert.match(c.out.join(''), /no passages/);
  const j = io();
  assert.equal(await analyzeCommand([file, '--json'], j.io), 0);
  assert.deepEqual(JSON.parse(j.out.join('')), { passages: [] });
});

test('20 MB of text is analysed in linear time (well under a minute) without crashing', () => {
  const para = fs.readFileSync(path.join(FIXTURES, 'doha-ceasefire-live.txt'), 'utf8');
  let big = para;
  while (big.length < 20 * 1024 * 1024) big += '\n\n' + big;
  big = big.slice(0, 20 * 1024 * 1024);
  let count = 0;
  const ms = timed(() => {
    count = analyzeText(big).passages.length;
  });
  assert.ok(count > 100_000, `${count} passages`);
  assert.ok(ms < 60_000, `${ms} ms`);
});

test('one 4 MB paragraph with no sentence end, and pathological quoting, stay linear', () => {
  const cases = [
    'word '.repeat(800_000), // one huge "sentence"
    '"a" '.repeat(400_000), // a flood of tiny quotations
    '“'.repeat(300_000) + 'x' + '”'.repeat(300_000), // deep nesting
    "'".repeat(1_000_000), // apostrophes only
    'said that '.repeat(300_000), // attribution verbs everywhere
    '... '.repeat(500_000) + '?!'.repeat(200_000),
    'Mr. '.repeat(500_000),
  ];
  for (const text of cases) {
    const ms = timed(() => analyzeText(text));
    assert.ok(ms < 15_000, `${text.slice(0, 12)}…: ${ms} ms`);
  }
});

test('binary data is refused with a message that names the problem', async () => {
  const c = io();
  assert.equal(await analyzeCommand([path.join(FIXTURES, 'image.bin')], c.io), 1);
  assert.match(c.err.join(''), /not a text, Markdown or HTML file: binary data/);
  assert.equal(c.out.join(''), '');
});

test('invalid UTF-8 is refused with the offending byte and its offset', async () => {
  const c = io();
  assert.equal(await analyzeCommand([path.join(FIXTURES, 'latin1.txt')], c.io), 1);
  assert.match(c.err.join(''), /not valid UTF-8 \(invalid byte 0xe9 at offset 26\)/);
  assert.throws(() => decodeInput(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'x.txt'), /UTF-16/);
  assert.throws(() => decodeInput(Buffer.from([0x41, 0xc3]), 'x.txt'), InputError); // truncated sequence
});

test('over-size files are refused by the CLI with the limit in the message', () => {
  assert.throws(
    () => decodeInput(Buffer.alloc(2048, 0x41), 'big.txt', 1024),
    /too large \(0\.0 MB\); the analyzer accepts files up to 0\.0 MB/,
  );
  assert.equal(MAX_INPUT_BYTES, 32 * 1024 * 1024);
});

test('HTML with scripts: script and style text never reaches a passage; kinds are sniffed', async () => {
  const c = io();
  assert.equal(await analyzeCommand([path.join(FIXTURES, 'article.html'), '--json'], c.io), 0, c.err.join(''));
  const { passages } = JSON.parse(c.out.join('')) as {
    passages: Array<{ text: string; label: string; fromOutlet: boolean; subtype: string }>;
  };
  const all = passages.map((p) => p.text).join('\n');
  assert.ok(!/tracker|Injected|color: red|document\.write/.test(all), all);
  // The page is read with Readability (electron/core/reader): the cookie banner, the menu, the comment
  // section and the footer are the page's other blocks, not the article's passages.
  assert.equal(passages[0]?.text, 'Council approves rail yards plan');
  for (const furniture of ['We use cookies', 'Home', 'lol', '©'])
    assert.equal(
      passages.find((p) => p.text.startsWith(furniture)),
      undefined,
      furniture,
    );
  assert.ok(passages.find((p) => p.text.startsWith('Share this'))?.label === 'not_article');
  assert.equal(passages.find((p) => p.text.startsWith('The city council'))?.fromOutlet, true);
  // an HTML file without the extension is sniffed as HTML
  const sniffed = path.join(tempDir(), 'page');
  fs.writeFileSync(sniffed, '<!DOCTYPE html><p>The council met on Monday.</p><script>alert("x")</script>');
  const s = io();
  assert.equal(await analyzeCommand([sniffed, '--json'], s.io), 0);
  assert.deepEqual(
    (JSON.parse(s.out.join('')) as { passages: Array<{ text: string }> }).passages.map((p) => p.text),
    ['The council met on Monday.'],
  );
});

test('analyze: readable output and --json with the documented fields in page order; usage errors', async () => {
  const c = io();
  assert.equal(await analyzeCommand([path.join(FIXTURES, 'doha-ceasefire-live.txt'), '--json'], c.io), 0);
  const { passages } = JSON.parse(c.out.join('')) as { passages: Array<Record<string, unknown>> };
  assert.equal(passages.length, 32);
  passages.forEach((p, i) => {
    assert.equal(p.index, i);
    for (const k of ['index', 'paragraph', 'text', 'role', 'label', 'subtype', 'confidence', 'fromOutlet', 'cues'])
      assert.ok(k in p, k);
  });
  assert.ok(passages.some((p) => 'source' in p && 'cueVerb' in p));
  const h = io();
  assert.equal(await analyzeCommand([path.join(FIXTURES, 'doha-ceasefire-live.txt')], h.io), 0);
  const text = h.out.join('');
  assert.match(text, /32 passages, 5 probably not from the outlet/);
  assert.match(text, /Quoted claim — direct quote/);
  assert.match(text, /cues: .*loaded attribution verb “mocked”/);
  const u = io();
  assert.equal(await analyzeCommand([], u.io), 2);
  assert.match(u.err.join(''), /no file given/);
  const o = io();
  assert.equal(await analyzeCommand(['x.txt', '--yaml'], o.io), 2);
  assert.match(o.err.join(''), /unknown option --yaml/);
  const m = io();
  assert.equal(await analyzeCommand([path.join(FIXTURES, 'nope.txt')], m.io), 1);
  assert.match(m.err.join(''), /cannot read .*nope\.txt: no such file/);
});

test('fuzz: random text from a hostile alphabet never throws and every cue stays inside its passage', () => {
  // a seeded generator, so a failure is reproducible
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const alphabet = [
    'a',
    'Z',
    ' ',
    ' ',
    '.',
    '!',
    '?',
    '…',
    '"',
    "'",
    '“',
    '”',
    '‘',
    '’',
    '«',
    '»',
    '[',
    ']',
    '\n',
    '\n\n',
    'Mr.',
    'U.S.',
    'said',
    'that',
    'should',
    'you',
    'lol',
    '—',
    '😀',
    'é',
    '中',
    'ש',
    '\u0000',
    '\uFFFD',
    '\uD800',
    '<p>',
    '</p>',
    '<script>',
    '#',
    '-',
    '*',
  ];
  for (let round = 0; round < 300; round++) {
    let text = '';
    const len = 1 + Math.floor(rand() * 120);
    for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)]!;
    for (const kind of ['text', 'markdown', 'html'] as const) {
      const { passages } = analyzeDocument({ kind, content: text });
      passages.forEach((p, i) => {
        assert.equal(p.index, i);
        assert.ok(p.text.length > 0);
        assert.ok(p.confidence >= 0 && p.confidence <= 1, `${p.confidence}`);
        for (const c of p.cues)
          assert.ok(c.start >= 0 && c.end > c.start && c.end <= p.text.length, JSON.stringify({ text: p.text, c }));
        if (p.source) assert.ok(p.source.end <= p.text.length);
      });
    }
    classifyPassage(text);
  }
});
