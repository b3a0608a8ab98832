/**
 * Quotation spans: pairs of matching quote marks in a stretch of text.
 *
 * Used twice: the segmenter must not split inside a quotation that runs over a sentence end, and the
 * cue detectors need to know which words are inside quote marks (relayed) and which are the outlet's.
 *
 * One pass, a small stack, no regular expressions: linear in the text whatever it contains.
 * Apostrophes are told from closing single quotes by their neighbours (a letter on both sides is an
 * apostrophe: it’s, Gantz’s). Unmatched openers are dropped, so a stray mark never swallows a paragraph.
 */
import { Ch } from './chars.js';

const enum Mark {
  CurlyDouble = 1,
  CurlySingle = 2,
  StraightDouble = 3,
  StraightSingle = 4,
  Guillemet = 5,
}

/** A quotation: `open` is the index of the opening mark, `close` the index of the closing mark. */
export interface QuoteSpan {
  open: number;
  close: number;
  /** true for single quote marks (‘…’ or '…'), often scare quotes or headline quotes */
  single: boolean;
  /** true for straight marks (" or '): a typographic style, used by the page-level statistic */
  straight: boolean;
}

function isLetterOrDigit(code: number): boolean {
  if (code < Ch.NonAscii)
    return (
      (code >= Ch.LowerA && code <= Ch.LowerZ) ||
      (code >= Ch.UpperA && code <= Ch.UpperZ) ||
      (code >= Ch.Digit0 && code <= Ch.Digit9)
    );
  // Latin-1 and beyond: letters with diacritics (é, ñ, ł…) and other scripts; excludes punctuation blocks.
  return (
    (code >= Ch.LatinLettersFirst && code <= Ch.LatinLettersLast && code !== Ch.Times && code !== Ch.Divide) ||
    (code >= Ch.OtherScriptsFirst && code < Ch.GeneralPunctuationFirst)
  );
}

function isSpace(code: number): boolean {
  return (
    code === Ch.Space ||
    code === Ch.LineFeed ||
    code === Ch.Tab ||
    code === Ch.CarriageReturn ||
    code === Ch.NoBreakSpace ||
    (code >= Ch.GeneralPunctuationFirst && code <= Ch.ZeroWidthSpace)
  );
}

/** Opening context: start of text, whitespace, an opening bracket or a dash before the mark. */
function isOpeningContext(text: string, i: number, from: number): boolean {
  if (i <= from) return true;
  const p = text.charCodeAt(i - 1);
  return (
    isSpace(p) ||
    p === Ch.OpenParen ||
    p === Ch.OpenBracket ||
    p === Ch.OpenBrace ||
    p === Ch.EnDash ||
    p === Ch.EmDash ||
    p === Ch.Hyphen ||
    p === Ch.Slash ||
    p === Ch.LeftDoubleQuote ||
    p === Ch.DoubleQuote
  );
}

/** Deeper nesting than this is not language but noise: further openers are ignored (keeps work linear). */
const MAX_DEPTH = 8;

