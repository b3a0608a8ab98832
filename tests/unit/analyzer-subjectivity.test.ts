/**
 * The broad classes behind unmarked commentary and site text (lexicon/evaluation.ts, checkable.ts, site-text.ts): judgement words,
 * interpretive verbs, comparison without a measure, forecasts, the absence of checkable anchors, and the
 * shapes of interface text (bylines, counters, menus, instructions to a user). Sentences written for
 * this test; none comes from an evaluation file.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, classifyPassage } from '../../electron/core/analyzer/index.js';
import type { AnalyzedPassage } from '../../electron/core/analyzer/index.js';

function cueText(p: AnalyzedPassage, kind: string): string[] {
  return p.cues.filter((c) => c.kind === kind).map((c) => p.text.slice(c.start, c.end));
}

test('unmarked commentary: a judgement word in a sentence with nothing to check is commentary, and the cue points at the word', () => {
  const p = classifyPassage('The rollout of the new ticket system was clumsy from start to finish.');
  assert.equal(p.label, 'commentary');
  assert.ok(cueText(p, 'evaluative').includes('clumsy'), JSON.stringify(p.cues));
  assert.match(p.explanation, /clumsy/);
});

test('plain reports stay reported: anchored or not, with no judgement', () => {
  for (const text of [
    'Opposition parties boycotted the vote.',
    'Police arrested 12 people in Norvik on Monday.',
    'Firefighters brought the blaze under control by the evening.',
    'Unemployment rose to its highest level since 1998.',
  ]) {
    assert.equal(classifyPassage(text).label, 'reported', text);
  }
});

test('an interpretive verb in the outlet’s voice reads events: commentary, with the verb as a cue', () => {
  const p = classifyPassage('The merger signals a retreat from the bank’s global ambitions.');
  assert.equal(p.label, 'commentary');
  assert.ok(cueText(p, 'evaluative').includes('signals'), JSON.stringify(p.cues));
});

test('comparison without a measure judges; with a number it measures', () => {
  assert.equal(classifyPassage('This is the worst budget the city has seen in a generation.').label, 'commentary');
  assert.equal(classifyPassage('Exports fell 4% in March, the worst monthly result since 2009.').label, 'reported');
});

test('a forecast in the outlet’s voice ("likely to") is commentary', () => {
  const p = classifyPassage('The ruling is likely to embolden landlords across the region.');
  assert.equal(p.label, 'commentary');
});

test('"the sums do not add up" is not a non-response: "add up" is not speech', () => {
  const p = classifyPassage('The sums simply do not add up.');
  assert.notEqual(p.label, 'quoted');
  assert.doesNotMatch(p.explanation, /did not comment/);
});

test('site text outside the word lists: bylines, counters, menus, instructions to a user', () => {
  for (const text of [
    'By Tomas Reyes, Health Correspondent',
    'Posted by Ana Lima at 09:15',
    'Published 14 March 2024',
    'Page 2 of 5',
    'Newest | Oldest | Most liked',
    'Save article',
    'Enter your email address',
    'Continue reading the main story',
    'Thank you for reading. Please consider supporting our journalism.',
    'Questions about this story? Write to tips@example.org',
  ]) {
    const p = classifyPassage(text);
    assert.equal(p.label, 'not_article', `${text}: ${p.label} (${p.explanation})`);
    assert.ok(
      p.cues.some((c) => c.kind === 'site_furniture'),
      `${text}: no site_furniture cue`,
    );
  }
});

test('on a page, a byline and a gallery counter are site text and not from the outlet', () => {
  const page = [
    'Harbour tunnel closed after flooding',
    'By Tomas Reyes, Transport Correspondent',
    'The harbour tunnel was closed on Tuesday after water entered the northbound bore, the operator said.',
    '3 of 12',
    'Engineers pumped out the water overnight and the tunnel is expected to reopen on Thursday.',
  ].join('\n\n');
  const passages = analyzeText(page).passages;
  const byText = (t: string) => passages.find((p) => p.text === t)!;
  for (const t of ['By Tomas Reyes, Transport Correspondent', '3 of 12']) {
    assert.equal(byText(t).label, 'not_article', t);
    assert.equal(byText(t).fromOutlet, false, t);
  }
  assert.equal(
    byText('The harbour tunnel was closed on Tuesday after water entered the northbound bore, the operator said.').label,
    'quoted',
  );
});

test('a passive verdict with "as" relays a label without naming who gave it: quoted, vague source', () => {
  const p = classifyPassage('The new parking levy has been widely dismissed as a cash grab.');
  assert.equal(p.label, 'quoted');
  assert.equal(p.subtype, 'vague_source');
});

test('an extraposed verdict ("it is … to/that") in the outlet’s voice is commentary; "it is the third time" is not', () => {
  const p = classifyPassage('It is difficult to imagine the council backing down now.');
  assert.equal(p.label, 'commentary');
  assert.ok(
    cueText(p, 'evaluative').some((t) => t.startsWith('It is')),
    JSON.stringify(p.cues),
  );
  assert.equal(classifyPassage('It is the third time in five years that the river has burst its banks.').label, 'reported');
});
