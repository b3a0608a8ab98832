/**
 * Page-level reading: what no single sentence can show. Finds the passages the outlet probably did not
 * write — site furniture and reader comments mixed into the text — from evidence across the page:
 *
 * - typography: the page's own style of apostrophes and quote marks (curly or straight) is a statistic
 *   over all its passages; a passage set in the other style breaks with the page (a reader typed it);
 * - reader-comment signals: informal punctuation and words, second person, exclamation, unattributed
 *   opinion, and markup that says "comment";
 * - neighbourhood: the other sentences of a flagged paragraph, and adjacent paragraphs of unattributed
 *   opinion, belong to the same intruding text; short fragments beside site text are site text too.
 */
import { Ch } from './chars.js';
import type { Cue } from '../../shared/domain.js';
import type { AnalyzedPassage } from './passage.js';

/** What the page pass needs to know about one passage beyond its label. */
export interface PassageSignals {
  /** how much informal writing the passage holds (the informal feature) */
  informal: number;
  secondPerson: boolean;
  firstPerson: boolean;
  exclamation: boolean;
  noVerbFragment: boolean;
  /** the passage names a source or an attribution cue */
  attributed: boolean;
  wordCount: number;
  straightMarks: number;
  curlyMarks: number;
  /** [informalStart, informalEnd): the words that fired the informal feature, or -1 */
  informalStart: number;
  informalEnd: number;
  /** what the markup says about the block */
  hint: 'site' | 'comment' | 'none';
  /** some of its words are someone else's: in quote marks */
  relayed: boolean;
  /** "I", "me", "my" outside quotes (not the plural "we") */
  firstSingular: boolean;
  question: boolean;
  /** a sweeping subject ("Nobody", "People who…", "Voters") */
  generic: boolean;
  obligation: boolean;
  /** judgement, evaluative and stance words in the outlet's voice */
  judgement: number;
  /** nothing a reader could check: no number, date, name, event or source */
  unanchored: boolean;
}

/** The signals of a page's passages, row i for passage i, in page order. */
export class PageSignals {
  private readonly rows: PassageSignals[] = [];

  push(row: PassageSignals): void {
    this.rows.push(row);
  }

  at(i: number): PassageSignals {
    return this.rows[i]!;
  }
}

function isLetter(c: number): boolean {
  return (
    (c >= Ch.LowerA && c <= Ch.LowerZ) ||
    (c >= Ch.UpperA && c <= Ch.UpperZ) ||
    (c >= Ch.LatinLettersFirst && c <= Ch.LatinLettersLast)
  );
}

/** Positions of the marks of one style (apostrophes between letters, double quote marks): the cue ranges. */
function markPositions(text: string, straight: boolean): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (straight ? c === Ch.DoubleQuote : c === Ch.LeftDoubleQuote || c === Ch.RightDoubleQuote) at.push(i);
    else if (
      c === (straight ? Ch.Apostrophe : Ch.RightSingleQuote) &&
      i > 0 &&
      i + 1 < text.length &&
      isLetter(text.charCodeAt(i - 1)) &&
      isLetter(text.charCodeAt(i + 1))
    )
      at.push(i);
  }
  return at;
}

/** Minimum marks on the page before its style counts as established. */
const MIN_MARKS = 4;
/** The page's style must outnumber the other at least this many times. */
const DOMINANCE = 3;
const READER_THRESHOLD = 2.5;
/** A page where this share of body passages is commentary is an opinion piece. */
const OPINION_PAGE_SHARE = 0.4;

// Why a passage reads as a reader's comment, as bits in the order the reasons are found (and printed).
const R_BREAK = 1;
const R_INFORMAL = 2;
const R_YOU = 4;
const R_OPINION = 8;
const R_MARKUP = 16;
const R_PARAGRAPH = 32;
const R_NEIGHBOUR = 64;
const R_OPINION_PARAGRAPH = 128;

