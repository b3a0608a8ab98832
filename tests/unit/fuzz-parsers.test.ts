/**
 * A bounded fuzz test over the parsers that read files from outside: article files (decoded, then read
 * as text, Markdown or HTML) and lesson files. Each parser gets generated malformed input — real files
 * with bytes flipped, cut short, spliced, deeply nested, flooded with markup or control bytes — and must
 * end with a valid result or a clear error (its own error class, with a message), never a crash or a
 * hang. The generator is seeded: a failure names the seed and case to replay.
 *
 * Adding a parser (packs, results files) is one entry in PARSERS.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument } from '../../electron/core/analyzer/index.js';
import { decodeInput, InputError } from '../../electron/core/analyzer/input.js';
import { LessonFormatError, parseLesson } from '../../electron/core/lesson/parse-lesson.js';
import { SEED_LESSON_FILE } from '../helpers/temp-dir.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/analyzer');
const CASES_PER_PARSER = 150;
/** The whole run stops generating new cases after this, whatever the count. */
const BUDGET_MS = 20_000;
/** One case taking longer than this counts as a hang. */
const CASE_LIMIT_MS = 3_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

interface Parser {
  name: string;
  seeds: Buffer[];
  /** Parses; returns something to check, or throws. */
  parse(bytes: Buffer): unknown;
  /** Is this thrown value a clear refusal (not a crash)? */
  isClearError(err: unknown): boolean;
  /** Is this result valid? */
  isValid(result: unknown): boolean;
}

const clear = (cls: new (...a: never[]) => Error) => (err: unknown) => err instanceof cls && err.message.length > 10;

const validAnalysis = (r: unknown) => {
  const { passages } = r as { passages: Array<{ text: string; confidence: number; label: string }> };
  return (
    Array.isArray(passages) &&
    passages.every((p) => typeof p.text === 'string' && p.confidence >= 0 && p.confidence <= 1 && typeof p.label === 'string')
  );
};

const PARSERS: Parser[] = [
  {
    name: 'article file (decode + analyze)',
    seeds: ['doha-ceasefire-live.txt', 'article.html', 'article.md', 'op-ed.txt'].map((f) =>
      fs.readFileSync(path.join(FIXTURES, f)),
    ),
    parse: (bytes) => {
      const input = decodeInput(bytes, 'fuzz.html', 4 * 1024 * 1024);
      return analyzeDocument(input);
    },
    isClearError: clear(InputError),
    isValid: validAnalysis,
  },
  {
    name: 'HTML reader (analyze, html)',
    seeds: [fs.readFileSync(path.join(FIXTURES, 'article.html'))],
    parse: (bytes) => analyzeDocument({ kind: 'html', content: bytes.toString('utf8') }),
    isClearError: () => false,
    isValid: validAnalysis,
  },
  {
    name: 'Markdown reader (analyze, markdown)',
    seeds: [fs.readFileSync(path.join(FIXTURES, 'article.md'))],
    parse: (bytes) => analyzeDocument({ kind: 'markdown', content: bytes.toString('utf8') }),
    isClearError: () => false,
    isValid: validAnalysis,
  },
  {
    name: 'lesson file',
    seeds: [fs.readFileSync(SEED_LESSON_FILE)],
    parse: (bytes) => parseLesson(bytes, 'fuzz.json'),
    isClearError: clear(LessonFormatError),
    isValid: (r) => typeof (r as { sha256?: unknown }).sha256 === 'string',
  },
];

/** mulberry32: small, seeded, good enough to pick mutations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKUP = [
  '<b>',
  '</b>',
  '<div class="comment">',
  '</div>',
  '<ul><li>',
  '<table><tr><td>',
  '<script>',
  '<!--',
  '"',
  '{',
  '[',
  '\\u0000',
  '&#x0;',
  '&amp',
  '# ',
  '> ',
  '```',
  '*',
  '“',
  '”',
];

function mutate(seed: Buffer, rnd: () => number): Buffer {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const at = () => Math.floor(rnd() * (seed.length + 1));
  switch (Math.floor(rnd() * 8)) {
    case 0: {
      // flip bytes
      const out = Buffer.from(seed);
      for (let i = 0; i < 1 + rnd() * 20; i++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256);
      return out;
    }
    case 1:
      return seed.subarray(0, at()); // cut short
    case 2: {
      // splice markup in, many times
      const parts: Buffer[] = [];
      let last = 0;
      for (const cut of Array.from({ length: 1 + Math.floor(rnd() * 50) }, at).sort((a, b) => a - b)) {
        parts.push(seed.subarray(last, cut), Buffer.from(pick(MARKUP)));
        last = cut;
      }
      parts.push(seed.subarray(last));
      return Buffer.concat(parts);
    }
    case 3:
      // deep nesting
      return Buffer.from(pick(['<b>', '<div>', '<ul><li>', '[', '{"a":', '> ', '“']).repeat(1000 + Math.floor(rnd() * 20_000)));
    case 4:
      // random bytes
      return Buffer.from(Array.from({ length: Math.floor(rnd() * 5000) }, () => Math.floor(rnd() * 256)));
    case 5: {
      // control bytes sprinkled through valid text
      const out = Buffer.from(seed);
      for (let i = 0; i < 1 + rnd() * 40; i++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 32);
      return out;
    }
    case 6:
      // duplicated halves (long repeated structure)
      return Buffer.concat(Array.from({ length: 2 + Math.floor(rnd() * 8) }, () => seed.subarray(0, at())));
    default: {
      // a JSON value swapped for another type
      const text = seed.toString('utf8');
      return Buffer.from(
        text.replace(
          /("[a-z]+":\s*)("[^"]*"|\d+|true|false)/i,
          (_m, k: string) => `${k}${pick(['null', '[]', '{}', '-1', '1e999', '"x"'])}`,
        ),
      );
    }
  }
}

for (const parser of PARSERS) {
  test(`fuzz: ${parser.name} — no crash, no hang, a clear error or a valid result`, () => {
    const rnd = prng(SEED ^ parser.name.length);
    const started = Date.now();
    let worst = 0;
    let tried = 0;
    for (let i = 0; i < CASES_PER_PARSER && Date.now() - started < BUDGET_MS / PARSERS.length; i++) {
      const input = mutate(parser.seeds[i % parser.seeds.length]!, rnd);
      const t = performance.now();
      let outcome: { ok: true; value: unknown } | { ok: false; err: unknown };
      try {
        outcome = { ok: true, value: parser.parse(input) };
      } catch (err) {
        outcome = { ok: false, err };
      }
      const took = performance.now() - t;
      worst = Math.max(worst, took);
      tried++;
      const where = `seed ${SEED}, case ${i} (${input.length} bytes)`;
      assert.ok(took < CASE_LIMIT_MS, `${where}: took ${took.toFixed(0)} ms`);
      if (outcome.ok) assert.ok(parser.isValid(outcome.value), `${where}: an invalid result`);
      else assert.ok(parser.isClearError(outcome.err), `${where}: crashed with ${String(outcome.err)}`);
    }
    assert.ok(tried >= 20, `only ${tried} cases in the time budget`);
    // For the README's reliability table.
    console.log(`# fuzz ${parser.name}: ${tried} inputs, worst ${worst.toFixed(0)} ms`);
  });
}
