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
import type { Cue } from '../../shared/domain.js';
import type { AnalyzedPassage } from './passage.js';

/** Bits of PageSignals.flags. */
export const PS_SECOND_PERSON = 1;
export const PS_FIRST_PERSON = 2;
export const PS_EXCLAMATION = 4;
export const PS_NO_VERB_FRAGMENT = 8;
export const PS_ATTRIBUTED = 16;

/** Markup hints (Block.hint) as numbers. */
export const HINT_NONE = 0;
export const HINT_SITE = 1;
export const HINT_COMMENT = 2;

/**
 * What the page-level pass needs to know about each passage beyond its label, one typed-array column per
 * signal (row i is passage i): pages can be huge, and an object per passage was a measurable share of the
 * analyzer's allocation and GC time. The informal example is kept as a character range in the passage's
 * text and only cut out for the few passages flagged as reader comments.
 */
export class PageSignals {
  informal = new Float64Array(0);
  flags = new Uint8Array(0);
  wordCount = new Int32Array(0);
  straightMarks = new Int32Array(0);
  curlyMarks = new Int32Array(0);
  /** [informalStart, informalEnd): the words that fired the informal feature, or -1 */
  informalStart = new Int32Array(0);
  informalEnd = new Int32Array(0);
  hint = new Uint8Array(0);

  /** Room for n passages: grows by doubling and keeps the rows already written. */
  ensure(n: number): void {
    if (this.flags.length >= n) return;
    const cap = Math.max(n, 2 * this.flags.length, 64);
    this.informal = grown(this.informal, new Float64Array(cap));
    this.flags = grown(this.flags, new Uint8Array(cap));
    this.wordCount = grown(this.wordCount, new Int32Array(cap));
    this.straightMarks = grown(this.straightMarks, new Int32Array(cap));
    this.curlyMarks = grown(this.curlyMarks, new Int32Array(cap));
    this.informalStart = grown(this.informalStart, new Int32Array(cap));
    this.informalEnd = grown(this.informalEnd, new Int32Array(cap));
    this.hint = grown(this.hint, new Uint8Array(cap));
  }
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from as ArrayLike<number>);
  return to;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

/** Positions of the marks of one style (apostrophes between letters, double quote marks): the cue ranges. */
function markPositions(text: string, straight: boolean): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (straight ? c === 34 : c === 0x201c || c === 0x201d) at.push(i);
    else if (
      c === (straight ? 39 : 0x2019) &&
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

/** The reasons of one flagged passage, in the order they were found. */
function readerReasons(bits: number, g: PageSignals, i: number, text: string, style: string): string[] {
  const reasons: string[] = [];
  if (bits & R_BREAK)
    reasons.push(
      `its ${style === 'curly' ? 'straight' : 'curly'} apostrophes or quote marks break with the ${style} ones used on the rest of the page`,
    );
  if (bits & R_INFORMAL) {
    const a = g.informalStart[i]!;
    reasons.push(`informal writing (“${a < 0 ? '' : text.slice(a, g.informalEnd[i]!)}”)`);
  }
  if (bits & R_YOU) reasons.push('it addresses “you”');
  if (bits & R_OPINION) reasons.push('it is unattributed opinion');
  if (bits & R_MARKUP) reasons.push('the page’s markup marks it as a comment');
  if (bits & R_PARAGRAPH) reasons.push('it shares a paragraph with a reader comment');
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
    if (p.role !== 'body' || p.label !== 'commentary' || (g.flags[i]! & PS_ATTRIBUTED) !== 0) return false;
  }
  return true;
}

/**
 * The page pass over passages in page order, with their signals in row i of `g`. Edits the passages in
 * place. Linear in the number of passages; no object per passage except for the ones it flags.
 */
