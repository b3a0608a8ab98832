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
import { analyzeEvidence, exampleOf, F, type PassageEvidence } from './cues.js';
import { explain } from './explain.js';
import { htmlBlocks } from './html-blocks.js';
import { markdownBlocks } from './markdown-blocks.js';
import { applyPageContext, type Draft, type PageSignals } from './page.js';
import type { AnalyzedPassage } from './passage.js';
import { scoreFeatures, subtypeFor } from './scoring.js';
import { segmentBlocks } from './segmenter.js';

export type { AnalyzedPassage } from './passage.js';
export { segmentText } from './segmenter.js';

export type DocumentKind = 'text' | 'markdown' | 'html';

function buildPassage(text: string, index: number, paragraph: number, heading: boolean, onPage: boolean): { passage: AnalyzedPassage; ev: PassageEvidence } {
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
    explanation: explain(label, subtype, scored.decisive, ev),
  };
  const p = ev.primary;
  if (label === 'quoted' && p) {
    if (p.sourceStart !== undefined && p.sourceEnd !== undefined)
      passage.source = { start: p.sourceStart, end: p.sourceEnd, text: text.slice(p.sourceStart, p.sourceEnd), kind: p.sourceKind };
    if (p.type !== 'hedge' && p.type !== 'passive')
      passage.cueVerb = { start: p.cueStart, end: p.cueEnd, text: text.slice(p.cueStart, p.cueEnd), loaded: p.type === 'loaded' };
  }
  return { passage, ev };
}

function pageSignals(ev: PassageEvidence): PageSignals {
  const f = ev.features;
  const g: PageSignals = {
    informal: f[F.informal]!,
    secondPerson: f[F.second_person]! > 0,
    firstPerson: f[F.first_person]! > 0,
    exclamation: f[F.exclamation]! > 0,
    noVerbFragment: f[F.no_verb_fragment]! > 0,
    wordCount: ev.wordCount,
    attributed: ev.primary !== undefined,
    straightMarks: ev.straightMarks,
    curlyMarks: ev.curlyMarks,
  };
  if (g.informal > 0) {
    const e = exampleOf(ev, 'informal');
    if (e !== undefined) g.informalExample = e;
  }
  return g;
}

function analyzeBlocks(blocks: readonly Block[]): { passages: AnalyzedPassage[] } {
  const segments = segmentBlocks(blocks);
  const drafts: Draft[] = new Array<Draft>(segments.length);
  const passages: AnalyzedPassage[] = new Array<AnalyzedPassage>(segments.length);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const { passage, ev } = buildPassage(seg.text, i, seg.paragraph, seg.heading, true);
    const signals = pageSignals(ev);
    drafts[i] = seg.hint ? { passage, signals, hint: seg.hint } : { passage, signals };
    passages[i] = passage;
  }
  // the page pass edits the passage objects in place
  applyPageContext(drafts);
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
      return analyzeBlocks(htmlBlocks(input.content));
  }
}

/** One passage with no page context (used by eval): no typography statistic, no neighbours. */
export function classifyPassage(text: string): AnalyzedPassage {
  const t = text.replace(/\s+/g, ' ').trim();
  return buildPassage(t, 0, 0, false, false).passage;
}
