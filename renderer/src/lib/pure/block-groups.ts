/**
 * The page's other blocks, grouped by kind for the editor's side panel: reader comments first (what a
 * teacher most often pulls in), navigation last (almost never). A real page keeps 50–100 such blocks,
 * most of them menus; grouped and folded they no longer bury the one comment worth teaching with.
 */
import type { ArticleBlock, BlockPart } from '../../../../electron/shared/contract.js';

export const PART_ORDER: readonly BlockPart[] = ['comment', 'banner', 'consent', 'related', 'other', 'navigation', 'article'];

export const PART_GROUP_NAMES: Record<BlockPart, string> = {
  comment: 'Reader comments',
  banner: 'Banners',
  consent: 'Consent text',
  related: 'Related links',
  other: 'Other blocks',
  navigation: 'Navigation',
  article: 'Article blocks',
};

export interface BlockGroup {
  part: BlockPart;
  name: string;
  blocks: ArticleBlock[];
  included: number;
  /** Shown unfolded: a group with a block in the lesson (folded groups keep a long page's passages in reach). */
  open: boolean;
}

export function groupBlocks(blocks: readonly ArticleBlock[]): BlockGroup[] {
  return PART_ORDER.map((part) => {
    const list = blocks.filter((b) => b.part === part).sort((a, b) => a.position - b.position);
    const included = list.filter((b) => b.included).length;
    return { part, name: PART_GROUP_NAMES[part], blocks: list, included, open: included > 0 };
  }).filter((g) => g.blocks.length > 0);
}
