import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StudentPassage } from '../../electron/shared/contract.js';
import { pageBlocks, positionOf } from '../../renderer/src/lib/pure/page-layout.js';

const p = (index: number, paragraph: number, display: 'heading' | 'text' = 'text'): StudentPassage => ({
  index,
  paragraph,
  display,
  text: `passage ${index}`,
});

test('passages of one paragraph form one block; headings are their own blocks; page order is kept', () => {
  const blocks = pageBlocks([p(3, 2), p(0, 0), p(1, 1, 'heading'), p(2, 2), p(4, 3)]);
  assert.deepEqual(
    blocks.map((b) => ({ display: b.display, indexes: b.passages.map((x) => x.index) })),
    [
      { display: 'text', indexes: [0] },
      { display: 'heading', indexes: [1] },
      { display: 'text', indexes: [2, 3] },
      { display: 'text', indexes: [4] },
    ],
  );
  assert.equal(new Set(blocks.map((b) => b.key)).size, blocks.length, 'block keys are unique');
});

test('a display change inside one paragraph number starts a new block', () => {
  const blocks = pageBlocks([p(0, 5, 'heading'), p(1, 5, 'text')]);
  assert.deepEqual(
    blocks.map((b) => b.display),
    ['heading', 'text'],
  );
});

test('positionOf counts in page order, 1-based', () => {
  const passages = [p(2, 1), p(0, 0), p(1, 0)];
  assert.deepEqual(positionOf(passages, 0), { position: 1, total: 3 });
  assert.deepEqual(positionOf(passages, 2), { position: 3, total: 3 });
});