/** The reasons of one flagged passage, in the order they were found. */
function readerReasons(bits: number, g: PageSignals, i: number, text: string, style: string): string[] {
  const reasons: string[] = [];
  if (bits & R_BREAK)
    reasons.push(
      `its ${style === 'curly' ? 'straight' : 'curly'} apostrophes or quote marks break with the ${style} ones used on the rest of the page`,
    );
  if (bits & R_INFORMAL) {
    const a = g.at(i).informalStart;
    reasons.push(`informal writing (“${a < 0 ? '' : text.slice(a, g.at(i).informalEnd)}”)`);
  }
  if (bits & R_YOU) reasons.push('it addresses “you”');
  if (bits & R_OPINION) reasons.push('it is unattributed opinion');
  if (bits & R_MARKUP) reasons.push('the page’s markup marks it as a comment');
  if (bits & R_PARAGRAPH) reasons.push('it shares a paragraph with a reader comment');
  if (bits & R_OPINION_PARAGRAPH)
    reasons.push('it is a paragraph of unattributed opinion between the paragraphs of a page that otherwise reports');
  if (bits & R_NEIGHBOUR)
    reasons.push('it is unattributed opinion next to a reader comment, with nothing marking it as the outlet’s');
  return reasons;
}

function markReader(p: AnalyzedPassage, reasons: string[], breakAt: number[]): void {
  p.label = 'commentary';
  p.subtype = 'reader_comment';
  p.fromOutlet = false;
  p.role = 'body';
  delete p.source;
  delete p.cueVerb;
  const extra: Cue[] = breakAt.map((i) => ({ start: i, end: i + 1, kind: 'typographic_break' }));
  if (extra.length > 0) p.cues = [...p.cues, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
  const list =
    reasons.length > 1
      ? `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]!}`
      : (reasons[0] ?? 'it reads as a reader’s opinion');
  p.explanation = `Commentary (reader comment), probably not written by the outlet: ${list}.`;
  p.confidence = Math.max(0.5, Math.min(0.95, p.confidence));
}

function markSite(p: AnalyzedPassage, why: string): void {
  p.label = 'not_article';
  p.subtype = 'site_text';
  p.role = 'site';
  p.fromOutlet = false;
  delete p.source;
  delete p.cueVerb;
  p.explanation = `Not part of the article (site text): ${why}.`;
}

/** Short interface fragments next to site text in the same block are site text too. */
function besideSite(passages: readonly AnalyzedPassage[], o: number, paragraph: number): boolean {
  if (o < 0 || o >= passages.length) return false;
  const p = passages[o]!;
  return p.paragraph === paragraph && p.label === 'not_article';
}

/** Every passage of paragraph range [from, to) is flagged. */
function allFlagged(flagged: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!flagged[i]) return false;
  return true;
}

/** Every passage of [from, to) is unattributed opinion in the body. */
function opinionOnly(passages: readonly AnalyzedPassage[], g: PageSignals, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const p = passages[i]!;
    if (p.role !== 'body' || p.label !== 'commentary' || g.at(i).attributed) return false;
  }
  return true;
}

type Typography = 'curly' | 'straight' | 'mixed';

/** Which passages read as a reader's comment so far, and why (bits R_*; sentences are written at the end). */
interface ReaderFlags {
  flagged: Uint8Array;
  breaks: Uint8Array;
  why: Uint16Array;
}

/**
 * The paragraph-level reader-comment score: what sets a comment apart from the outlet's paragraphs when
 * no single sentence gives it away — a whole paragraph of unattributed opinion on a page that otherwise
 * reports, in the first person singular or addressing the reader, asking rhetorical questions, speaking
 * of people in general, telling others what should be done. The page's own share of opinion counts
 * against it (on an opinion page or an interview, such paragraphs are the outlet's). Weights set by hand
 * and checked on the spliced set (README: "Reader comments").
 */
export const PARAGRAPH_SCORE: ParagraphWeights = {
  opinionShare: 2,
  firstSingular: 0.75,
  secondPerson: 0.75,
  question: 0.5,
  generic: 0.5,
  informal: 0.75,
  exclamation: 0.5,
  obligation: 0.5,
  /** per judgement word, at most two */
  judgement: 0.25,
  /** × the share of its sentences with nothing checkable × the share of the page's other passages with something checkable */
  unanchored: 1.5,
  /** × the share of opinion among the page's other body passages */
  pageOpinion: 6,
  /** a page of questions and answers (an interview): its unmarked opinion is the interviewee's */
  interview: 2,
  threshold: 2,
};