export function findQuoteSpans(text: string, from = 0, to = text.length): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Parallel stacks of open marks; depth is capped at MAX_DEPTH.
  const kinds: Mark[] = [];
  const positions: number[] = [];

  const closeNearest = (kind: Mark, at: number, single: boolean, straight: boolean): boolean => {
    for (let k = kinds.length - 1; k >= 0 && k >= kinds.length - 4; k--) {
      if (kinds[k] === kind) {
        // an empty pair ("") quotes nothing
        if (at > positions[k]! + 1) spans.push({ open: positions[k]!, close: at, single, straight });
        kinds.length = k;
        positions.length = k;
        return true;
      }
    }
    return false;
  };
  const hasOpen = (kind: Mark): boolean => {
    for (let k = kinds.length - 1; k >= 0 && k >= kinds.length - 4; k--) if (kinds[k] === kind) return true;
    return false;
  };

  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (
      c < Ch.DoubleQuote ||
      (c > Ch.Apostrophe && c < Ch.LeftGuillemet) ||
      (c > Ch.RightGuillemet && c < Ch.LeftSingleQuote) ||
      c > Ch.RightDoubleQuote
    )
      continue;
    switch (c) {
      case Ch.LeftDoubleQuote: // “
        if (kinds.length >= MAX_DEPTH) break;
        kinds.push(Mark.CurlyDouble);
        positions.push(i);
        break;
      case Ch.RightDoubleQuote: // ”
        closeNearest(Mark.CurlyDouble, i, false, false);
        break;
      case Ch.LeftSingleQuote: // ‘
        if (isOpeningContext(text, i, from) && kinds.length < MAX_DEPTH) {
          kinds.push(Mark.CurlySingle);
          positions.push(i);
        }
        break;
      case Ch.RightSingleQuote: {
        // ’ is an apostrophe between letters (it’s) or after a plural (Israelis’); a closer otherwise.
        const prevLetter = i > from && isLetterOrDigit(text.charCodeAt(i - 1));
        const nextLetter = i + 1 < to && isLetterOrDigit(text.charCodeAt(i + 1));
        if (prevLetter && nextLetter) break;
        closeNearest(Mark.CurlySingle, i, true, false);
        break;
      }
      case Ch.DoubleQuote: {
        // " is symmetric: decide by context, closing an open one when it sits after a word.
        // a mark glued to the punctuation before it ('said:"We', 'said,"We') opens when none is open
        const glued =
          !hasOpen(Mark.StraightDouble) &&
          i > from &&
          (text.charCodeAt(i - 1) === Ch.Colon || text.charCodeAt(i - 1) === Ch.Comma) &&
          i + 1 < to &&
          isLetterOrDigit(text.charCodeAt(i + 1));
        const opening = (glued || isOpeningContext(text, i, from)) && i + 1 < to && !isSpace(text.charCodeAt(i + 1));
        if (hasOpen(Mark.StraightDouble) && !opening) closeNearest(Mark.StraightDouble, i, false, true);
        else if (opening) {
          // a second opener while one is open means the first was stray: replace it
          if (hasOpen(Mark.StraightDouble)) {
            const k = kinds.lastIndexOf(Mark.StraightDouble);
            kinds.length = k;
            positions.length = k;
          }
          if (kinds.length >= MAX_DEPTH) break;
          kinds.push(Mark.StraightDouble);
          positions.push(i);
        }
        break;
      }
      case Ch.Apostrophe: {
        const prevLetter = i > from && isLetterOrDigit(text.charCodeAt(i - 1));
        const nextLetter = i + 1 < to && isLetterOrDigit(text.charCodeAt(i + 1));
        if (prevLetter && nextLetter) break; // it's, don't
        if (isOpeningContext(text, i, from) && nextLetter && kinds.length < MAX_DEPTH) {
          kinds.push(Mark.StraightSingle);
          positions.push(i);
        } else if (!nextLetter) closeNearest(Mark.StraightSingle, i, true, true);
        break;
      }
      case Ch.LeftGuillemet: // «
        if (kinds.length >= MAX_DEPTH) break;
        kinds.push(Mark.Guillemet);
        positions.push(i);
        break;
      case Ch.RightGuillemet: // »
        closeNearest(Mark.Guillemet, i, false, false);
        break;
      default:
        break;
    }
  }
  if (spans.length > 1) spans.sort((a, b) => a.open - b.open);
  return spans;
}

/**
 * Double quote marks left unpaired in a sentence: a closing mark whose opening mark is in an earlier
 * sentence (the end of a long quotation), and an opening mark that closes in a later one. Positions are
 * -1 when there is none. `firstCloser` only counts a closer before every unpaired opener, `lastOpener`
 * only an opener after every unpaired closer.
 */
export function unpairedDoubleMarks(text: string, spans: readonly QuoteSpan[]): { firstCloser: number; lastOpener: number } {
  const paired = new Set<number>();
  for (const q of spans) {
    if (q.single) continue;
    paired.add(q.open);
    paired.add(q.close);
  }
  let firstCloser = -1;
  let lastOpener = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c !== Ch.DoubleQuote &&
      c !== Ch.LeftDoubleQuote &&
      c !== Ch.RightDoubleQuote &&
      c !== Ch.LeftGuillemet &&
      c !== Ch.RightGuillemet
    )
      continue;
    if (paired.has(i)) continue;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : Ch.Space;
    const opener =
      c === Ch.LeftDoubleQuote ||
      c === Ch.LeftGuillemet ||
      (c === Ch.DoubleQuote && isLetterOrDigit(next) && isOpeningContext(text, i, 0));
    if (opener) lastOpener = i;
    else if (lastOpener < 0 && firstCloser < 0) firstCloser = i;
  }
  return { firstCloser, lastOpener };
}
