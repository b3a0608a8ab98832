/**
 * Word tokens of one passage, with what the cue detectors need to know about each: where it is, its
 * vocabulary id (looked up while scanning, see vocabulary.ts), whether it is capitalised, whether it sits
 * inside quote marks, and which punctuation separates it from the previous token.
 *
 * One linear character scan, no regular expressions, no string per token: parallel typed arrays, one
 * entry per token.
 */
import { Ch } from './chars.js';
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
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** vocabulary id, or -1 for a word the lexicon does not know */
  readonly id: Int32Array;
  /** 1 if the first character is an uppercase letter */
  readonly cap: Uint8Array;
  /** 1 if inside a quotation */
  readonly quoted: Uint8Array;
  /** punctuation flags between this token and the previous one (or the passage start) */
  readonly gap: Uint8Array;
  /** 1 if the first character is a digit */
  readonly numeric: Uint8Array;
  /** a quote mark (or an apostrophe outside a word) occurs: only then are quotation spans worth finding */
  readonly sawQuoteMark: boolean;
  /** a ? ! … or ".." occurs: only then is the punctuation pass of the cue detectors worth running */
  readonly sawMarkedPunctuation: boolean;
  /** a "|" or "@" occurs (menus, email addresses): only then are the site-text scans for them worth running */
  readonly sawInterfaceMark: boolean;
  /** apostrophes inside words, by style (it's / it’s): the page-level typography statistic */
  readonly straightApostrophes: number;
  readonly curlyApostrophes: number;
  /** the token in lowercase with ’ as ' (no allocation for lexicon words) */
  lower(i: number): string;
}

/** Word characters by UTF-16 code unit: ASCII letters and digits, Latin letters with diacritics, other scripts. */
/** Every UTF-16 code unit: the size of the per-character tables. */
const CODE_UNITS = 0x10000;
const WORD = new Uint8Array(CODE_UNITS);
for (let c = 0; c < CODE_UNITS; c++) {
  WORD[c] =
    (c >= Ch.LowerA && c <= Ch.LowerZ) ||
    (c >= Ch.UpperA && c <= Ch.UpperZ) ||
    (c >= Ch.Digit0 && c <= Ch.Digit9) ||
    (c >= Ch.LatinLettersFirst && c <= Ch.LatinLettersLast && c !== Ch.Times && c !== Ch.Divide) ||
    (c >= Ch.OtherScriptsFirst && c < Ch.GeneralPunctuationFirst)
      ? 1
      : 0;
}

/** Word characters folded for the lexicon hash (ASCII lowercase), 0 for every other character: one table
 *  read per character tells "word or not" and gives the hashed code at once. */
const FOLDED = new Uint16Array(CODE_UNITS);
for (let c = 1; c < CODE_UNITS; c++) if (WORD[c] === 1) FOLDED[c] = fold(c);

function isWordChar(c: number): boolean {
  return WORD[c] === 1;
}

function isDigit(c: number): boolean {
  return c >= Ch.Digit0 && c <= Ch.Digit9;
}

