import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleBlock, BlockPart } from '../../electron/shared/contract.js';
import { groupBlocks } from '../../renderer/src/lib/pure/block-groups.js';

const b = (position: number, part: BlockPart, included = false): ArticleBlock => ({
  position,
  part,
  heading: false,
  text: `block ${position}`,
  included,
});

test('comments first, navigation last, each group in page order; empty groups left out', () => {
  const groups = groupBlocks([b(9, 'navigation'), b(1, 'navigation'), b(40, 'comment'), b(38, 'comment'), b(5, 'related')]);
  assert.deepEqual(
    groups.map((g) => [g.part, g.blocks.map((x) => x.position)]),
    [
      ['comment', [38, 40]],
      ['related', [5]],
      ['navigation', [1, 9]],
    ],
  );
});

test('only groups with a block in the lesson are unfolded', () => {
  const groups = groupBlocks([b(1, 'navigation'), b(2, 'banner', true), b(3, 'comment')]);
  assert.deepEqual(
    groups.map((g) => [g.part, g.open, g.included]),
    [
      ['comment', false, 0],
      ['banner', true, 1],
      ['navigation', false, 0],
    ],
  );
});
