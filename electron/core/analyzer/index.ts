/**
 * The cue analyzer: reads any article and proposes, for every passage, a label, a subtype, a confidence
 * and the cues that justify them. Plain Node, no Electron; used by the app and by `sourcewise analyze/eval`.
 * The pipeline is in pipeline.ts.
 */
import { plainTextBlocks } from './blocks.js';
import { evidenceInContext, type SentenceInPage } from './context.js';
import { analyzeEvidence } from './detect.js';
import { articleBlocksOfHtml } from '../reader/index.js';
import type { Block } from './blocks.js';
import { markdownBlocks } from './markdown-blocks.js';
import type { AnalyzedPassage } from './passage.js';
import { analyzeBlocks, buildPassage } from './pipeline.js';

export type { AnalyzedPassage } from './passage.js';
export type { SentenceInPage } from './context.js';
export { segmentText } from './segmenter.js';

export type DocumentKind = 'text' | 'markdown' | 'html';

/** Plain text: a blank line separates paragraphs; a short one-line paragraph without a final stop is a headline. */
export function analyzeText(text: string): { passages: AnalyzedPassage[] } {
  return analyzeBlocks(plainTextBlocks(text));
}

export function analyzeDocument(input: { kind: DocumentKind; content: string }): { passages: AnalyzedPassage[] } {
  switch (input.kind) {
    case 'text':
      return analyzeText(input.content);
    case 'markdown':
      return analyzeBlocks(markdownBlocks(input.content));
    case 'html':
      // the article as Readability reads it (reader/), not the page's furniture
      return analyzeBlocks(articleBlocksOfHtml(input.content));
  }
}

/** One passage with no page context (used by eval): no typography statistic, no neighbours. */
export function classifyPassage(text: string): AnalyzedPassage {
  const t = text.replace(/\s+/g, ' ').trim();
  return buildPassage(analyzeEvidence(t), 0, 0, false, false);
}

/**
 * Sentences of one text in order, each labelled with its neighbours in view (quotations carried over,
 * the neighbours' attribution) but without the page pass (used by eval --context and the weight fit).
 */
export function classifyInContext(sentences: readonly SentenceInPage[]): AnalyzedPassage[] {
  const clean = sentences.map((s) => ({ text: s.text.replace(/\s+/g, ' ').trim(), paragraph: s.paragraph }));
  return evidenceInContext(clean).map((ev, i) => buildPassage(ev, i, clean[i]!.paragraph, false, false));
}

/** Blocks a caller has already read (the teacher workspace's lesson blocks, with their markup hints). */
export function analyzeBlockList(blocks: readonly Block[]): { passages: AnalyzedPassage[] } {
  return analyzeBlocks(blocks);
}
