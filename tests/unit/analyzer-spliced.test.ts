/**
 * Reader comments on real pages: the Wikinews articles of ../shared/corpora/wikinews/ with the comments
 * of tests/fixtures/spliced/reader-comments.json inserted between their paragraphs, and clean control
 * pages. Paragraph-level precision and recall, false alarms on the controls (figures in the README).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { flaggedParagraphs, loadSplicedSet, measureSplicedSet } from '../../electron/core/analyzer/fit/spliced-pages.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SET = path.join(ROOT, 'tests/fixtures/spliced/reader-comments.json');
const WIKINEWS = path.resolve(ROOT, '../shared/corpora/wikinews');

test('the spliced set: comments are inserted where the fixture says, the articles are read unchanged', () => {
  const { spliced, controls } = loadSplicedSet(SET, WIKINEWS);
  assert.equal(spliced.length, 18);
  assert.equal(controls.length, 23);
  const afghan = spliced.find((p) => p.article === 'GUM_news_afghan.txt')!;
  const paragraphs = afghan.text.split('\n\n');
  // two comments: after original paragraph 3 (→ 4) and after original paragraph 8 (→ 9 + 1 = 10)
  assert.deepEqual([...afghan.comments], [4, 10]);
  assert.match(paragraphs[4]!, /^It is worth remembering/);
  assert.match(paragraphs[0]!, /Afghan team honored/);
});

test('reader comments are found between the outlet’s paragraphs, and clean pages stay (almost) clean', (t) => {
  const figures = measureSplicedSet(loadSplicedSet(SET, WIKINEWS));
  t.diagnostic(JSON.stringify(figures));
  assert.ok(figures.precision >= 0.8, `precision ${figures.precision}`);
  assert.ok(figures.recall >= 0.4, `recall ${figures.recall}`);
  assert.ok(figures.falseAlarmsOnControls <= 2, `false alarms on controls ${figures.falseAlarmsOnControls}`);
  // calm, argued comments are found too, not only rants
  const [calmFound] = figures.byRegister.calm!.split('/').map(Number);
  assert.ok(calmFound! >= 2, `calm comments found: ${figures.byRegister.calm}`);
});

test('a calm comment in the first person, with nothing checkable, on a news page that reports', () => {
  const page = [
    'Council approves new bus lanes',
    'Monday, March 4, 2024',
    'The city council of Norvik voted 31 to 9 on Monday to add bus lanes on four streets in the centre, at a cost of 2.4 million euros.',
    'Work on the first two streets, Kaiagata and Strandvegen, will begin in May, the council said in a statement.',
    'I have lived on one of these streets for twenty years, and I think most people here will simply get used to it. Change always feels worse before it starts.',
    'The lanes will be in use from 6 a.m. to 8 p.m. on weekdays, according to the plan published by the transport office.',
  ].join('\n\n');
  assert.deepEqual([...flaggedParagraphs(page)], [4]);
});
