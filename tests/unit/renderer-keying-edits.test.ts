import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PassageKeyDraft } from '../../electron/shared/contract.js';
import {
  addCue,
  cycleSubtype,
  guessCueKind,
  mergeNext,
  removeCue,
  setLabel,
  splitAt,
  toggleAccept,
  toggleHeadline,
} from '../../renderer/src/lib/pure/keying-edits.js';

const key = (over: Partial<PassageKeyDraft> = {}): PassageKeyDraft => ({
  role: 'body',
  label: 'quoted',
  subtype: 'direct_quote',
  fromOutlet: true,
  accept: [],
  explanation: '',
  cues: [],
  ...over,
});
const TEXT = 'Kirby said the talks were “constructive”.';
const p = (over: Partial<PassageKeyDraft> = {}) => ({ id: 7, text: TEXT, key: key(over) });

test('subtypes cycle inside the label, both ways; a one-subtype label says so', () => {
  assert.deepEqual(cycleSubtype(p(), 1), { edit: { op: 'setSubtype', passageId: 7, subtype: 'partial_quote' } });
  assert.deepEqual(cycleSubtype(p(), -1), { edit: { op: 'setSubtype', passageId: 7, subtype: 'document' } });
  assert.ok('reason' in cycleSubtype(p({ label: 'not_article', subtype: 'site_text' }), 1));
});

test('a new label keeps the subtype only when it still fits', () => {
  assert.deepEqual(setLabel(p(), 'commentary'), { edit: { op: 'setLabel', passageId: 7, label: 'commentary' } });
  assert.deepEqual(setLabel(p(), 'quoted'), { edit: { op: 'setLabel', passageId: 7, label: 'quoted', subtype: 'direct_quote' } });
});

test('also-acceptable labels toggle, in LABELS order, never the primary label', () => {
  assert.deepEqual(toggleAccept(p(), 'not_article'), { edit: { op: 'setAccept', passageId: 7, accept: ['not_article'] } });
  assert.deepEqual(toggleAccept(p({ accept: ['not_article'] }), 'reported'), {
    edit: { op: 'setAccept', passageId: 7, accept: ['reported', 'not_article'] },
  });
  assert.deepEqual(toggleAccept(p({ accept: ['not_article', 'reported'] }), 'not_article'), {
    edit: { op: 'setAccept', passageId: 7, accept: ['reported'] },
  });
  assert.ok('reason' in toggleAccept(p(), 'quoted'));
});

test('headline toggles; cues are added clamped and sorted, removed by position', () => {
  assert.deepEqual(toggleHeadline(p()), { edit: { op: 'setRole', passageId: 7, role: 'headline' } });
  assert.deepEqual(toggleHeadline(p({ role: 'headline' })), { edit: { op: 'setRole', passageId: 7, role: 'body' } });
  const verb = { start: 6, end: 10, kind: 'attribution_verb' as const };
  const added = addCue(p({ cues: [{ start: 26, end: 40, kind: 'quote_marks' }] }), verb, 'attribution_verb');
  assert.deepEqual(added, { edit: { op: 'setCues', passageId: 7, cues: [verb, { start: 26, end: 40, kind: 'quote_marks' }] } });
  assert.deepEqual(addCue(p(), { start: 30, end: 999 }, 'quote_marks'), {
    edit: { op: 'setCues', passageId: 7, cues: [{ start: 30, end: TEXT.length, kind: 'quote_marks' }] },
  });
  assert.ok('reason' in addCue(p({ cues: [verb] }), verb, 'attribution_verb'), 'the same cue twice');
  assert.ok('reason' in addCue(p(), { start: 5, end: 5 }, 'hedge'));
  assert.deepEqual(removeCue(p({ cues: [verb] }), 0), { edit: { op: 'setCues', passageId: 7, cues: [] } });
  assert.ok('reason' in removeCue(p(), 0));
});

test('split needs a point inside the text; merge needs a passage after', () => {
  assert.deepEqual(splitAt(p(), 6), { edit: { op: 'split', passageId: 7, at: 6 } });
  assert.ok('reason' in splitAt(p(), 0));
  assert.ok('reason' in splitAt(p(), TEXT.length));
  assert.deepEqual(mergeNext(p(), false), { edit: { op: 'mergeNext', passageId: 7 } });
  assert.ok('reason' in mergeNext(p(), true));
});

test('the cue kind is guessed from the words chosen', () => {
  assert.equal(guessCueKind('“constructive”'), 'quote_marks');
  assert.equal(guessCueKind('said'), 'attribution_verb');
  assert.equal(guessCueKind('claimed'), 'loaded_verb');
  assert.equal(guessCueKind('reportedly'), 'hedge');
  assert.equal(guessCueKind('should'), 'modal_obligation');
  assert.equal(guessCueKind('detail...'), 'informal_punctuation');
  assert.equal(guessCueKind('Critics argue'), 'vague_source');
  assert.equal(guessCueKind('incredibly'), 'evaluative');
});