export interface ParagraphWeights {
  opinionShare: number;
  firstSingular: number;
  secondPerson: number;
  question: number;
  generic: number;
  informal: number;
  exclamation: number;
  obligation: number;
  judgement: number;
  unanchored: number;
  pageOpinion: number;
  interview: number;
  threshold: number;
}

export interface ParagraphScore {
  from: number;
  to: number;
  score: number;
  /** share of its passages that are commentary */
  opinion: number;
}

/**
 * The page pass over passages in page order, with their signals in row i of `g`. Edits the passages in
 * place. Linear in the number of passages.
 */
export function applyPageContext(passages: AnalyzedPassage[], g: PageSignals, w: ParagraphWeights = PARAGRAPH_SCORE): void {
  markSiteText(passages, g);
  const style = pageTypography(passages, g);
  const paragraphs = paragraphRanges(passages);
  const voice = pageVoice(passages, g, paragraphs);
  const flags = scoreReaderComments(passages, g, style, voice.interview);
  flagOpinionParagraphs(passages, g, flags, paragraphs, voice, w);
  spreadWithinParagraphs(passages, g, flags, paragraphs);
  spreadToAdjacentOpinion(passages, g, flags, paragraphs);
  for (let i = 0; i < passages.length; i++) {
    if (!flags.flagged[i]) continue;
    const p = passages[i]!;
    markReader(
      p,
      readerReasons(flags.why[i]!, g, i, p.text, style),
      flags.breaks[i] ? markPositions(p.text, style === 'curly') : [],
    );
  }
}

/** Site furniture: markup hints, then short fragments in the same block as site text. */
function markSiteText(passages: AnalyzedPassage[], g: PageSignals): void {
  const n = passages.length;
  for (let i = 0; i < n; i++) {
    const p = passages[i]!;
    if (g.at(i).hint === 'site' && p.label !== 'not_article')
      markSite(p, 'the page’s markup places it in a navigation, banner, share or footer area');
    if (p.label === 'not_article') {
      p.role = 'site';
      p.fromOutlet = false;
    }
  }
  for (let i = 0; i < n; i++) {
    const p = passages[i]!;
    if (p.label === 'not_article' || g.at(i).wordCount > 3 || !g.at(i).noVerbFragment) continue;
    if (besideSite(passages, i - 1, p.paragraph) || besideSite(passages, i + 1, p.paragraph))
      markSite(p, 'a short interface label in the same block as site text');
  }
}

/** The page's typographic style, from all passages that are not site text. */
function pageTypography(passages: readonly AnalyzedPassage[], g: PageSignals): Typography {
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < passages.length; i++) {
    if (passages[i]!.label === 'not_article') continue;
    curly += g.at(i).curlyMarks;
    straight += g.at(i).straightMarks;
  }
  if (curly >= MIN_MARKS && curly >= DOMINANCE * straight) return 'curly';
  if (straight >= MIN_MARKS && straight >= DOMINANCE * curly) return 'straight';
  return 'mixed';
}

/**
 * The page's voice: on an opinion page, first and second person, exclamations and unattributed opinion
 * are the outlet's own style and say nothing about who wrote a passage.
 */
function isOpinionPage(passages: readonly AnalyzedPassage[]): boolean {
  let body = 0;
  let opinion = 0;
  for (const p of passages) {
    if (p.label === 'not_article' || p.role === 'headline') continue;
    body++;
    if (p.label === 'commentary') opinion++;
  }
  return body > 0 && opinion / body >= OPINION_PAGE_SHARE;
}

/** Does passage i break with the page's typography (set in the other style)? */
function breaksTypography(s: PassageSignals, style: Typography): boolean {
  if (style === 'curly') return s.straightMarks > s.curlyMarks;
  if (style === 'straight') return s.curlyMarks > s.straightMarks;
  return false;
}

