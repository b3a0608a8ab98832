/**
 * Quotations that run over a sentence boundary. The segmenter keeps a quotation that closes within its
 * paragraph in one passage, but long quotations, quotations continued into the next paragraph (the
 * convention of leaving the closing mark off at a paragraph's end), and text that was split into
 * sentences elsewhere leave sentences whose quote marks pair only with a neighbour's:
 *
 *   “The talks will resume next week.      ← an opening mark that closes later: the words after it are quoted
 *   Both sides need to show compromise.    ← inside a quotation opened before: all of it is quoted
 *   We are not there yet,” Kirby said.     ← a closing mark opened before: the words before it are quoted
 *
 * Each gives a carried span (open = -1 for "from the start", close = text.length for "to the end"),
 * and the state passed on to the next sentence of the paragraph.
 */
import { unpairedDoubleMarks, type QuoteSpan } from './quote-spans.js';

export interface CarriedQuotes {
  /** synthetic spans over the carried words */
  spans: QuoteSpan[];
  /** a quotation is still open at the end of the sentence */
  endsOpen: boolean;
}

const NONE: CarriedQuotes = { spans: [], endsOpen: false };

/** `openBefore`: a quotation opened in an earlier sentence of the paragraph is still open. */
export function carriedQuotes(
  text: string,
  spans: readonly QuoteSpan[],
  sawQuoteMark: boolean,
  openBefore: boolean,
): CarriedQuotes {
  if (!sawQuoteMark) return openBefore ? { spans: [whole(text)], endsOpen: true } : NONE;
  const { firstCloser, lastOpener } = unpairedDoubleMarks(text, spans);
  const out: QuoteSpan[] = [];
  let open = openBefore;
  if (open) {
    if (firstCloser >= 0) {
      out.push({ open: -1, close: firstCloser, single: false, straight: text[firstCloser] === '"' });
      open = false;
    } else if (lastOpener < 0) return { spans: [whole(text)], endsOpen: true };
  }
  if (lastOpener >= 0 && lastOpener > firstCloser) {
    out.push({ open: lastOpener, close: text.length, single: false, straight: text[lastOpener] === '"' });
    open = true;
  } else if (!openBefore && firstCloser >= 0) {
    // a closing mark with nothing open before it in the paragraph: the sentence was cut from a longer
    // quotation (text split elsewhere), so its words before the mark are quoted all the same
    out.push({ open: -1, close: firstCloser, single: false, straight: text[firstCloser] === '"' });
  }
  return { spans: out, endsOpen: open };
}

function whole(text: string): QuoteSpan {
  return { open: -1, close: text.length, single: false, straight: false };
}
