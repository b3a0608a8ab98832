/**
 * Quotations: how much of the passage is in quote marks and how long the longest quotation is (a direct
 * quote, a partial quote, one word in quote marks), with cues for the marks, for editorial insertions
 * ("[Israel]") and for omissions ("…") inside them.
 */
import { Ch } from '../chars.js';
import { F, type Evidence } from '../evidence.js';
import { prevNonSpace, threeDotsAt } from './text-shape.js';

export function detectQuotations(ev: Evidence): void {
  const { tok, text, spans } = ev.scan;
  const n = tok.count;
  let longest = 0;
  let leading = 0; // words of a quotation that opens the passage or follows a colon: a direct quote
  let t = 0;
  for (const q of spans) {
    const close = ev.quoteClose;
    if (close.length > 0 && q.open < close[close.length - 1]!) continue; // nested
    ev.quoteOpen.push(q.open);
    close.push(q.close);
    ev.cue(q.open, q.close + 1, 'quote_marks');
    while (t < n && tok.start[t]! <= q.open) t++;
    let words = 0;
    while (t < n && tok.end[t]! <= q.close) {
      words++;
      t++;
    }
    if (words > longest) longest = words;
    if (q.open === 0 || prevNonSpace(text, q.open) === Ch.Colon) leading = Math.max(leading, words);
    insertionsAndOmissions(ev, q.open, q.close);
  }
  let quoted = 0;
  for (let i = 0; i < n; i++) quoted += tok.quoted[i]!;
  const share = n > 0 ? quoted / n : 0;
  if ((share >= 0.5 && longest >= 3) || leading >= 4) ev.set(F.quote_full, ev.quoteOpen[0]!, ev.quoteClose[0]! + 1);
  else if (longest >= 2) ev.features[F.quote_partial] = 1;
  else if (longest === 1) ev.features[F.quote_word] = 1;
  ev.quoteShare = share;
  carriedQuotations(ev);
}

/**
 * Words quoted by marks that pair with a neighbouring sentence's (carried-quotes.ts): the share of the
 * passage they cover, and they join the outer quotations, so punctuation inside them is the speaker's.
 */
function carriedQuotations(ev: Evidence): void {
  const { tok, carried } = ev.scan;
  if (carried.length === 0) return;
  let words = 0;
  for (let i = 0; i < tok.count; i++) {
    const at = tok.start[i]!;
    if (carried.some((q) => q.open < at && at < q.close)) words++;
  }
  if (tok.count > 0) ev.features[F.quote_carried] = words / tok.count;
  for (const q of carried) {
    let k = ev.quoteOpen.length;
    while (k > 0 && ev.quoteOpen[k - 1]! > q.open) k--;
    ev.quoteOpen.splice(k, 0, q.open);
    ev.quoteClose.splice(k, 0, q.close);
  }
}

/** One bounded pass inside a quotation: editorial insertions ("[Israel]") and the first omission ("…"). */
function insertionsAndOmissions(ev: Evidence, open: number, close: number): void {
  const text = ev.text;
  let bracket = -1;
  let omission = false;
  for (let i = open + 1; i < close; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.OpenBracket) bracket = i;
    else if (c === Ch.CloseBracket && bracket >= 0) {
      ev.cue(bracket, i + 1, 'editorial_insertion');
      bracket = -1;
    } else if (!omission && c === Ch.Ellipsis) {
      ev.cue(i, i + 1, 'ellipsis');
      omission = true;
    } else if (!omission && threeDotsAt(text, i)) {
      ev.cue(i, i + 3, 'ellipsis');
      omission = true;
    }
  }
}

/** Matched double quotations by style (straight or curly): half of the page's typography statistic. */
export function doubleQuotationsByStyle(ev: Evidence): { straight: number; curly: number } {
  let straight = 0;
  let curly = 0;
  for (const q of ev.scan.spans) {
    if (q.single) continue;
    if (q.straight) straight++;
    else curly++;
  }
  return { straight, curly };
}