/** Score each body passage on the reader-comment signals; flag those at or above the threshold. */
function scoreReaderComments(
  passages: readonly AnalyzedPassage[],
  g: PageSignals,
  style: Typography,
  interview: boolean,
): ReaderFlags {
  const n = passages.length;
  const flags: ReaderFlags = { flagged: new Uint8Array(n), breaks: new Uint8Array(n), why: new Uint16Array(n) };
  // on an opinion page or an interview, "I", "you" and unmarked opinion are the page's own voice
  const opinionPage = interview || isOpinionPage(passages);
  for (let i = 0; i < n; i++) {
    const p = passages[i]!;
    if (p.label === 'not_article' || p.role === 'headline') continue;
    const signals = g.at(i);
    let score = 0;
    let bits = 0;
    if (breaksTypography(signals, style)) {
      flags.breaks[i] = 1;
      score += 2;
      bits |= R_BREAK;
    }
    if (signals.informal > 0) {
      score += Math.min(signals.informal, 2);
      bits |= R_INFORMAL;
    }
    if (!opinionPage) {
      if (signals.secondPerson) {
        score += 1;
        bits |= R_YOU;
      }
      if (signals.exclamation) score += 0.5;
      if (signals.firstPerson) score += 0.5;
      if (p.label === 'commentary') {
        score += 0.8;
        bits |= R_OPINION;
      }
    }
    if (signals.hint === 'comment') {
      score += 3;
      bits |= R_MARKUP;
    }
    flags.why[i] = bits;
    if (score >= READER_THRESHOLD) flags.flagged[i] = 1;
  }
  return flags;
}

/** Paragraphs in page order as ranges [starts[k], starts[k + 1]) of passages; `count` paragraphs. */
interface ParagraphRanges {
  starts: Int32Array;
  count: number;
}

function paragraphRanges(passages: readonly AnalyzedPassage[]): ParagraphRanges {
  const n = passages.length;
  const starts = new Int32Array(n + 1);
  let count = 0;
  for (let i = 0; i < n; i++) if (i === 0 || passages[i]!.paragraph !== passages[i - 1]!.paragraph) starts[count++] = i;
  starts[count] = n;
  return { starts, count };
}

/** A paragraph's reader-comment score (PARAGRAPH_SCORE), or undefined when it cannot be a comment. */
export function scoreParagraph(
  passages: readonly AnalyzedPassage[],
  g: PageSignals,
  from: number,
  to: number,
  page: PageVoice,
  w: ParagraphWeights = PARAGRAPH_SCORE,
): ParagraphScore | undefined {
  let opinion = 0;
  let unanchored = 0;
  let judgement = 0;
  const any = {
    firstSingular: false,
    secondPerson: false,
    question: false,
    generic: false,
    informal: false,
    exclamation: false,
    obligation: false,
  };
  for (let i = from; i < to; i++) {
    const p = passages[i]!;
    const s = g.at(i);
    // a headline, site text, or anything attributed or quoted is not a stranger's unmarked opinion
    if (p.role !== 'body' || p.label === 'not_article' || s.relayed) return undefined;
    if (p.label === 'commentary') opinion++;
    if (s.unanchored) unanchored++;
    judgement += s.judgement;
    any.firstSingular ||= s.firstSingular;
    any.secondPerson ||= s.secondPerson;
    any.question ||= s.question;
    any.generic ||= s.generic;
    any.informal ||= s.informal > 0;
    any.exclamation ||= s.exclamation;
    any.obligation ||= s.obligation;
  }
  const n = to - from;
  const otherBody = page.body - n;
  if (n === 0 || otherBody <= 0) return undefined;
  const pageShare = (page.opinion - opinion) / otherBody;
  const pageAnchored = 1 - (page.unanchored - unanchored) / otherBody;
  const score =
    w.opinionShare * (opinion / n) +
    (any.firstSingular ? w.firstSingular : 0) +
    (any.secondPerson ? w.secondPerson : 0) +
    (any.question ? w.question : 0) +
    (any.generic ? w.generic : 0) +
    (any.informal ? w.informal : 0) +
    (any.exclamation ? w.exclamation : 0) +
    (any.obligation ? w.obligation : 0) +
    w.judgement * Math.min(2, judgement) +
    w.unanchored * (unanchored / n) * pageAnchored -
    w.pageOpinion * pageShare -
    (page.interview ? w.interview : 0);
  return { from, to, score, opinion: opinion / n };
}

