/**
 * Proper tokens, say-verb homographs, reporting verbs the lists used to miss, quotations paired across
 * sentences, and the neighbours' attribution (issue 9, part 2).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evidenceInContext } from '../../electron/core/analyzer/context.js';
import { F } from '../../electron/core/analyzer/evidence.js';
import { analyzeText, classifyInContext, classifyPassage } from '../../electron/core/analyzer/index.js';

const cueWords = (p: { text: string; cues: Array<{ start: number; end: number; kind: string }> }, kind: string) =>
  p.cues.filter((c) => c.kind === kind).map((c) => p.text.slice(c.start, c.end));

test('initialisms are one token: "U.S." is not chat-speak "u", "F.B.I." holds no first-person "I"', () => {
  const us = classifyPassage('The U.S. economy grew in March.');
  assert.equal(us.label, 'reported', us.explanation);
  assert.doesNotMatch(us.explanation, /informal/);
  const fbi = classifyPassage('The F.B.I. opened an investigation on Monday.');
  assert.equal(fbi.label, 'reported', fbi.explanation);
  assert.deepEqual(cueWords(fbi, 'first_second_person'), []);
  // lowercase ones too: "i.e." is not the writer's "I"
  assert.deepEqual(
    cueWords(classifyPassage('The rate, i.e. the share of voters who turned out, fell.'), 'first_second_person'),
    [],
  );
});

test('contractions read the same with straight and curly apostrophes', () => {
  const straight = classifyPassage("We shouldn't pretend it's over.");
  const curly = classifyPassage('We shouldn’t pretend it’s over.');
  assert.equal(straight.label, curly.label);
  assert.deepEqual(
    straight.cues.map((c) => c.kind),
    curly.cues.map((c) => c.kind),
  );
  assert.deepEqual(cueWords(curly, 'modal_obligation'), ['shouldn’t']);
});

test('say-verb homographs are not attributions', () => {
  for (const text of [
    'Adding water to the mixture makes it safer.',
    'The company added 300 jobs in May.',
    'She underwent a surgery called gastric bypass in 2019.',
    'He read the report twice before the meeting.',
  ]) {
    const p = classifyPassage(text);
    assert.notEqual(p.label, 'quoted', `${text} → ${p.explanation}`);
    assert.deepEqual(cueWords(p, 'attribution_verb'), [], text);
  }
  // …while the reporting uses of the same verbs still attribute
  assert.equal(classifyPassage('She added that the vote would be held in June.').label, 'quoted');
  assert.equal(classifyPassage('“We will not back down,” he added.').label, 'quoted');
  assert.equal(classifyPassage('He called the plan a disaster.').cueVerb?.text, 'called');
  assert.deepEqual(cueWords(classifyPassage('As they say, the devil is in the details.'), 'attribution_verb'), []);
});

test('reporting verbs the lists used to miss: joked, observed, questioned whether, echoed that, "reads:"', () => {
  assert.equal(classifyPassage('“It was only a rehearsal,” Mendes joked.').cueVerb?.text, 'joked');
  assert.equal(classifyPassage('The minister observed that turnout was lower than in 2019.').cueVerb?.text, 'observed');
  assert.equal(classifyPassage('Critics questioned whether the plan would work.').label, 'quoted');
  assert.equal(classifyPassage('Her deputy echoed that view, saying the budget was “already stretched”.').label, 'quoted');
  const sign = classifyPassage('The sign at the gate reads: “No entry after dark.”');
  assert.equal(sign.label, 'quoted');
  assert.equal(sign.cueVerb?.text, 'reads');
});

test('a sentence that ends a quotation opened in an earlier one is quoted, even alone', () => {
  const p = classifyPassage('The entire field benefited from the chance to show what it stands for.”');
  assert.equal(p.label, 'quoted', p.explanation);
  assert.equal(p.subtype, 'direct_quote');
  assert.match(p.explanation, /runs over from a neighbouring sentence/);
});

test('in context: the middle of a long quotation is quoted, and the speaker’s "we" and "should" are not the outlet’s', () => {
  const sentences = [
    '“The talks will resume next week in Doha.',
    'We should all be patient, and we must not give up.',
    'There is no other way,” the envoy told reporters.',
  ].map((text) => ({ text, paragraph: 0 }));
  const alone = classifyPassage(sentences[1]!.text);
  assert.equal(alone.label, 'commentary', 'alone, the middle sentence reads as opinion');
  const inContext = classifyInContext(sentences);
  assert.deepEqual(
    inContext.map((p) => p.label),
    ['quoted', 'quoted', 'quoted'],
    inContext.map((p) => p.explanation).join('\n'),
  );
  assert.deepEqual(cueWords(inContext[1]!, 'modal_obligation'), []);
  // an open quotation does not run into the next paragraph
  const two = classifyInContext([
    { text: '“The talks will resume next week in Doha.', paragraph: 0 },
    { text: 'We should all be patient.', paragraph: 1 },
  ]);
  assert.equal(two[1]!.label, 'commentary');
});

test('on a page: a quotation continued into the next paragraph without a closing mark', () => {
  const page = [
    'Envoy says talks will resume',
    '“The talks will resume next week. Both sides should show they are serious.',
    '“Nobody gains from waiting,” the envoy said on Tuesday.',
  ].join('\n\n');
  const { passages } = analyzeText(page);
  const middle = passages.find((p) => p.text.startsWith('Both sides'))!;
  assert.equal(middle.label, 'quoted', middle.explanation);
  assert.equal(middle.fromOutlet, true);
});

test('the neighbours’ attribution: the sentence before, the sentence after, the speaker two sentences back', () => {
  const sentences = [
    'Smith said the plan was flawed.',
    'It would cost billions.',
    'Nobody has costed the alternative either.',
    'Kirby said on Monday the talks were constructive.',
  ].map((text) => ({ text, paragraph: 0 }));
  const ev = evidenceInContext(sentences);
  const context = ['prev_attributed', 'next_attributed', 'speaker_before'] as const;
  const fired = (i: number) => context.filter((f) => ev[i]!.features[F[f]]! > 0);
  assert.deepEqual(fired(1), ['prev_attributed']);
  assert.deepEqual(fired(2), ['next_attributed', 'speaker_before']);
  // a new paragraph starts with no neighbours
  const split = evidenceInContext([sentences[0]!, { text: sentences[1]!.text, paragraph: 1 }]);
  assert.equal(split[1]!.features[F.prev_attributed], 0);
});
