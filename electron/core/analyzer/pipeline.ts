/**
 * The analyzer's pipeline, from text to passages:
 *
 *   blocks (blocks.ts, markdown-blocks.ts, html-blocks.ts: paragraphs, headings, markup hints)
 *   → sentences (segmenter.ts)
 *   → evidence per sentence (detect.ts: the sentence scan, then named detectors), in page order with the
 *     quotation state carried over and the neighbours' attribution added (context.ts)
 *   → scoring with the weight table (scoring.ts, resources/analyzer/weights.json)
 *   → explanation (explain.ts)
 *   → the page pass (page.ts: site furniture, reader comments, typography), which sees every passage.
 */
import type { Block } from './blocks.js';
import { evidenceInContext, type SentenceInPage } from './context.js';
import { F, type PassageEvidence } from './evidence.js';
import { explain } from './explain.js';
import { applyPageContext, PageSignals, PARAGRAPH_SCORE, type ParagraphWeights, type PassageSignals } from './page.js';
import type { AnalyzedPassage } from './passage.js';
import { scoreFeatures, subtypeFor } from './scoring.js';
import { splitSentences } from './segmenter.js';

/** One sentence's label, subtype, confidence, cues, source and explanation, before the page pass. */
export function buildPassage(
  ev: PassageEvidence,
  index: number,
  paragraph: number,
  heading: boolean,
  onPage: boolean,
): AnalyzedPassage {
  const text = ev.text;
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
    explanation: explain(label, subtype, scored.decisiveIndex, scored.decisiveIndex.length, ev),
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
  return passage;
}

/** What the page pass needs from one passage's evidence. */
function signalsOf(ev: PassageEvidence, hint: Block['hint']): PassageSignals {
  const f = ev.features;
  const informal = f[F.informal]!;
  const k = 2 * F.informal;
  return {
    informal,
    secondPerson: f[F.second_person]! > 0,
    firstPerson: f[F.first_person]! > 0,
    exclamation: f[F.exclamation]! > 0,
    noVerbFragment: f[F.no_verb_fragment]! > 0,
    attributed: ev.primary !== undefined,
    wordCount: ev.wordCount,
    straightMarks: ev.straightMarks,
    curlyMarks: ev.curlyMarks,
    // the informal example as a range; page.ts cuts the words out only for passages it flags
    informalStart: informal > 0 ? ev.examples[k]! : -1,
    informalEnd: informal > 0 ? ev.examples[k + 1]! : -1,
    hint: hint ?? 'none',
    // words in quote marks are someone else's (an attribution verb alone is not enough: readers write
    // "as they say" and "they are telling the government" too)
    relayed: f[F.quote_full]! > 0 || f[F.quote_partial]! > 0 || f[F.quote_carried]! > 0,
    firstSingular: f[F.first_person]! > f[F.first_plural]!,
    question: f[F.question]! > 0,
    generic: f[F.generic_subject]! > 0,
    obligation: f[F.obligation]! > 0,
    judgement: f[F.judgement]! + f[F.evaluative_strong]! + f[F.evaluative_mild]! + f[F.stance_adverb]!,
    unanchored: f[F.unanchored]! > 0,
  };
}

/** `paragraphWeights`: the page pass's paragraph score (page.ts); other values only for tuning it. */
export function analyzeBlocks(
  blocks: readonly Block[],
  paragraphWeights: ParagraphWeights = PARAGRAPH_SCORE,
): { passages: AnalyzedPassage[] } {
  const sentences: SentenceInPage[] = [];
  const headings: boolean[] = [];
  blocks.forEach((block, paragraph) => {
    const pieces: string[] = [];
    splitSentences(block.text, pieces);
    // A "heading" that holds a sentence end ("…Terms of Use. Close") is a short paragraph, not a headline.
    const heading = block.heading && pieces.length === 1;
    for (const text of pieces) {
      sentences.push({ text, paragraph });
      headings.push(heading);
    }
  });
  const evidence = evidenceInContext(sentences);
  const passages: AnalyzedPassage[] = [];
  const signals = new PageSignals();
  evidence.forEach((ev, i) => {
    const paragraph = sentences[i]!.paragraph;
    passages.push(buildPassage(ev, i, paragraph, headings[i]!, true));
    signals.push(signalsOf(ev, blocks[paragraph]!.hint));
  });
  // the page pass edits the passage objects in place
  applyPageContext(passages, signals, paragraphWeights);
  return { passages };
}
