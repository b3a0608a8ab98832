/**
 * The seed page against its hand-made key (resources/lessons/doha-ceasefire-live.json): the analyzer alone
 * must give ≥ 90% of the passages the key's label and find both intruders (the consent banner and the
 * three-sentence reader comment), and nothing else.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument, analyzeText } from '../../electron/core/analyzer/index.js';

const PAGE = path.resolve(import.meta.dirname, '../../../tests/fixtures/analyzer/doha-ceasefire-live.txt');
const LESSON = path.resolve(import.meta.dirname, '../../../resources/lessons/doha-ceasefire-live.json');

interface KeyPassage {
  text: string;
  label: string;
  role: string;
  fromOutlet: boolean;
}
const key = JSON.parse(fs.readFileSync(LESSON, 'utf8')) as { passages: KeyPassage[] };
const page = fs.readFileSync(PAGE, 'utf8');

test('at least 90% of the seed page’s passages get the key’s label', () => {
  const { passages } = analyzeText(page);
  assert.equal(passages.length, key.passages.length);
  const agree = passages.filter((p, i) => p.text === key.passages[i]!.text && p.label === key.passages[i]!.label).length;
  const share = agree / passages.length;
  assert.ok(share >= 0.9, `agreement ${(share * 100).toFixed(1)}% (${agree}/${passages.length})`);
});

test('both intruders are found, and only they: the banner as site text, the reader comment as commentary', () => {
  const { passages } = analyzeText(page);
  const found = passages.filter((p) => !p.fromOutlet).map((p) => p.index);
  const expected = key.passages.flatMap((p, i) => (p.fromOutlet ? [] : [i]));
  assert.deepEqual(found, expected);
  for (const i of expected) {
    const p = passages[i]!;
    const k = key.passages[i]!;
    assert.equal(p.label, k.label, p.text);
    assert.equal(p.role, k.role, p.text);
  }
  // the reader comment is found from the page's typography, among other signals
  const comment = passages.find((p) => p.text.startsWith('Kirby can keep claiming'))!;
  assert.equal(comment.subtype, 'reader_comment');
  assert.ok(comment.cues.some((c) => c.kind === 'typographic_break' && comment.text[c.start] === "'"));
  assert.match(comment.explanation, /straight apostrophes/);
});

test('passages are in page order with their paragraphs; --json fields are all present', () => {
  const { passages } = analyzeDocument({ kind: 'text', content: page });
  passages.forEach((p, i) => {
    assert.equal(p.index, i);
    assert.equal(p.paragraph, (key.passages[i] as unknown as { paragraph: number }).paragraph);
    assert.ok(['headline', 'body', 'site'].includes(p.role));
    if (p.source) assert.equal(p.text.slice(p.source.start, p.source.end), p.source.text);
    if (p.cueVerb) assert.equal(p.text.slice(p.cueVerb.start, p.cueVerb.end), p.cueVerb.text);
  });
  const headlines = passages.filter((p) => p.role === 'headline').map((p) => p.index);
  assert.deepEqual(
    headlines,
    key.passages.flatMap((p, i) => (p.role === 'headline' ? [i] : [])),
  );
});

test('the same page without its curly typography still finds the banner, and flags no outlet quote', () => {
  // straight quotes everywhere: no typographic break is left, so only the other signals remain
  const flat = page.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  const { passages } = analyzeText(flat);
  assert.equal(passages[0]!.label, 'not_article');
  assert.equal(passages[1]!.label, 'not_article');
  for (const p of passages) if (p.label === 'quoted') assert.equal(p.fromOutlet, true, p.text);
});

test('an opinion piece’s own “we”, “you” and exclamation marks are the outlet’s voice, not intruders', () => {
  const oped = fs.readFileSync(path.resolve(import.meta.dirname, '../../../tests/fixtures/analyzer/op-ed.txt'), 'utf8');
  const { passages } = analyzeText(oped);
  assert.ok(passages.filter((p) => p.label === 'commentary').length >= 5);
  assert.deepEqual(
    passages.filter((p) => !p.fromOutlet).map((p) => p.text),
    [],
  );
  // the same reader-style sentence dropped into a news page is flagged
  const news = `${fs.readFileSync(PAGE, 'utf8')}\n\nlol you really think they'll agree to anything?? dream on...`;
  const last = analyzeText(news).passages.at(-1)!;
  assert.equal(last.subtype, 'reader_comment');
  assert.equal(last.fromOutlet, false);
});
