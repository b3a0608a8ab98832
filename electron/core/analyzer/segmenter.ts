/**
 * Sentence segmentation: the floor every analysis pays for.
 *
 * Why a hand-written scanner rather than a library (measured on this machine, seed page repeated to 2.6 MB):
 * - wink-nlp + wink-eng-lite-web-model (the best of the installed options) runs at ≈1.2 MB/s on news text
 *   and splits inside quotations that run over a sentence end (“Both sides need to show compromise. | Both
 *   sides…,” Kirby told CNN), after "Dept." and at an ellipsis inside a quote ("Wait. | .. no," she said).
 * - Intl.Segmenter is slower still (≈0.01 MB/s here) and splits after "Mr." and "U.S.".
 * - This scanner pairs quote marks first (quote-spans.ts) and then only looks at sentence-final marks,
 *   deciding each with a few local rules. Measured on the 4 MB generated benchmark corpus: 27–45 MB/s
 *   (tests/bench/analyzer.bench.ts), i.e. 20–40× wink; it passes the cases above
 *   (tests/unit/analyzer-segmentation.test.ts) and splits the seed page exactly as its hand-made key.
 *
 * Rules at a candidate end (. ! ? … followed by optional closing quotes/brackets, then whitespace):
 * - never inside a matched quotation (one that closes later in the same paragraph, up to MAX_PROTECTED chars);
 * - never before a lowercase letter (“Why?” he asked);
 * - after a title abbreviation (Mr., Dr., Gen., St.) never; after other abbreviations, initialisms and
 *   initials (Dept., Inc., U.S., F.) only when the next word usually starts a sentence (The, He, But…);
 * - an ellipsis with a space before it marks omitted words, not an end; one glued to a word may end a sentence.
 * Paragraph (block) boundaries always end a sentence; a heading is one line holding one sentence.
 */
import { Ch } from './chars.js';
import type { Block } from './blocks.js';
import { plainTextBlocks } from './blocks.js';
import { MAYBE_FINAL, SENTENCE_STARTERS, TITLES } from './lexicon/abbreviations.js';
import { findQuoteSpans } from './quote-spans.js';

export interface Segment {
  paragraph: number;
  text: string;
  heading: boolean;
  hint?: 'site' | 'comment';
}

/** Quotations longer than this do not hold sentences together: a stray pair of marks must not glue a page. */
const MAX_PROTECTED = 1500;

function isSpaceCode(c: number): boolean {
  return (
    c === Ch.Space ||
    c === Ch.LineFeed ||
    c === Ch.Tab ||
    c === Ch.CarriageReturn ||
    c === Ch.NoBreakSpace ||
    (c >= Ch.GeneralPunctuationFirst && c <= Ch.ZeroWidthSpace)
  );
}

function isAsciiLetter(c: number): boolean {
  return (c >= Ch.LowerA && c <= Ch.LowerZ) || (c >= Ch.UpperA && c <= Ch.UpperZ);
}

function isLowercaseAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < Ch.NonAscii) return c >= Ch.LowerA && c <= Ch.LowerZ;
  return /\p{Ll}/u.test(text[i]!);
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < Ch.NonAscii) return isAsciiLetter(c);
  return /\p{L}/u.test(text[i]!);
}

/** Characters that may follow the final mark and still belong to the sentence. */
function isCloser(c: number): boolean {
  return (
    c === Ch.RightDoubleQuote ||
    c === Ch.RightSingleQuote ||
    c === Ch.DoubleQuote ||
    c === Ch.Apostrophe ||
    c === Ch.CloseParen ||
    c === Ch.CloseBracket ||
    c === Ch.RightGuillemet
  );
}

function isTerminal(c: number): boolean {
  return c === Ch.Period || c === Ch.Exclamation || c === Ch.Question || c === Ch.Ellipsis;
}

/**
 * Decide whether a single period at `dot` ends the sentence, given the next word starting at `next`.
 * Looks back at most 16 characters, so the cost per candidate is constant.
 */