export function applyPageContext(passages: AnalyzedPassage[], g: PageSignals): void {
  const n = passages.length;
  // ── site furniture: markup hints, then short fragments in the same block as site text
  for (let i = 0; i < n; i++) {
    const p = passages[i]!;
    if (g.hint[i] === HINT_SITE && p.label !== 'not_article')
      markSite(p, 'the page’s markup places it in a navigation, banner, share or footer area');
    if (p.label === 'not_article') {
      p.role = 'site';
      p.fromOutlet = false;
    }
  }
  for (let i = 0; i < n; i++) {
    const p = passages[i]!;
    if (p.label === 'not_article' || g.wordCount[i]! > 3 || (g.flags[i]! & PS_NO_VERB_FRAGMENT) === 0) continue;
    if (besideSite(passages, i - 1, p.paragraph) || besideSite(passages, i + 1, p.paragraph))
      markSite(p, 'a short interface label in the same block as site text');
  }

  // ── typography: the page's style, from all passages that are not site text
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < n; i++) {
    if (passages[i]!.label === 'not_article') continue;
    curly += g.curlyMarks[i]!;
    straight += g.straightMarks[i]!;
  }
  const style =
    curly >= MIN_MARKS && curly >= DOMINANCE * straight
      ? 'curly'
      : straight >= MIN_MARKS && straight >= DOMINANCE * curly
        ? 'straight'
        : 'mixed';

  // ── reader comments: score each body passage, then spread within paragraphs and to adjacent opinion
  // the page's voice: on an opinion page, first and second person, exclamations and unattributed
  // opinion are the outlet's own style and say nothing about who wrote a passage
  let body = 0;
  let opinion = 0;
  for (let i = 0; i < n; i++) {
    const p = passages[i]!;
    if (p.label === 'not_article' || p.role === 'headline') continue;
    body++;
    if (p.label === 'commentary') opinion++;
  }
  const opinionPage = body > 0 && opinion / body >= OPINION_PAGE_SHARE;

  const flagged = new Uint8Array(n);
  const breaks = new Uint8Array(n);
  // the reasons as bits; the sentences are written only for the passages that end up flagged
  const why = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = passages[i]!;
    if (p.label === 'not_article' || p.role === 'headline') continue;
    const flags = g.flags[i]!;
    let score = 0;
    let bits = 0;
    const breaksHere =
      style === 'curly'
        ? g.straightMarks[i]! > g.curlyMarks[i]!
        : style === 'straight'
          ? g.curlyMarks[i]! > g.straightMarks[i]!
          : false;
    if (breaksHere) {
      breaks[i] = 1;
      score += 2;
      bits |= R_BREAK;
    }
    const informal = g.informal[i]!;
    if (informal > 0) {
      score += Math.min(informal, 2);
      bits |= R_INFORMAL;
    }
    if (!opinionPage) {
      if (flags & PS_SECOND_PERSON) {
        score += 1;
        bits |= R_YOU;
      }
      if (flags & PS_EXCLAMATION) score += 0.5;
      if (flags & PS_FIRST_PERSON) score += 0.5;
      if (p.label === 'commentary') {
        score += 0.8;
        bits |= R_OPINION;
      }
    }
    if (g.hint[i] === HINT_COMMENT) {
      score += 3;
      bits |= R_MARKUP;
    }
    why[i] = bits;
    if (score >= READER_THRESHOLD) flagged[i] = 1;
  }
  // paragraphs in page order as ranges [starts[k], starts[k + 1]) of passages (passages come in page order)
  const starts = new Int32Array(n + 1);
  let paragraphs = 0;
  for (let i = 0; i < n; i++) if (i === 0 || passages[i]!.paragraph !== passages[i - 1]!.paragraph) starts[paragraphs++] = i;
  starts[paragraphs] = n;
  // the rest of a flagged paragraph, when it shares a signal
  for (let k = 0; k < paragraphs; k++) {
    const from = starts[k]!;
    const to = starts[k + 1]!;
    let any = false;
    for (let i = from; i < to && !any; i++) if (flagged[i]) any = true;
    if (!any) continue;
    for (let i = from; i < to; i++) {
      const p = passages[i]!;
      if (flagged[i] || p.label === 'not_article' || p.role === 'headline') continue;
      if (breaks[i] || p.label === 'commentary' || g.informal[i]! > 0) {
        flagged[i] = 1;
        why[i]! |= R_PARAGRAPH;
      }
    }
  }
  // adjacent paragraphs made only of unattributed opinion: the same comment continues (both directions)
  for (let pass = 0; pass < 2; pass++) {
    for (let step = 1; step < paragraphs; step++) {
      const k = pass === 0 ? step : paragraphs - 1 - step;
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
  for (let i = 0; i < n; i++) {
    if (!flagged[i]) continue;
    const p = passages[i]!;
    markReader(p, readerReasons(why[i]!, g, i, p.text, style), breaks[i] ? markPositions(p.text, style === 'curly') : []);
  }
}
