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
import type { Block } from './blocks.js';
import { plainTextBlocks } from './blocks.js';
import { findQuoteSpans } from './quote-spans.js';

export interface Segment {
  paragraph: number;
  text: string;
  heading: boolean;
  hint?: 'site' | 'comment';
}

/** Quotations longer than this do not hold sentences together: a stray pair of marks must not glue a page. */
const MAX_PROTECTED = 1500;

/** Titles before a name: a period after them never ends a sentence. */
const TITLES = new Set(
  (
    'mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr brig gov sen rep rev fr msgr st mt ' +
    'hon pres supt insp det atty messrs mme mlle sra srta dra'
  ).split(' '),
);

/** Abbreviations that can end a sentence as well as sit inside one. */
const MAYBE_FINAL = new Set(
  (
    'jr sr inc ltd co corp plc llc dept univ assn bros etc al vs approx est no nos fig vol ed eds op cit ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ave blvd rd hwy ft mi km kg lb oz min max govt intl natl dist div ch art sec para pp ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

/** Words that usually start a sentence: after an ambiguous abbreviation they tip the balance to a split. */
const SENTENCE_STARTERS = new Set(
  (
    'the a an this that these those he she it they we i you his her its their our my there here but and ' +
    'so yet or however meanwhile in on at after before when while if as since although though because ' +
    'for with by from some many most all no one two three what who why how where'
  ).split(' '),
);

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isLowercaseAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return /\p{Ll}/u.test(text[i]!);
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return /\p{L}/u.test(text[i]!);
}

/** Characters that may follow the final mark and still belong to the sentence. */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb;
}

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Decide whether a single period at `dot` ends the sentence, given the next word starting at `next`.
 * Looks back at most 16 characters, so the cost per candidate is constant.
 */
function periodEndsSentence(text: string, dot: number, next: number, from: number): boolean {
  let w = dot;
  const limit = Math.max(from, dot - 16);
  while (w > limit && (isAsciiLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 46)) w--;
  if (w === dot) return true; // "in 2019." or "…%." — a number or symbol ends the sentence
  if (w > from && isLetterAt(text, w - 1)) return true; // a long or non-ASCII word: not an abbreviation
  const word = text.slice(w, dot);
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  const initialism = word.includes('.');
  const initial = word.length === 1 && word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90;
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
      if (t === 0x2026 || (t === 46 && k > runStart && text.charCodeAt(k - 1) === 46)) ellipsis = true;
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
    if (isLowercaseAt(text, next) || nc === 44 || nc === 59 || nc === 58 || nc === 41) continue;
    if (ellipsis) {
      if (runStart > 0 && isSpaceCode(text.charCodeAt(runStart - 1))) continue; // " … " marks omitted words
    } else if (c === 46 && runLength === 1 && !periodEndsSentence(text, runStart, next, sentenceStart)) continue;
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
