/** Small questions about the characters around a position, shared by the detectors. */
import { Ch } from '../chars.js';

/** Ends with . ! ? or … (before closing quotes and brackets): a sentence, not a headline. */
export function endsLikeSentence(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isClosingAfterStop(text.charCodeAt(k))) k--;
  const c = k >= 0 ? text.charCodeAt(k) : 0;
  return c === Ch.Period || c === Ch.Exclamation || c === Ch.Question || c === Ch.Ellipsis;
}

function isClosingAfterStop(c: number): boolean {
  return c === Ch.Space || c === Ch.RightDoubleQuote || c === Ch.RightSingleQuote || c === Ch.DoubleQuote || c === Ch.CloseParen;
}

/** The first character before position i that is not a space, or -1. */
export function prevNonSpace(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) === Ch.Space) k--;
  return k >= 0 ? text.charCodeAt(k) : -1;
}

/** "..." starting at i. */
export function threeDotsAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === Ch.Period && text.charCodeAt(i + 1) === Ch.Period && text.charCodeAt(i + 2) === Ch.Period;
}