function gapFlag(c: number): number {
  switch (c) {
    case Ch.Comma:
      return GAP_COMMA;
    case Ch.Period:
    case Ch.Semicolon:
    case Ch.Colon:
    case Ch.Question:
    case Ch.Exclamation:
    case Ch.Ellipsis:
      return GAP_STOP;
    case Ch.DoubleQuote:
    case Ch.Apostrophe:
    case Ch.LeftDoubleQuote:
    case Ch.RightDoubleQuote:
    case Ch.LeftSingleQuote:
    case Ch.RightSingleQuote:
    case Ch.LeftGuillemet:
    case Ch.RightGuillemet:
      return GAP_QUOTE;
    case Ch.EnDash:
    case Ch.EmDash:
      return GAP_DASH;
    case Ch.OpenParen:
    case Ch.CloseParen:
    case Ch.OpenBracket:
    case Ch.CloseBracket:
      return GAP_BRACKET;
    default:
      return 0;
  }
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  const capacity = (n >> 1) + 2; // tokens are separated by at least one character
  const start = new Int32Array(capacity);
  const end = new Int32Array(capacity);
  const id = new Int32Array(capacity);
  const capital = new Uint8Array(capacity);
  const quoted = new Uint8Array(capacity);
  const gaps = new Uint8Array(capacity);
  const numeric = new Uint8Array(capacity);
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
    if (c === Ch.Space) {
      // the commonest separator carries no punctuation flag: skip it without the switch below
      i++;
      continue;
    }
    if (FOLDED[c] === 0) {
      const g = gapFlag(c);
      gap |= g;
      allGaps |= g;
      if (g === GAP_STOP && c !== Ch.Colon && c !== Ch.Semicolon && (c !== Ch.Period || text.charCodeAt(i + 1) === Ch.Period))
        marked = true;
      else if (g === 0 && (c === Ch.Bar || c === Ch.At)) interfaceMarks = true; // | or @
      if (c === Ch.Hyphen && i > 0 && text.charCodeAt(i - 1) === Ch.Space) gap |= GAP_DASH;
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
      if (
        (d === Ch.Apostrophe || d === Ch.RightSingleQuote || d === Ch.Hyphen || d === Ch.Period || d === Ch.Comma) &&
        i + 1 < n &&
        isWordChar(text.charCodeAt(i + 1))
      ) {
        if (
          d === Ch.Apostrophe ||
          d === Ch.RightSingleQuote ||
          d === Ch.Hyphen ||
          (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))
        ) {
          if (d === Ch.Apostrophe) straightApostrophes++;
          else if (d === Ch.RightSingleQuote) curlyApostrophes++;
          h = hashStep(h, fold(d));
          i++;
          continue;
        }
      }
      break;
    }
    // an initialism: U.S., F.B.I., e.g. — one token with its periods, not the words "u", "s" or "I"
    const initialism = i - s === 1 ? initialismEnd(text, s) : 0;
    if (initialism > 0) i = initialism;
    start[count] = s;
    end[count] = i;
    id[count] = initialism > 0 ? -1 : high < Ch.NonAscii ? VOCAB.lookup(text, s, i, h) : -1;
    capital[count] = (c >= Ch.UpperA && c <= Ch.UpperZ) || (c >= Ch.NonAscii && text[s] !== text[s]!.toLowerCase()) ? 1 : 0;
    numeric[count] = isDigit(c) ? 1 : 0;
    gaps[count] = gap;
    quoted[count] = 0;
    gap = 0;
    count++;
  }
  return new PassageTokens(text, count, start, end, id, capital, quoted, gaps, numeric, {
    sawQuoteMark: (allGaps & GAP_QUOTE) !== 0,
    sawMarkedPunctuation: marked,
    sawInterfaceMark: interfaceMarks,
    straightApostrophes,
    curlyApostrophes,
  });
}

function isAsciiLetter(c: number): boolean {
  return (c >= Ch.LowerA && c <= Ch.LowerZ) || (c >= Ch.UpperA && c <= Ch.UpperZ);
}

/**
 * Where an initialism starting at `s` ends (after its last period), or 0: single letters each followed by
 * a period, at least two of them ("U.S.", "F.B.I.", "e.g."), not followed by another letter.
 */
function initialismEnd(text: string, s: number): number {
  let k = s;
  let letters = 0;
  while (isAsciiLetter(text.charCodeAt(k)) && text.charCodeAt(k + 1) === Ch.Period) {
    letters++;
    k += 2;
  }
  if (letters < 2 || isWordChar(text.charCodeAt(k))) return 0;
  return k;
}

/** The tokens of one passage; lower() memoises the lowercase form of words outside the lexicon. */
class PassageTokens implements Tokens {
  sawQuoteMark: boolean;
  sawMarkedPunctuation: boolean;
  sawInterfaceMark: boolean;
  straightApostrophes: number;
  curlyApostrophes: number;
  /** lower() of words outside the lexicon: the attribution finder asks for the same token several times */
  private readonly lowered: Array<string | undefined> = [];

  constructor(
    private readonly text: string,
    readonly count: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly id: Int32Array,
    readonly cap: Uint8Array,
    readonly quoted: Uint8Array,
    readonly gap: Uint8Array,
    readonly numeric: Uint8Array,
    marks: Pick<
      Tokens,
      'sawQuoteMark' | 'sawMarkedPunctuation' | 'sawInterfaceMark' | 'straightApostrophes' | 'curlyApostrophes'
    >,
  ) {
    this.sawQuoteMark = marks.sawQuoteMark;
    this.sawMarkedPunctuation = marks.sawMarkedPunctuation;
    this.sawInterfaceMark = marks.sawInterfaceMark;
    this.straightApostrophes = marks.straightApostrophes;
    this.curlyApostrophes = marks.curlyApostrophes;
  }

  lower(t: number): string {
    const v = this.id[t]!;
    if (v >= 0) return VOCAB.words[v]!;
    const known = this.lowered[t];
    if (known !== undefined) return known;
    const raw = this.text.slice(this.start[t]!, this.end[t]!).toLowerCase();
    const w = raw.includes('’') ? raw.replaceAll('’', "'") : raw;
    this.lowered[t] = w;
    return w;
  }
}

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
