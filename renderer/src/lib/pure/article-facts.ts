/**
 * How an article in the library is described in one line: where it came from and how far its keying is,
 * in words. Pure, so the wording is tested.
 */
import type { ArticleSummary } from '../../../../electron/shared/contract.js';

export function articleOrigin(a: Pick<ArticleSummary, 'siteName' | 'byline' | 'published' | 'sourceName'>): string {
  const parts = [a.siteName, a.byline, a.published?.slice(0, 10)].filter((p): p is string => !!p && p.trim() !== '');
  parts.push(a.sourceName ? `from ${a.sourceName}` : 'pasted text');
  return parts.join(' · ');
}

export function keyingState(a: Pick<ArticleSummary, 'keyed' | 'passages' | 'lesson'>): string {
  const lesson = a.lesson;
  const keying = a.passages === 0 ? 'Not opened in the editor yet' : `${a.keyed} of ${a.passages} keyed`;
  if (!lesson) return keying;
  const state =
    lesson.state === 'published' ? `Published (version ${lesson.version})` : `Unpublished (version ${lesson.version})`;
  return lesson.changedSincePublish ? `${state} · changed since: ${keying}` : state;
}

export function otherBlocksLine(a: Pick<ArticleSummary, 'articleBlocks' | 'otherBlocks' | 'words'>): string {
  const other =
    a.otherBlocks === 0
      ? 'no other blocks'
      : `${a.otherBlocks} other ${a.otherBlocks === 1 ? 'block' : 'blocks'} of the page kept aside`;
  return `${a.words} words in ${a.articleBlocks} ${a.articleBlocks === 1 ? 'block' : 'blocks'}; ${other}`;
}

/** The credit line students see, proposed from what the page says ("Lifehacker · Alan Henry"). */
export function defaultCredit(a: Pick<ArticleSummary, 'siteName' | 'byline' | 'url'>): string {
  const who = [a.siteName, a.byline].filter((p): p is string => !!p && p.trim() !== '').map((p) => p.trim());
  return who.join(' · ');
}
