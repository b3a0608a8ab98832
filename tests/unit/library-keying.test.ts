/** The keying rules and the description check, as pure functions. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  initialKey,
  passageProblems,
  setLabel,
  setRole,
  setSubtype,
  sliceKey,
  mergeKeys,
} from '../../electron/core/library/keying.js';
import { descriptionWarnings, defaultCredit } from '../../electron/core/library/lesson-from-article.js';
import { readArticle } from '../../electron/core/library/read-article.js';
import type { Proposal } from '../../electron/shared/contract.js';

const quoted: Proposal = {
  label: 'quoted',
  subtype: 'indirect_quote',
  role: 'body',
  confidence: 0.8,
  fromOutlet: true,
  cues: [{ start: 10, end: 14, kind: 'attribution_verb' }],
  explanation: 'A quoted claim: “said” attributes it to the minister.',
  source: { start: 0, end: 9, text: 'The mayor', kind: 'named' },
  cueVerb: { start: 10, end: 14, text: 'said', loaded: false },
};

test('a key starts as the proposal; a reader comment also accepts "not part of the article"', () => {
  const k = initialKey(quoted);
  assert.deepEqual(k.attribution, { source: { start: 0, end: 9, kind: 'named' }, verb: { start: 10, end: 14, loaded: false } });
  const comment = initialKey({ ...quoted, label: 'commentary', subtype: 'reader_comment', fromOutlet: false });
  assert.deepEqual([comment.accept, comment.attribution], [['not_article'], undefined]);
});

test('changing the label keeps what follows from it consistent: subtype, role, who wrote it, attribution', () => {
  const k = initialKey(quoted);
  const site = setLabel(k, 'not_article', undefined, quoted);
  assert.deepEqual([site.subtype, site.role, site.fromOutlet, site.attribution], ['site_text', 'site', false, undefined]);
  const back = setLabel(site, 'quoted', undefined, quoted);
  assert.deepEqual([back.subtype, back.role, back.fromOutlet], ['indirect_quote', 'body', true]);
  const comment = setSubtype(k, 'reader_comment', quoted);
  assert.deepEqual([comment.label, comment.fromOutlet, comment.accept], ['commentary', false, ['not_article']]);
  assert.throws(() => setLabel(k, 'reported', 'opinion', quoted), /"opinion" is not a kind of Reported fact/);
  assert.equal(setRole(k, 'headline', quoted).role, 'headline');
  assert.equal(setRole(k, 'site', quoted).label, 'not_article');
  assert.deepEqual(setLabel({ ...k, accept: ['reported', 'commentary'] }, 'reported', 'event', quoted).accept, ['commentary']);
});

test('split and merge carry the ranges that fall in each part', () => {
  const k = {
    ...initialKey(quoted),
    cues: [
      { start: 2, end: 5, kind: 'named_source' as const },
      { start: 20, end: 24, kind: 'hedge' as const },
    ],
  };
  assert.deepEqual(sliceKey(k, 0, 15).cues, [{ start: 2, end: 5, kind: 'named_source' }]);
  assert.deepEqual(sliceKey(k, 16, 30).cues, [{ start: 4, end: 8, kind: 'hedge' }]);
  assert.equal(sliceKey(k, 16, 30).attribution, undefined);
  const merged = mergeKeys(sliceKey(k, 0, 15), sliceKey(k, 16, 30), 16);
  assert.deepEqual(merged.cues, k.cues);
});

test('problems are named per passage: unkeyed, no explanation, ranges outside the text', () => {
  const text = 'The mayor said the plan would pass.';
  const k = initialKey(quoted);
  assert.deepEqual(passageProblems({ text, key: k, keyed: true }), []);
  const bad = passageProblems({ text: 'Short.', key: { ...k, explanation: 'why' }, keyed: false });
  assert.deepEqual(bad, [
    'Not keyed yet: accept the suggestion or choose a label.',
    'No explanation yet: write at least 10 characters saying why.',
    'Cue 1 (10–14) is not inside the passage (6 characters).',
    'The source is not inside the passage.',
    'The attribution verb is not inside the passage.',
  ]);
});

test('a description that names labels, intruders or quotes the page is warned about', () => {
  const passages = [{ text: 'The council voted on Tuesday to rezone the former rail yards for new homes.' }];
  assert.deepEqual(descriptionWarnings('A local news report about housing in the city.', passages), []);
  assert.match(descriptionWarnings('Spot the intruder and the Quoted claims!', passages)[0]!, /“quoted claim”, “intruder”/);
  assert.match(descriptionWarnings('One reader comment is hidden in it.', passages)[0]!, /“reader comment”/);
  assert.match(
    descriptionWarnings('It says the council voted on Tuesday to rezone the former rail yards.', passages)[0]!,
    /quotes passage 1/,
  );
  assert.equal(defaultCredit({ siteName: null, byline: 'Ann Lee', url: 'https://www.example.org/a' }), 'example.org — Ann Lee');
  assert.equal(defaultCredit({ siteName: null, byline: null, url: null }), undefined);
});

test('text and Markdown become articles too; title from the first heading or the file name', () => {
  const md = readArticle({
    kind: 'file',
    name: 'notes.md',
    bytes: Buffer.from('# Flood report\n\nThe river rose two metres, officials said.\n'),
  });
  assert.ok(md.ok);
  assert.deepEqual([md.article.meta.title, md.article.reader, md.article.passages.length], ['Flood report', 'markdown', 2]);
  const txt = readArticle({
    kind: 'paste',
    name: null,
    text: 'The river rose two metres on Monday, officials said.',
    format: 'text',
  });
  assert.ok(txt.ok);
  assert.equal(txt.article.meta.title, 'The river rose two metres on Monday, officials said.');
  const named = readArticle({ kind: 'file', name: 'river_rise.txt', bytes: Buffer.from('The river rose two metres on Monday.') });
  assert.ok(named.ok && named.article.meta.title === 'river rise');
  // the same text from two sources is the same article
  const again = readArticle({
    kind: 'paste',
    name: 'x',
    text: 'The river rose two metres on Monday, officials said.',
    format: 'text',
  });
  assert.ok(again.ok && again.article.sha256 === txt.article.sha256);
  const control = readArticle({ kind: 'paste', name: null, text: 'Tab\u0001bed text here.', format: 'text' });
  assert.ok(control.ok && !control.article.body.includes('\u0001'));
});