function periodEndsSentence(text: string, dot: number, next: number, from: number): boolean {
  let w = dot;
  const limit = Math.max(from, dot - 16);
  while (w > limit && (isAsciiLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === Ch.Period)) w--;
  if (w === dot) return true; // "in 2019." or "…%." — a number or symbol ends the sentence
  if (w > from && isLetterAt(text, w - 1)) return true; // a long or non-ASCII word: not an abbreviation
  const word = text.slice(w, dot);
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  const initialism = word.includes('.');
  const initial = word.length === 1 && word.charCodeAt(0) >= Ch.UpperA && word.charCodeAt(0) <= Ch.UpperZ;
  if (!initialism && !initial && !MAYBE_FINAL.has(lower)) return true;
  // ambiguous: look at the next word
  let e = next;
  while (e < text.length && e - next < 16 && isAsciiLetter(text.charCodeAt(e))) e++;
  return SENTENCE_STARTERS.has(text.slice(next, e).toLowerCase());
}

/** Split one block's text into sentences, pushing trimmed non-empty pieces onto `out`. */
export function splitSentences(text: string, out: string[]): void {
  const n = text.length;
  const spans = findQuoteSpans(text);
  // Merge quotations into protected intervals (open, close], visited in order as the scan advances.
  const protectedStart: number[] = [];
  const protectedEnd: number[] = [];
  for (const s of spans) {
    if (s.close - s.open > MAX_PROTECTED) continue;
    const last = protectedEnd.length - 1;
    if (last >= 0 && s.open < protectedEnd[last]!) {
      if (s.close > protectedEnd[last]!) protectedEnd[last] = s.close;
    } else {
      protectedStart.push(s.open);
      protectedEnd.push(s.close);
    }
  }
  let p = 0;
  let sentenceStart = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    const runStart = i;
    i++;
    while (i < n && isTerminal(text.charCodeAt(i))) i++;
    const runLength = i - runStart;
    // "…", "..." or "?.." — an ellipsis, which ends a sentence only when glued to the word before it
    let ellipsis = false;
    for (let k = runStart; k < i; k++) {
      const t = text.charCodeAt(k);
      if (t === Ch.Ellipsis || (t === Ch.Period && k > runStart && text.charCodeAt(k - 1) === Ch.Period)) ellipsis = true;
    }
    while (i < n && isCloser(text.charCodeAt(i))) i++;
    const boundary = i;
    if (boundary >= n || !isSpaceCode(text.charCodeAt(boundary))) continue;
    let next = boundary + 1;
    while (next < n && isSpaceCode(text.charCodeAt(next))) next++;
    if (next >= n) break;
    // inside a quotation that closes later?
    while (p < protectedEnd.length && protectedEnd[p]! < boundary) p++;
    if (p < protectedStart.length && protectedStart[p]! < boundary && boundary <= protectedEnd[p]!) continue;
    const nc = text.charCodeAt(next);
    if (isLowercaseAt(text, next) || nc === Ch.Comma || nc === Ch.Semicolon || nc === Ch.Colon || nc === Ch.CloseParen) continue;
    if (ellipsis) {
      if (runStart > 0 && isSpaceCode(text.charCodeAt(runStart - 1))) continue; // " … " marks omitted words
    } else if (c === Ch.Period && runLength === 1 && !periodEndsSentence(text, runStart, next, sentenceStart)) continue;
    const piece = text.slice(sentenceStart, boundary).trim();
    if (piece.length > 0) out.push(piece);
    sentenceStart = next;
    i = next;
  }
  const last = text.slice(sentenceStart).trim();
  if (last.length > 0) out.push(last);
}

/** Split blocks into sentence segments; headings stay whole. Paragraph numbers count blocks from 0. */
export function segmentBlocks(blocks: readonly Block[]): Segment[] {
  const segments: Segment[] = [];
  const pieces: string[] = [];
  blocks.forEach((block, paragraph) => {
    const hint = block.hint;
    pieces.length = 0;
    splitSentences(block.text, pieces);
    // A "heading" that holds a sentence end ("…Terms of Use. Close") is a short paragraph, not a headline.
    const heading = block.heading && pieces.length === 1;
    for (const text of pieces) segments.push(hint ? { paragraph, text, heading, hint } : { paragraph, text, heading });
  });
  return segments;
}

/** Plain text (a blank line separates paragraphs) into sentences: the floor the benchmark compares with. */
export function segmentText(text: string): Array<{ paragraph: number; text: string; heading: boolean }> {
  // plain text carries no hints, so the segments already have exactly these three fields
  return segmentBlocks(plainTextBlocks(text));
}
