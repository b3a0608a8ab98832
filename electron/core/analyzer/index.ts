/**
 * The cue analyzer: reads any article and proposes, for every passage, a label, a subtype, a confidence
 * and the cues that justify them. Plain Node, no Electron; used by the app and by `sourcewise analyze/eval`.
 *
 * Pipeline: input → blocks (plain text / Markdown / HTML) → sentences (segmenter.ts) → per passage:
 * cues and attribution (cues.ts, attribution.ts) → scoring table (scoring.ts) → explanation (explain.ts)
 * → page-level reading (page.ts: site furniture, reader comments, typography).
 */
import type { Block } from './blocks.js';
import { plainTextBlocks } from './blocks.js';
import { analyzeEvidence, F, type PassageEvidence } from './cues.js';
import { explain } from './explain.js';
import { articleBlocksOfHtml } from '../reader/index.js';
import { markdownBlocks } from './markdown-blocks.js';
import {
  applyPageContext,
  HINT_COMMENT,
  HINT_NONE,
  HINT_SITE,
  PageSignals,
  PS_ATTRIBUTED,
  PS_EXCLAMATION,
  PS_FIRST_PERSON,
  PS_NO_VERB_FRAGMENT,
  PS_SECOND_PERSON,
} from './page.js';
import type { AnalyzedPassage } from './passage.js';
import { scoreFeatures, subtypeFor } from './scoring.js';
import { splitSentences } from './segmenter.js';

export type { AnalyzedPassage } from './passage.js';
export { segmentText } from './segmenter.js';

export type DocumentKind = 'text' | 'markdown' | 'html';

/** The evidence of the last buildPassage() call (scratch, like the evidence itself: read it before the next call). */
let lastEvidence: PassageEvidence | undefined;

function buildPassage(text: string, index: number, paragraph: number, heading: boolean, onPage: boolean): AnalyzedPassage {
  const ev = analyzeEvidence(text);
  const scored = scoreFeatures(ev.features);
  const label = scored.label;
  const subtype = subtypeFor(label, ev, onPage);
  const passage: AnalyzedPassage = {
    index,
    paragraph,
    text,
    role: label === 'not_article' ? 'site' : heading ? 'headline' : 'body',
    label,
    subtype,
    confidence: scored.confidence,
    fromOutlet: label !== 'not_article' && subtype !== 'reader_comment',
    cues: ev.cues,
    explanation: explain(label, subtype, scored.decisiveIndex, scored.decisive.length, ev),
  };
  const p = ev.primary;
  if (label === 'quoted' && p) {
    if (p.sourceStart !== undefined && p.sourceEnd !== undefined)
      passage.source = {
        start: p.sourceStart,
        end: p.sourceEnd,
        text: text.slice(p.sourceStart, p.sourceEnd),
        kind: p.sourceKind,
      };
    if (p.type !== 'hedge' && p.type !== 'passive')
      passage.cueVerb = { start: p.cueStart, end: p.cueEnd, text: text.slice(p.cueStart, p.cueEnd), loaded: p.type === 'loaded' };
  }
  lastEvidence = ev;
  return passage;
}

/** Row i of the page signals: what the page pass needs from this passage's evidence. */
function recordSignals(g: PageSignals, i: number, ev: PassageEvidence, hint: Block['hint']): void {
  const f = ev.features;
  const informal = f[F.informal]!;
  g.informal[i] = informal;
  g.flags[i] =
    (f[F.second_person]! > 0 ? PS_SECOND_PERSON : 0) |
    (f[F.first_person]! > 0 ? PS_FIRST_PERSON : 0) |
    (f[F.exclamation]! > 0 ? PS_EXCLAMATION : 0) |
    (f[F.no_verb_fragment]! > 0 ? PS_NO_VERB_FRAGMENT : 0) |
    (ev.primary !== undefined ? PS_ATTRIBUTED : 0);
  g.wordCount[i] = ev.wordCount;
  g.straightMarks[i] = ev.straightMarks;
  g.curlyMarks[i] = ev.curlyMarks;
  // the informal example as a range; page.ts cuts the words out only for passages it flags
  const k = 2 * F.informal;
  g.informalStart[i] = informal > 0 ? ev.examples[k]! : -1;
  g.informalEnd[i] = informal > 0 ? ev.examples[k + 1]! : -1;
  g.hint[i] = hint === 'site' ? HINT_SITE : hint === 'comment' ? HINT_COMMENT : HINT_NONE;
}

/** Reused from page to page (grown on demand): the signals are read by applyPageContext before returning. */
const SIGNALS = new PageSignals();

/** Sentences of the current block (scratch). */
const pieces: string[] = [];

function analyzeBlocks(blocks: readonly Block[]): { passages: AnalyzedPassage[] } {
  const passages: AnalyzedPassage[] = [];
  const g = SIGNALS;
  // the same sentences as segmentBlocks() (segmenter.ts), analysed as they are split: no Segment objects
  for (let paragraph = 0; paragraph < blocks.length; paragraph++) {
    const block = blocks[paragraph]!;
    pieces.length = 0;
    splitSentences(block.text, pieces);
    // A "heading" that holds a sentence end ("…Terms of Use. Close") is a short paragraph, not a headline.
    const heading = block.heading && pieces.length === 1;
    for (let j = 0; j < pieces.length; j++) {
      const i = passages.length;
      const passage = buildPassage(pieces[j]!, i, paragraph, heading, true);
      g.ensure(i + 1);
      recordSignals(g, i, lastEvidence!, block.hint);
      passages.push(passage);
    }
  }
  lastEvidence = undefined;
  // the page pass edits the passage objects in place
  applyPageContext(passages, g);
  return { passages };
}

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
  return buildPassage(t, 0, 0, false, false);
}

/** Blocks a caller has already read (the teacher workspace's lesson blocks, with their markup hints). */
export function analyzeBlockList(blocks: readonly Block[]): { passages: AnalyzedPassage[] } {
  return analyzeBlocks(blocks);
}
