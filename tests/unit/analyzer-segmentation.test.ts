/** Sentence segmentation: abbreviations, quotations over sentence ends, ellipses, headlines, the seed page. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument, segmentText } from '../../electron/core/analyzer/index.js';
import { htmlBlocks } from '../../electron/core/analyzer/html-blocks.js';
import { markdownBlocks } from '../../electron/core/analyzer/markdown-blocks.js';
import { findQuoteSpans } from '../../electron/core/analyzer/quote-spans.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/analyzer');
const LESSON = path.resolve(import.meta.dirname, '../../../resources/lessons/doha-ceasefire-live.json');
const sentences = (text: string) => segmentText(text).map((s) => s.text);

test('no split after titles, initialisms, Dept. and initials; a split where the next sentence really starts', () => {
  assert.deepEqual(sentences('Mr. Smith met Dr. Jones of the U.S. Dept. of State at St. Paul’s. Gen. Lee agreed.'), [
    'Mr. Smith met Dr. Jones of the U.S. Dept. of State at St. Paul’s.',
    'Gen. Lee agreed.',
  ]);
  assert.deepEqual(sentences('John F. Kennedy spoke at the U.N. General Assembly. Mrs. Kennedy listened.'), [
    'John F. Kennedy spoke at the U.N. General Assembly.',
    'Mrs. Kennedy listened.',
  ]);
  // after an initialism the next word decides: "He" starts a sentence, "Army" continues the name
  assert.deepEqual(sentences('He moved to the U.S. He liked it. The U.S. Army agreed.'), [
    'He moved to the U.S.',
    'He liked it.',
    'The U.S. Army agreed.',
  ]);
  assert.deepEqual(sentences('Prices rose 3.5% on Monday. Sales fell.'), ['Prices rose 3.5% on Monday.', 'Sales fell.']);
});

test('a quotation that continues across a sentence end stays one passage with its attribution', () => {
  const text =
    '“Both sides need to show compromise. Both sides need to show some leadership,” Kirby told CNN. Talks resume on Friday.';
  assert.deepEqual(sentences(text), [
    '“Both sides need to show compromise. Both sides need to show some leadership,” Kirby told CNN.',
    'Talks resume on Friday.',
  ]);
  // straight quotes too; the split comes after the closing mark when a new sentence starts
  assert.deepEqual(sentences('He said: "I came. I saw." Then he left.'), ['He said: "I came. I saw."', 'Then he left.']);
  // a question inside a quote followed by a lowercase attribution is not an end
  assert.deepEqual(sentences('“Why now? Why here?” she asked. Nobody answered.'), [
    '“Why now? Why here?” she asked.',
    'Nobody answered.',
  ]);
});

test('an ellipsis inside a quote, or marking omitted words, does not end a sentence', () => {
  assert.deepEqual(sentences('"Wait... no," she said. He left.'), ['"Wait... no," she said.', 'He left.']);
  assert.deepEqual(sentences('“We tried … We failed,” he said. Then silence.'), [
    '“We tried … We failed,” he said.',
    'Then silence.',
  ]);
  assert.deepEqual(sentences('The letter said … there should be talks. Nobody replied.'), [
    'The letter said … there should be talks.',
    'Nobody replied.',
  ]);
  // glued to a word and followed by a capital, an ellipsis ends the sentence
  assert.deepEqual(sentences('That’s not a minor detail... The US keeps buying time.'), [
    'That’s not a minor detail...',
    'The US keeps buying time.',
  ]);
});

test('headlines: a short one-line paragraph without a final stop, alone; paragraphs counted from 0', () => {
  const segs = segmentText('Storm closes schools\n\nGusts reached 142 km/h. Schools shut.\n\nWhy it matters now\n');
  assert.deepEqual(segs, [
    { paragraph: 0, text: 'Storm closes schools', heading: true },
    { paragraph: 1, text: 'Gusts reached 142 km/h.', heading: false },
    { paragraph: 1, text: 'Schools shut.', heading: false },
    { paragraph: 2, text: 'Why it matters now', heading: true },
  ]);
  // a one-line paragraph holding a sentence end is not a headline: "…Terms of Use. Close"
  assert.deepEqual(segmentText('By using this site, you agree to our Terms of Use. Close'), [
    { paragraph: 0, text: 'By using this site, you agree to our Terms of Use.', heading: false },
    { paragraph: 0, text: 'Close', heading: false },
  ]);
});

test('the seed page splits into exactly the passages of the hand-made key', () => {
  const key = JSON.parse(fs.readFileSync(LESSON, 'utf8')) as { passages: Array<{ text: string; paragraph: number }> };
  const segs = segmentText(fs.readFileSync(path.join(FIXTURES, 'doha-ceasefire-live.txt'), 'utf8'));
  assert.deepEqual(
    segs.map((s) => [s.paragraph, s.text]),
    key.passages.map((p) => [p.paragraph, p.text]),
  );
});

test('quote spans: apostrophes are not quotes, unmatched marks are dropped, nesting is kept', () => {
  const t = 'Gantz’s ‘red line’ is “not ‘negotiable’ at all” and it’s "final';
  const spans = findQuoteSpans(t).map((s) => t.slice(s.open, s.close + 1));
  assert.deepEqual(spans, ['‘red line’', '“not ‘negotiable’ at all”', '‘negotiable’']);
});

test('HTML: scripts, styles and head are dropped; headings, site areas and comments are marked', () => {
  const html = fs.readFileSync(path.join(FIXTURES, 'article.html'), 'utf8');
  const blocks = htmlBlocks(html);
  const all = blocks.map((b) => b.text).join(' ');
  assert.ok(!all.includes('tracker') && !all.includes('Injected') && !all.includes('color: red'), all);
  assert.deepEqual(blocks.find((b) => b.heading)?.text, 'Council approves rail yards plan');
  assert.equal(blocks.find((b) => b.text.startsWith('Share this'))?.hint, 'site');
  assert.equal(blocks.find((b) => b.text.startsWith('Home'))?.hint, 'site');
  assert.equal(blocks.find((b) => b.text.startsWith('lol'))?.hint, 'comment');
  assert.equal(blocks.find((b) => b.text.startsWith('The city council'))?.hint, undefined);
});

test('Markdown: headings, list items and quotes become blocks; code and link targets are dropped', () => {
  const md = fs.readFileSync(path.join(FIXTURES, 'article.md'), 'utf8');
  const blocks = markdownBlocks(md);
  assert.deepEqual(blocks[0], { text: 'Storm Hedda leaves 200,000 homes without power', heading: true });
  const all = blocks.map((b) => b.text).join(' | ');
  assert.ok(!all.includes('console.log') && !all.includes('https://') && !all.includes('**'), all);
  assert.ok(all.includes('Mr. Reddan of the U.S. Dept. of Energy'), all);
  assert.ok(blocks.some((b) => b.text === 'The ferry to the islands has been cancelled for a third day.'));
  const passages = analyzeDocument({ kind: 'markdown', content: md }).passages;
  assert.ok(
    passages.some((p) => p.text.startsWith('Mr. Reddan') && p.text.endsWith('on Monday.')),
    'no split after Mr./U.S./Dept.',
  );
});
