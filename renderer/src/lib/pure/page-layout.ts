/**
 * Rebuilds the page's blocks from the lesson's passages: consecutive passages of one paragraph form one
 * block, shown as a heading or as a paragraph of running text, as the page showed it.
 */
import type { StudentPassage } from '../../../../electron/shared/contract.js';

export interface PageBlock {
  /** Stable key for the view: the paragraph number plus the first passage's index. */
  key: string;
  display: 'heading' | 'text';
  passages: StudentPassage[];
}

export function pageBlocks(passages: readonly StudentPassage[]): PageBlock[] {
  const ordered = [...passages].sort((a, b) => a.index - b.index);
  const blocks: PageBlock[] = [];
  for (const p of ordered) {
    const last = blocks[blocks.length - 1];
    const lastPassage = last?.passages[last.passages.length - 1];
    // A new block starts with a new paragraph, and also where display changes inside one (a heading and
    // text are never one element).
    if (last && lastPassage && lastPassage.paragraph === p.paragraph && last.display === p.display) {
      last.passages.push(p);
    } else {
      blocks.push({ key: `${p.paragraph}-${p.index}`, display: p.display, passages: [p] });
    }
  }
  return blocks;
}

/** 1-based position of a passage in page order, and the count: "Passage 7 of 38". */
export function positionOf(passages: readonly StudentPassage[], index: number): { position: number; total: number } {
  const ordered = passages.map((p) => p.index).sort((a, b) => a - b);
  return { position: ordered.indexOf(index) + 1, total: ordered.length };
}
