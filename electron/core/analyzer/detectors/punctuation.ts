/**
 * Punctuation in the outlet's voice: questions (also one that ends an inner sentence), exclamation
 * marks, runs like "!!" and "?!", and ellipses — glued to a word ("detail...") they are informal typing,
 * spaced (" … ") they mark omitted words. Marks inside quotations are the speaker's.
 */
import { Ch } from '../chars.js';
import { F, type Evidence } from '../evidence.js';
import { threeDotsAt } from './text-shape.js';

export function detectPunctuation(ev: Evidence): void {
  const { tok, question } = ev.scan;
  if (!tok.sawMarkedPunctuation && !question) return;
  const text = ev.text;
  const n = text.length;
  if (question) ev.set(F.question, n - 1, n);
  let informal = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.Question) {
      // a question mark that ends an inner sentence: "Choosing a career at 14? Let children…"
      if (ev.get(F.question) === 0 && ev.outsideQuotes(i)) ev.set(F.question, i, i + 1);
      const next = text.charCodeAt(i + 1);
      if (next === Ch.Question || next === Ch.Exclamation) {
        if (ev.outsideQuotes(i)) {
          informal++;
          ev.note(F.informal, i, i + 2);
          ev.cue(i, i + 2, 'informal_punctuation');
        }
        i++;
      }
    } else if (c === Ch.Exclamation) {
      if (!ev.outsideQuotes(i)) continue;
      ev.set(F.exclamation, i, i + 1);
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === Ch.Exclamation || text.charCodeAt(j) === Ch.Question)) j++;
      if (j - i >= 2) {
        informal++;
        ev.note(F.informal, i, j);
      }
      ev.cue(i, j, 'informal_punctuation');
      i = j - 1;
    } else if (c === Ch.Ellipsis || threeDotsAt(text, i)) {
      const len = c === Ch.Ellipsis ? 1 : 3;
      if (ev.outsideQuotes(i)) {
        if (i > 0 && text.charCodeAt(i - 1) !== Ch.Space) {
          informal++;
          ev.note(F.informal, i, i + len);
          ev.cue(i, i + len, 'informal_punctuation');
        } else ev.cue(i, i + len, 'ellipsis');
      }
      i += len - 1;
      while (i + 1 < n && text.charCodeAt(i + 1) === Ch.Period) i++;
    }
  }
  ev.features[F.informal]! += informal;
}
