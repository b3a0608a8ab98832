/**
 * Word tokens of one passage, with what the cue detectors need to know about each: where it is, its
 * vocabulary id (looked up while scanning, see vocabulary.ts), whether it is capitalised, whether it sits
 * inside quote marks, and which punctuation separates it from the previous token.
 *
 * One linear character scan, no regular expressions, no string per token. The arrays live in scratch
 * buffers reused from passage to passage: a Tokens value is valid until the next call to tokenize().
 */
import { VOCAB } from './lexicon-index.js';
import type { QuoteSpan } from './quote-spans.js';
import { fold, hashStep } from './vocabulary.js';

/** Punctuation between a token and the one before it (bit flags). */
export const GAP_COMMA = 1;
export const GAP_STOP = 2; // . ; : ? ! …
export const GAP_QUOTE = 4; // any quote mark
export const GAP_DASH = 8; // – — or a spaced hyphen
export const GAP_BRACKET = 16; // ( ) [ ]

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** vocabulary id, or -1 for a word the lexicon does not know */
  id: Int32Array;
  /** 1 if the first character is an uppercase letter */
  cap: Uint8Array;
  /** 1 if inside a quotation */
  quoted: Uint8Array;
  /** punctuation flags between this token and the previous one (or the passage start) */
  gap: Uint8Array;
  /** 1 if the first character is a digit */
  numeric: Uint8Array;
  /** a quote mark (or an apostrophe outside a word) occurs: only then are quotation spans worth finding */
  sawQuoteMark: boolean;
  /** a ? ! … or ".." occurs: only then is the punctuation pass of the cue detectors worth running */
  sawMarkedPunctuation: boolean;
  /** a "|" or "@" occurs (menus, email addresses): only then are the site-text scans for them worth running */
  sawInterfaceMark: boolean;
  /** apostrophes inside words, by style (it's / it’s): the page-level typography statistic */
  straightApostrophes: number;
  curlyApostrophes: number;
  /** the token in lowercase with ’ as ' (no allocation for lexicon words) */
  lower(i: number): string;
}

/** Word characters by UTF-16 code unit: ASCII letters and digits, Latin letters with diacritics, other scripts. */
const WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  WORD[c] =
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c < 0x2000)
      ? 1
      : 0;
}

/** Word characters folded for the lexicon hash (ASCII lowercase), 0 for every other character: one table
 *  read per character tells "word or not" and gives the hashed code at once. */
const FOLDED = new Uint16Array(0x10000);
for (let c = 1; c < 0x10000; c++) if (WORD[c] === 1) FOLDED[c] = fold(c);

