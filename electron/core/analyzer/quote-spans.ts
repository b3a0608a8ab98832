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
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // Latin-1 and beyond: letters with diacritics (é, ñ, ł…) and other scripts; excludes punctuation blocks.
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x370 && code < 0x2000);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b);
}

/** Opening context: start of text, whitespace, an opening bracket or a dash before the mark. */
function isOpeningContext(text: string, i: number, from: number): boolean {
  if (i <= from) return true;
  const p = text.charCodeAt(i - 1);
  return (
    isSpace(p) ||
    p === 40 ||
    p === 91 ||
    p === 123 ||
    p === 0x2013 ||
    p === 0x2014 ||
    p === 45 ||
    p === 47 ||
    p === 0x201c ||
    p === 34
  );
}

/** Deeper nesting than this is not language but noise: further openers are ignored (keeps work linear). */
const MAX_DEPTH = 8;

const kinds: Mark[] = [];
const positions: number[] = [];

export function findQuoteSpans(text: string, from = 0, to = text.length): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Parallel stacks of open marks (module scratch, emptied here); depth is capped at MAX_DEPTH.
  kinds.length = 0;
  positions.length = 0;

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
    if (c < 34 || (c > 39 && c < 0xab) || (c > 0xbb && c < 0x2018) || c > 0x201d) continue;
    switch (c) {
      case 0x201c: // “
        if (kinds.length >= MAX_DEPTH) break;
        kinds.push(Mark.CurlyDouble);
        positions.push(i);
        break;
      case 0x201d: // ”
        closeNearest(Mark.CurlyDouble, i, false, false);
        break;
      case 0x2018: // ‘
        if (isOpeningContext(text, i, from) && kinds.length < MAX_DEPTH) {
          kinds.push(Mark.CurlySingle);
          positions.push(i);
        }
        break;
      case 0x2019: {
        // ’ is an apostrophe between letters (it’s) or after a plural (Israelis’); a closer otherwise.
        const prevLetter = i > from && isLetterOrDigit(text.charCodeAt(i - 1));
        const nextLetter = i + 1 < to && isLetterOrDigit(text.charCodeAt(i + 1));
        if (prevLetter && nextLetter) break;
        closeNearest(Mark.CurlySingle, i, true, false);
        break;
      }
      case 34: {
        // " is symmetric: decide by context, closing an open one when it sits after a word.
        const opening = isOpeningContext(text, i, from) && i + 1 < to && !isSpace(text.charCodeAt(i + 1));
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
      case 39: {
        const prevLetter = i > from && isLetterOrDigit(text.charCodeAt(i - 1));
        const nextLetter = i + 1 < to && isLetterOrDigit(text.charCodeAt(i + 1));
        if (prevLetter && nextLetter) break; // it's, don't
        if (isOpeningContext(text, i, from) && nextLetter && kinds.length < MAX_DEPTH) {
          kinds.push(Mark.StraightSingle);
          positions.push(i);
        } else if (!nextLetter) closeNearest(Mark.StraightSingle, i, true, true);
        break;
      }
      case 0xab: // «
        if (kinds.length >= MAX_DEPTH) break;
        kinds.push(Mark.Guillemet);
        positions.push(i);
        break;
      case 0xbb: // »
        closeNearest(Mark.Guillemet, i, false, false);
        break;
      default:
        break;
    }
  }
  if (spans.length > 1) spans.sort((a, b) => a.open - b.open);
  return spans;
}
