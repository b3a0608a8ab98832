/**
 * Cue detection for one passage: the sentence scan (tokens, quotations, lexicon flags, phrases), then
 * the detectors in a fixed order, each adding to one Evidence object; then the caps on counted
 * features, and the cues in text order. Commentary cues count only in the outlet's own voice: words
 * inside quote marks or inside the scope of an attribution are someone else's.
 */
import { findAttributions } from './attribution.js';
import { detectMissingAnchors } from './detectors/anchors.js';
import { detectAttribution } from './detectors/attributed.js';
import { detectCheckable } from './detectors/checkable.js';
import { detectPhrases } from './detectors/phrases.js';
import { detectPunctuation } from './detectors/punctuation.js';
import { detectQuotations, doubleQuotationsByStyle } from './detectors/quotes.js';
import { detectShapes } from './detectors/shapes.js';
import { detectSiteText } from './detectors/site-text.js';
import { detectVoice } from './detectors/voice.js';
import { Evidence, F, FEATURE_CAPS, type PassageEvidence } from './evidence.js';
import { scanSentence } from './sentence-scan.js';

const CAPS = FEATURE_CAPS.map(([k, max]) => [F[k], max] as const);

/** `openBefore`: a quotation opened in an earlier sentence of the paragraph is still open. */
export function analyzeEvidence(text: string, openBefore = false): PassageEvidence {
  const ev = new Evidence(scanSentence(text, openBefore));
  // the order matters: later detectors read what earlier ones found (quotations and attribution
  // scopes decide which words are the outlet's; the token pass counts the anchors)
  detectQuotations(ev);
  detectAttribution(ev, findAttributions(ev.scan));
  detectVoice(ev);
  detectPhrases(ev);
  detectShapes(ev);
  detectPunctuation(ev);
  detectCheckable(ev);
  detectSiteText(ev);
  detectMissingAnchors(ev);
  for (const [k, max] of CAPS) if (ev.features[k]! > max) ev.features[k] = max;
  return freeze(ev);
}

function freeze(ev: Evidence): PassageEvidence {
  const { tok } = ev.scan;
  const doubles = doubleQuotationsByStyle(ev);
  const result: PassageEvidence = {
    text: ev.text,
    cues: inTextOrder(ev.cues),
    features: ev.features,
    examples: ev.examples,
    quoteShare: ev.quoteShare,
    relayedShare: ev.relayedShare,
    wordCount: tok.count,
    backgroundScore: ev.tally.background - ev.tally.time - (ev.features[F.speech_act] ? 1 : 0),
    straightMarks: tok.straightApostrophes + 2 * doubles.straight,
    curlyMarks: tok.curlyApostrophes + 2 * doubles.curly,
    endsInQuote: ev.scan.endsInQuote,
  };
  if (ev.primary) result.primary = ev.primary;
  return result;
}

/** Cues were collected by detector; present them in text order (a stable sort: equal ranges keep their order). */
function inTextOrder<T extends { start: number; end: number }>(cues: T[]): T[] {
  return cues.slice().sort((x, y) => x.start - y.start || x.end - y.end);
}