function isWordChar(c: number): boolean {
  return WORD[c] === 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function gapFlag(c: number): number {
  switch (c) {
    case 44:
      return GAP_COMMA;
    case 46:
    case 59:
    case 58:
    case 63:
    case 33:
    case 0x2026:
      return GAP_STOP;
    case 34:
    case 39:
    case 0x201c:
    case 0x201d:
    case 0x2018:
    case 0x2019:
    case 0xab:
    case 0xbb:
      return GAP_QUOTE;
    case 0x2013:
    case 0x2014:
      return GAP_DASH;
    case 40:
    case 41:
    case 91:
    case 93:
      return GAP_BRACKET;
    default:
      return 0;
  }
}

// scratch buffers, grown on demand
let capacity = 0;
let start = new Int32Array(0);
let end = new Int32Array(0);
let id = new Int32Array(0);
let capital = new Uint8Array(0);
let quoted = new Uint8Array(0);
let gaps = new Uint8Array(0);
let numeric = new Uint8Array(0);

function ensure(n: number): void {
  if (n <= capacity) return;
  capacity = Math.max(n, capacity * 2, 64);
  start = new Int32Array(capacity);
  end = new Int32Array(capacity);
  id = new Int32Array(capacity);
  capital = new Uint8Array(capacity);
  quoted = new Uint8Array(capacity);
  gaps = new Uint8Array(capacity);
  numeric = new Uint8Array(capacity);
  lowerGen = new Int32Array(capacity);
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  ensure((n >> 1) + 2); // tokens are separated by at least one character
  let count = 0;
  let gap = 0;
  let i = 0;
  let straightApostrophes = 0;
  let curlyApostrophes = 0;
  let allGaps = 0;
  let marked = false;
  let interfaceMarks = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      // the commonest separator carries no punctuation flag: skip it without the switch below
      i++;
      continue;
    }
    if (FOLDED[c] === 0) {
      const g = gapFlag(c);
      gap |= g;
      allGaps |= g;
      if (g === GAP_STOP && c !== 58 && c !== 59 && (c !== 46 || text.charCodeAt(i + 1) === 46)) marked = true;
      else if (g === 0 && (c === 124 || c === 64)) interfaceMarks = true; // | or @
      if (c === 45 && i > 0 && text.charCodeAt(i - 1) === 32) gap |= GAP_DASH;
      i++;
      continue;
    }
    const s = i;
    let high = c; // OR of the word's character codes: below 128 means ASCII, the only words the lexicon holds
    let h = hashStep(0, FOLDED[c]!);
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      const fd = FOLDED[d]!;
      if (fd !== 0) {
        high |= d;
        h = hashStep(h, fd);
        i++;
        continue;
      }
      // inside a word: it's / it’s, Gaza-Egypt, 4.75, 4,300 (the mark is tested first: most words end at a space)
      if ((d === 39 || d === 0x2019 || d === 45 || d === 46 || d === 44) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        if (d === 39 || d === 0x2019 || d === 45 || (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) {
          if (d === 39) straightApostrophes++;
          else if (d === 0x2019) curlyApostrophes++;
          h = hashStep(h, fold(d));
          i++;
          continue;
        }
      }
      break;
    }
    start[count] = s;
    end[count] = i;
    id[count] = high < 128 ? VOCAB.lookup(text, s, i, h) : -1;
    capital[count] = (c >= 65 && c <= 90) || (c > 127 && text[s] !== text[s]!.toLowerCase()) ? 1 : 0;
    numeric[count] = isDigit(c) ? 1 : 0;
    gaps[count] = gap;
    quoted[count] = 0;
    gap = 0;
    count++;
  }
  // one Tokens object for every passage (no closure, no object per call): valid until the next tokenize()
  current = text;
  generation++;
  const t = TOKENS;
  t.count = count;
  t.start = start;
  t.end = end;
  t.id = id;
  t.cap = capital;
  t.quoted = quoted;
  t.gap = gaps;
  t.numeric = numeric;
  t.sawQuoteMark = (allGaps & GAP_QUOTE) !== 0;
  t.sawMarkedPunctuation = marked;
  t.sawInterfaceMark = interfaceMarks;
  t.straightApostrophes = straightApostrophes;
  t.curlyApostrophes = curlyApostrophes;
  return t;
}

/** The text of the last tokenize() call, for lower(). */
let current = '';

/** lower() of words outside the lexicon, memoised per passage: the attribution finder asks for the same
 *  token several times, and each answer would otherwise be a new string. `lowerGen` says which passage. */
let generation = 0;
let lowerGen = new Int32Array(0);
const lowerVal: string[] = [];

function lowerToken(this: Tokens, t: number): string {
  const v = this.id[t]!;
  if (v >= 0) return VOCAB.words[v]!;
  if (lowerGen[t] === generation) return lowerVal[t]!;
  const raw = current.slice(this.start[t]!, this.end[t]!).toLowerCase();
  const w = raw.includes('’') ? raw.replaceAll('’', "'") : raw;
  lowerGen[t] = generation;
  lowerVal[t] = w;
  return w;
}

const TOKENS: Tokens = {
  count: 0,
  start,
  end,
  id,
  cap: capital,
  quoted,
  gap: gaps,
  numeric,
  sawQuoteMark: false,
  sawMarkedPunctuation: false,
  sawInterfaceMark: false,
  straightApostrophes: 0,
  curlyApostrophes: 0,
  lower: lowerToken,
};

/** Mark the tokens inside quotations (spans sorted by opening mark; nested ones are covered by the outer). */
export function markQuoted(tok: Tokens, spans: readonly QuoteSpan[]): void {
  let k = 0;
  let outerEnd = -1;
  for (let j = 0; j < tok.count; j++) {
    const pos = tok.start[j]!;
    while (k < spans.length && spans[k]!.open < pos) {
      if (spans[k]!.close > outerEnd) outerEnd = spans[k]!.close;
      k++;
    }
    if (pos < outerEnd) tok.quoted[j] = 1;
  }
}