/** The page's own voice: body passages, how many are commentary, how many have nothing checkable, and
 *  whether it is a page of questions and answers. */
interface PageVoice {
  body: number;
  opinion: number;
  unanchored: number;
  interview: boolean;
}

/** Paragraphs that are one question each ("Why did you choose mathematics?"): two or more make an interview. */
const INTERVIEW_QUESTIONS = 2;

function pageVoice(passages: readonly AnalyzedPassage[], g: PageSignals, ranges: ParagraphRanges): PageVoice {
  let body = 0;
  let opinion = 0;
  let unanchored = 0;
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i]!;
    if (p.role !== 'body' || p.label === 'not_article') continue;
    body++;
    if (p.label === 'commentary') opinion++;
    if (g.at(i).unanchored) unanchored++;
  }
  let questions = 0;
  for (let k = 0; k < ranges.count; k++) {
    const from = ranges.starts[k]!;
    if (ranges.starts[k + 1]! - from === 1 && g.at(from).question && passages[from]!.role === 'body') questions++;
  }
  return { body, opinion, unanchored, interview: questions >= INTERVIEW_QUESTIONS };
}

/** Paragraphs of unattributed opinion that score at or above the threshold, with their passages. */
function flagOpinionParagraphs(
  passages: readonly AnalyzedPassage[],
  g: PageSignals,
  { flagged, why }: ReaderFlags,
  ranges: ParagraphRanges,
  page: PageVoice,
  w: ParagraphWeights,
): void {
  const { starts, count } = ranges;
  for (let k = 0; k < count; k++) {
    const s = scoreParagraph(passages, g, starts[k]!, starts[k + 1]!, page, w);
    if (!s || s.opinion < 0.5 || s.score < w.threshold) continue;
    for (let i = s.from; i < s.to; i++) {
      flagged[i] = 1;
      why[i]! |= R_OPINION_PARAGRAPH;
    }
  }
}

/** The rest of a flagged paragraph, when it shares a signal. */
function spreadWithinParagraphs(
  passages: readonly AnalyzedPassage[],
  g: PageSignals,
  flags: ReaderFlags,
  { starts, count }: ParagraphRanges,
): void {
  const { flagged, breaks, why } = flags;
  for (let k = 0; k < count; k++) {
    const from = starts[k]!;
    const to = starts[k + 1]!;
    let any = false;
    for (let i = from; i < to && !any; i++) if (flagged[i]) any = true;
    if (!any) continue;
    for (let i = from; i < to; i++) {
      const p = passages[i]!;
      if (flagged[i] || p.label === 'not_article' || p.role === 'headline') continue;
      if (breaks[i] || p.label === 'commentary' || g.at(i).informal > 0) {
        flagged[i] = 1;
        why[i]! |= R_PARAGRAPH;
      }
    }
  }
}

/** Adjacent paragraphs made only of unattributed opinion: the same comment continues (both directions). */
function spreadToAdjacentOpinion(
  passages: readonly AnalyzedPassage[],
  g: PageSignals,
  { flagged, why }: ReaderFlags,
  { starts, count }: ParagraphRanges,
): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let step = 1; step < count; step++) {
      const k = pass === 0 ? step : count - 1 - step;
      const other = pass === 0 ? k - 1 : k + 1;
      const from = starts[k]!;
      const to = starts[k + 1]!;
      if (
        allFlagged(flagged, from, to) ||
        !allFlagged(flagged, starts[other]!, starts[other + 1]!) ||
        !opinionOnly(passages, g, from, to)
      )
        continue;
      for (let i = from; i < to; i++) {
        flagged[i] = 1;
        why[i]! |= R_NEIGHBOUR;
      }
    }
  }
}
