/** Cue detectors and attribution: each cue is a character range a person can see, of the documented kinds. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CUE_KINDS, type CueKind } from '../../electron/shared/domain.js';
import { analyzeText, classifyPassage, type AnalyzedPassage } from '../../electron/core/analyzer/index.js';

/** The words a passage's cues of one kind cover. */
const cueTexts = (p: AnalyzedPassage, kind: CueKind) =>
  p.cues.filter((c) => c.kind === kind).map((c) => p.text.slice(c.start, c.end));

test('every cue is a valid range inside its passage, of a documented kind, in text order', () => {
  const texts = [
    '“We will not be rushed,” the minister said on Monday, adding that talks would resume [in Geneva].',
    'Lawmakers should reject this absurd bill, and you know it!!',
    'A senior official, speaking on condition of anonymity, said the plan had been shelved.',
  ];
  for (const t of texts) {
    const p = classifyPassage(t);
    let last = -1;
    for (const c of p.cues) {
      assert.ok(CUE_KINDS.includes(c.kind), c.kind);
      assert.ok(c.start >= 0 && c.end > c.start && c.end <= p.text.length, `${c.kind} ${c.start}-${c.end}`);
      assert.ok(c.start >= last, 'cues in text order');
      last = c.start;
    }
    assert.ok(p.confidence >= 0 && p.confidence <= 1);
    assert.ok(p.explanation.length > 10 && p.explanation.endsWith('.'));
  }
});

test('direct quote: quote marks, named source and neutral cue verb', () => {
  const p = classifyPassage('“The water came up through the floorboards in less than an hour,” said Margit Oberholz, 67.');
  assert.equal(p.label, 'quoted');
  assert.equal(p.subtype, 'direct_quote');
  assert.deepEqual(cueTexts(p, 'quote_marks'), ['“The water came up through the floorboards in less than an hour,”']);
  assert.equal(p.cueVerb?.text, 'said');
  assert.equal(p.cueVerb?.loaded, false);
  assert.equal(p.source?.text, 'Margit Oberholz');
  assert.equal(p.source?.kind, 'named');
  assert.match(p.explanation, /Margit Oberholz/);
});

test('loaded verbs are flagged: claimed, insisted, mocked, admitted', () => {
  for (const [text, verb] of [
    ['His agent claimed the sample had been contaminated by a supplement.', 'claimed'],
    ['The mayor has insisted that the city’s finances are sound.', 'insisted'],
    ['Quintero admitted on Monday that staffing was below target.', 'admitted'],
  ] as const) {
    const p = classifyPassage(text);
    assert.equal(p.label, 'quoted', text);
    assert.equal(p.cueVerb?.text, verb);
    assert.equal(p.cueVerb?.loaded, true);
    assert.deepEqual(cueTexts(p, 'loaded_verb'), [verb]);
  }
});

test('source kinds: anonymous, vague, other media, document', () => {
  const cases: Array<[string, string, string]> = [
    ['A Hamas source earlier said that the group would not accept new conditions.', 'anonymous', 'anonymous_source'],
    ['A person familiar with the plans said further cuts were being discussed.', 'anonymous', 'anonymous_source'],
    ['Critics say the reform was rushed through parliament.', 'vague', 'vague_source'],
    ['Some residents say the alert reached their phones too late.', 'vague', 'vague_source'],
    ['Local media reported that a second tanker had been stopped.', 'media', 'media_report'],
    ['The Selva Herald reported on Friday that the talks had stalled.', 'media', 'media_report'],
    ['Spending fell by a third between 2012 and 2020, budget documents show.', 'document', 'document'],
    ['Consumer prices rose 6.1% in August, according to figures from the statistics office.', 'document', 'document'],
  ];
  for (const [text, kind, subtype] of cases) {
    const p = classifyPassage(text);
    assert.equal(p.label, 'quoted', text);
    assert.equal(p.source?.kind, kind, text);
    assert.equal(p.subtype, subtype, text);
  }
});

test('a reported speech act is a reported fact; a negated one too', () => {
  for (const text of [
    'The United States has urged both Israel and Hamas to compromise during talks in Doha.',
    'Striking nurses marched to the ministry and called for the minister’s resignation.',
    'A company spokesman declined to comment.',
    'Officials have not said what caused the fire.',
  ]) {
    assert.equal(classifyPassage(text).label, 'reported', text);
  }
});

test('commentary cues in the outlet’s voice: evaluation, obligation, person, informal punctuation', () => {
  const opinion = classifyPassage('Lawmakers should reject this absurd bill before it is too late.');
  assert.equal(opinion.label, 'commentary');
  assert.deepEqual(cueTexts(opinion, 'modal_obligation'), ['should']);
  assert.ok(cueTexts(opinion, 'evaluative').includes('absurd'));

  const analysis = classifyPassage('What we know is that the prime minister still has an incredibly hardened stance.');
  assert.equal(analysis.label, 'commentary');
  assert.deepEqual(cueTexts(analysis, 'first_second_person'), ['we']);
  assert.ok(cueTexts(analysis, 'evaluative').includes('incredibly'));

  const comment = classifyPassage('you do realise the bank is independent right?? nobody asked for this...');
  assert.equal(comment.label, 'commentary');
  assert.equal(comment.subtype, 'reader_comment');
  assert.deepEqual(cueTexts(comment, 'informal_punctuation'), ['??', '...']);
});

test('evaluation inside a quotation or an attributed clause is not the outlet’s commentary', () => {
  const p = classifyPassage('Critics say the plan is a disastrous and shameful mistake.');
  assert.equal(p.label, 'quoted');
  assert.deepEqual(cueTexts(p, 'evaluative'), []);
  const q = classifyPassage(
    'Health Minister Rafael Quintero called the strike “irresponsible” and said emergency care would continue.',
  );
  assert.equal(q.label, 'quoted');
  assert.equal(q.subtype, 'partial_quote');
});

test('editorial insertion and ellipsis inside a quote', () => {
  const p = classifyPassage('“The occupation [Israel] did not … abide by the initiatives,” he said.');
  assert.deepEqual(cueTexts(p, 'editorial_insertion'), ['[Israel]']);
  assert.deepEqual(cueTexts(p, 'ellipsis'), ['…']);
});

test('site furniture', () => {
  for (const text of [
    'By using this site, you agree to our Privacy Policy and our Terms of Use.',
    'Share this article',
    'Sign up for our morning newsletter',
    'Advertisement',
  ]) {
    const p = classifyPassage(text);
    assert.equal(p.label, 'not_article', text);
    assert.equal(p.role, 'site');
    assert.equal(p.fromOutlet, false);
    assert.ok(cueTexts(p, 'site_furniture').length > 0, text);
  }
});

test('a quote running over several sentences keeps its attribution on the page', () => {
  const page = analyzeText(
    '“Both sides need to show compromise. Both sides need to show some leadership. We will keep pushing,” US National Security Council spokesman John Kirby told broadcaster CNN.\n\nTalks resume on Friday.',
  );
  assert.equal(page.passages.length, 2);
  const p = page.passages[0]!;
  assert.equal(p.label, 'quoted');
  assert.equal(p.subtype, 'direct_quote');
  assert.equal(p.source?.text, 'US National Security Council spokesman John Kirby');
  assert.equal(p.cueVerb?.text, 'told');
  assert.equal(page.passages[1]!.label, 'reported');
});

test('an attribution in a relative clause does not make the sentence a quoted claim', () => {
  const p = classifyPassage(
    'But there are still incredibly difficult red lines and sticking points that the minister says are non-negotiable.',
  );
  assert.equal(p.label, 'commentary');
});
