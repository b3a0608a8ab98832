/**
 * The first look at a passage: quote spans, tokens, lexicon flags and phrase matches, computed once and
 * shared by the attribution finder and the cue detectors.
 */
import { Ch } from './chars.js';
import { VOCAB } from './lexicon-index.js';
import { ANY_SECOND } from './vocabulary.js';
import { carriedQuotes } from './carried-quotes.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import { markQuoted, tokenize, type Tokens } from './tokens.js';

export interface PhraseMatch {
  tag: number;
  /** first token */
  from: number;
  /** one past the last token */
  to: number;
}

export interface SentenceScan {
  text: string;
  spans: QuoteSpan[];
  /** quotations carried over a sentence boundary (carried-quotes.ts): open -1 = from the start, close = text length = to the end */
  carried: QuoteSpan[];
  /** a quotation is still open at the end of this sentence */
  endsInQuote: boolean;
  tok: Tokens;
  /** attribution flags per token (lexicon-index.ts A_*) */
  attr: Int32Array;
  /** style flags per token (lexicon-index.ts S_*) */
  style: Int32Array;
  phrases: PhraseMatch[];
  /** phrase tags present anywhere outside quotes (bit per tag) */
  phraseTags: number;
  /** opening mark of the last quotation of two words or more, or -1 */
  lastQuoteOpen: number;
  /** the passage ends with a question mark outside quote marks */
  question: boolean;
}

const NO_SPANS: QuoteSpan[] = [];
/** `next` at the last token: no phrase's second word (ids are >= -1, ANY_SECOND is -2). */
const NO_NEXT = -3;

/** Closing quotes, brackets and spaces after the final mark. */
function isTrailing(c: number): boolean {
  return (
    c === Ch.Space ||
    c === Ch.RightDoubleQuote ||
    c === Ch.RightSingleQuote ||
    c === Ch.DoubleQuote ||
    c === Ch.Apostrophe ||
    c === Ch.CloseParen ||
    c === Ch.CloseBracket ||
    c === Ch.RightGuillemet
  );
}

function isAllCaps(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= Ch.LowerA && c <= Ch.LowerZ) return false;
  }
  return true;
}

/** `openBefore`: a quotation opened in an earlier sentence of the paragraph is still open (carried-quotes.ts). */
export function scanSentence(text: string, openBefore = false): SentenceScan {
  const tok = tokenize(text);
  // most sentences have no quote mark at all: only look for quotations when the tokenizer saw one
  const spans = tok.sawQuoteMark ? findQuoteSpans(text) : NO_SPANS;
  const carry = carriedQuotes(text, spans, tok.sawQuoteMark, openBefore);
  const everyQuote = carry.spans.length > 0 ? [...spans, ...carry.spans].sort((a, b) => a.open - b.open) : spans;
  if (everyQuote.length > 0) markQuoted(tok, everyQuote);
  const n = tok.count;
  const attr = new Int32Array(n);
  const style = new Int32Array(n);
  const phrases: PhraseMatch[] = [];
  let phraseTags = 0;
  for (let i = 0; i < n; i++) {
    const id = tok.id[i]!;
    if (id < 0) {
      attr[i] = 0;
      style[i] = 0;
      continue;
    }
    const len = tok.end[i]! - tok.start[i]!;
    // acronyms are names, not words: "US" is not "us", "WHO" is not "who", "IT" is not "it"
    if (len >= 2 && len <= 4 && tok.cap[i] && isAllCaps(text, tok.start[i]!, tok.end[i]!)) {
      attr[i] = 0;
      style[i] = 0;
      continue;
    }
    attr[i] = VOCAB.attr[id]!; // contracted negations ("didn't") carry A_NEGATOR from lexicon-index.ts
    style[i] = VOCAB.style[id]!;
    const candidates = VOCAB.phrases[id];
    if (candidates === undefined) continue;
    const seconds = VOCAB.phraseSecond[id]!;
    const next = i + 1 < n ? tok.id[i + 1]! : NO_NEXT;
    for (let j = 0; j < candidates.length; j++) {
      const second = seconds[j]!;
      if (second !== next && second !== ANY_SECOND) continue; // the commonest miss, decided without the phrase
      const ph = candidates[j]!;
      const len2 = ph.ids.length;
      if (i + len2 > n) continue;
      let ok = true;
      for (let k = 1; k < len2; k++) {
        if (tok.id[i + k] !== ph.ids[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      phrases.push({ tag: ph.tag, from: i, to: i + len2 });
      if (!tok.quoted[i]) phraseTags |= 1 << ph.tag;
      break; // longest match for this start only
    }
  }
  let lastQuoteOpen = -1;
  for (const q of spans) {
    if (q.open <= lastQuoteOpen) continue;
    for (let i = q.open + 1; i < q.close; i++) {
      if (text.charCodeAt(i) === Ch.Space) {
        lastQuoteOpen = q.open;
        break;
      }
    }
  }
  let end = text.length - 1;
  while (end > 0 && isTrailing(text.charCodeAt(end))) end--;
  let question = text.charCodeAt(end) === Ch.Question;
  for (const q of everyQuote) if (q.open < end && end < q.close) question = false;
  return {
    text,
    spans,
    carried: carry.spans,
    endsInQuote: carry.endsOpen,
    tok,
    attr,
    style,
    phrases,
    phraseTags,
    lastQuoteOpen,
    question,
  };
}
