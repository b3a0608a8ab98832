import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleOrigin, defaultCredit, keyingState, otherBlocksLine } from '../../renderer/src/lib/pure/article-facts.js';

test('where an article came from, in one line', () => {
  assert.equal(
    articleOrigin({ siteName: 'Lifehacker', byline: 'Alan Henry', published: '2014-05-21T10:00:00Z', sourceName: 'source.html' }),
    'Lifehacker · Alan Henry · 2014-05-21 · from source.html',
  );
  assert.equal(articleOrigin({ siteName: null, byline: ' ', published: null, sourceName: null }), 'pasted text');
});

test('keying and publishing state in words', () => {
  assert.equal(keyingState({ keyed: 0, passages: 0, lesson: null }), 'Not opened in the editor yet');
  assert.equal(keyingState({ keyed: 24, passages: 31, lesson: null }), '24 of 31 keyed');
  const lesson = { lessonId: 'x', version: 2, state: 'published' as const, changedSincePublish: false };
  assert.equal(keyingState({ keyed: 31, passages: 31, lesson }), 'Published (version 2)');
  assert.equal(
    keyingState({ keyed: 30, passages: 31, lesson: { ...lesson, state: 'unpublished', changedSincePublish: true } }),
    'Unpublished (version 2) · changed since: 30 of 31 keyed',
  );
});

test('blocks line', () => {
  assert.equal(
    otherBlocksLine({ words: 812, articleBlocks: 14, otherBlocks: 1 }),
    '812 words in 14 blocks; 1 other block of the page kept aside',
  );
  assert.equal(otherBlocksLine({ words: 5, articleBlocks: 1, otherBlocks: 0 }), '5 words in 1 block; no other blocks');
});

test('the proposed credit line', () => {
  assert.equal(defaultCredit({ siteName: 'Lifehacker', byline: ' Alan Henry ', url: null }), 'Lifehacker · Alan Henry');
  assert.equal(defaultCredit({ siteName: null, byline: null, url: null }), '');
});
