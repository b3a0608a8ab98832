/**
 * The outlet's own voice, one pass over the tokens. Words inside quote marks or inside an attribution's
 * scope are someone else's: they are counted as relayed and nothing else. Every other word may be a
 * judgement, a hedge, an obligation, first or second person, informal writing, or a checkable anchor
 * (a number, a date, a name, a concrete event), which later detectors read from the tally.
 */
import { F, type Evidence } from '../evidence.js';
import {
  A_NEGATOR,
  CUE_VERB_FLAGS,
  S_CONTRAST_OPENER,
  S_FIRST_PLURAL,
  S_BACKGROUND,
  S_COMMON_VERB,
  S_DEGREE,
  S_EVAL_MILD,
  S_EVAL_STRONG,
  S_EVENT,
  S_FIRST,
  S_FURNITURE,
  S_GENERIC,
  S_HEDGE,
  S_INFORMAL,
  S_INTENSIFIER,
  S_INTERFACE,
  S_INTERPRET,
  S_JUDGE,
  S_MODAL_HEDGE,
  S_NEUTRAL_LY,
  S_NUMBER_WORD,
  S_OBLIGATION,
  S_PREDICT,
  S_SECOND,
  S_SITE_NOUN,
  S_STANCE,
  S_STANCE_ADVERB,
  S_TIME,
  S_TIME_UNIT,
  VOCAB,
} from '../lexicon-index.js';
import { SITE_DETERMINERS as SITE_DETERMINER_WORDS } from '../lexicon/shapes.js';
import { SWEEPING_WORDS } from '../lexicon/writer-voice.js';
import { GAP_STOP } from '../tokens.js';

const WILL = VOCAB.intern('will');
const TO = VOCAB.intern('to');
const IT = VOCAB.intern('it');
const SWEEPING: ReadonlySet<number> = new Set(SWEEPING_WORDS.map((w) => VOCAB.intern(w)));
const SITE_DETERMINERS: ReadonlySet<number> = new Set(SITE_DETERMINER_WORDS.map((w) => VOCAB.intern(w)));
/** Flags that make an -ly word something other than a manner adverb. */
const NOT_MANNER = S_NEUTRAL_LY | S_STANCE_ADVERB | S_HEDGE | S_INTENSIFIER | S_JUDGE | S_EVAL_STRONG | S_EVAL_MILD;

export function detectVoice(ev: Evidence): void {
  const { tok } = ev.scan;
  const n = tok.count;
  const tally = ev.tally;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    depth += ev.scopeDelta[i]!;
    const st = ev.scan.style[i]!;
    if (looksFinite(ev, i, st)) tally.verbs++;
    if (st & (S_FURNITURE | S_INTERFACE)) tally.furnitureWords++;
    if (tok.quoted[i] === 1 || depth > 0) {
      tally.relayedWords++;
      continue;
    }
    anchorsAt(ev, i, st);
    if (ev.scan.attr[i]! & A_NEGATOR) ev.count(F.negation, tok.start[i]!, tok.end[i]!);
    if (SWEEPING.has(tok.id[i]!)) ev.count(F.sweeping, tok.start[i]!, tok.end[i]!);
    if (i === 0 && st & S_CONTRAST_OPENER) ev.set(F.contrast_opener, tok.start[0]!, tok.end[0]!);
    mannerAdverbAt(ev, i, st);
    if (st === 0) continue;
    siteReferenceAt(ev, i, st);
    checkableAt(ev, i, st);
    interpretationAt(ev, i, st);
    evaluationAt(ev, i, st);
    hedgeAt(ev, i, st);
    personAt(ev, i, st);
    if (st & S_INFORMAL) ev.count(F.informal, tok.start[i]!, tok.end[i]!);
  }
  ev.relayedShare = n > 0 ? tally.relayedWords / n : 0;
  ev.features[F.relayed_share] = ev.relayedShare;
}

/** Rough finite-verb test for fragments ("Most popular", "Accept all"): a frequent verb, a cue verb, or -ed. */
function looksFinite(ev: Evidence, i: number, st: number): boolean {
  const { tok } = ev.scan;
  const a = tok.start[i]!;
  const e = tok.end[i]!;
  return (
    (st & S_COMMON_VERB) !== 0 || (ev.scan.attr[i]! & CUE_VERB_FLAGS) !== 0 || (e - a > 4 && ev.text.startsWith('ed', e - 2))
  );
}

/** Numbers, "will", "it", and names: a capital inside the sentence on a word the lexicon does not know,
 *  or an unknown capitalised first word followed by another capital ("Governor Maranov…"). */
function anchorsAt(ev: Evidence, i: number, st: number): void {
  const { tok } = ev.scan;
  const n = tok.count;
  if (tok.numeric[i]) ev.tally.digits++;
  if (tok.numeric[i] || st & S_NUMBER_WORD) ev.tally.numbers++;
  if (ev.marks.will < 0 && tok.id[i] === WILL) ev.marks.will = i;
  if (ev.marks.it < 0 && tok.id[i] === IT) ev.marks.it = i;
  if (tok.cap[i] === 1 && tok.id[i]! < 0 && ((i > 0 && (tok.gap[i]! & GAP_STOP) === 0) || (i === 0 && n > 1 && tok.cap[1] === 1)))
    ev.tally.names++;
}

/** An -ly adverb of manner or degree ("noticeably", "firmly"): the writer characterising, not recording. */
function mannerAdverbAt(ev: Evidence, i: number, st: number): void {
  const { tok } = ev.scan;
  const a = tok.start[i]!;
  const e = tok.end[i]!;
  if (e - a > 4 && ev.text.startsWith('ly', e - 2) && !(st & NOT_MANNER) && tok.cap[i] === 0) {
    ev.count(F.manner_adverb, a, e);
    ev.cue(a, e, 'evaluative');
  }
}

/** "this article", "our journalism", "your account": a site noun a word or two after such a determiner. */
function siteReferenceAt(ev: Evidence, i: number, st: number): void {
  if (!(st & S_SITE_NOUN)) return;
  const { tok } = ev.scan;
  if (ev.tally.siteNouns++ === 0) ev.marks.siteNoun = i;
  const justBefore = i > 0 && SITE_DETERMINERS.has(tok.id[i - 1]!);
  if (ev.get(F.site_reference) === 0 && (justBefore || (i > 1 && SITE_DETERMINERS.has(tok.id[i - 2]!)))) {
    const from = tok.start[justBefore ? i - 1 : i - 2]!;
    ev.set(F.site_reference, from, tok.end[i]!);
    ev.cue(from, tok.end[i]!, 'site_furniture');
  }
}

/** Time words, units, concrete events, comparisons, forecasts ("likely to"), background words. */
function checkableAt(ev: Evidence, i: number, st: number): void {
  const { tok } = ev.scan;
  if (st & S_TIME) ev.tally.time++;
  else if (st & S_TIME_UNIT) ev.tally.units++;
  if (st & S_EVENT && i > 0) ev.count(F.event_verb, tok.start[i]!, tok.end[i]!);
  if (st & S_DEGREE) {
    ev.tally.degree++;
    if (ev.marks.degree < 0) ev.marks.degree = i;
  }
}

/** Interpretive verbs ("signals", "exposes"), sweeping subjects ("nobody", "voters"), forecasts. */
function interpretationAt(ev: Evidence, i: number, st: number): void {
  const { tok } = ev.scan;
  const n = tok.count;
  const a = tok.start[i]!;
  const e = tok.end[i]!;
  if (st & S_INTERPRET && i > 0 && ev.get(F.interpretive) === 0 && i + 1 < n && !(tok.gap[i + 1]! & GAP_STOP)) {
    ev.set(F.interpretive, a, e);
    ev.cue(a, e, 'evaluative');
  }
  if (st & S_GENERIC && i <= 1 && ev.get(F.generic_subject) === 0) ev.set(F.generic_subject, a, e);
  // "likely to", "set to", "bound to": a forecast in the outlet's voice
  if (st & S_PREDICT && i + 1 < n && tok.id[i + 1] === TO && ev.marks.predict < 0) ev.marks.predict = i;
  if (st & S_BACKGROUND) ev.tally.background++;
}

/** Judgement words; a capitalised word inside the sentence is a name ("Great Britain"), not a judgement. */
function evaluationAt(ev: Evidence, i: number, st: number): void {
  const { tok } = ev.scan;
  const a = tok.start[i]!;
  const e = tok.end[i]!;
  const named = tok.cap[i] === 1 && i > 0 && (tok.gap[i]! & GAP_STOP) === 0;
  if (!named) {
    let k = -1;
    if (st & S_JUDGE && !(st & (S_EVAL_STRONG | S_EVAL_MILD))) k = F.judgement;
    else if (st & S_EVAL_STRONG) k = F.evaluative_strong;
    else if (st & S_EVAL_MILD) k = F.evaluative_mild;
    if (k >= 0) {
      ev.count(k, a, e);
      ev.cue(a, e, 'evaluative');
    }
  }
  if (st & (S_STANCE_ADVERB | S_INTENSIFIER)) {
    ev.count(st & S_STANCE_ADVERB ? F.stance_adverb : F.intensifier, a, e);
    ev.cue(a, e, 'evaluative');
  }
}

function hedgeAt(ev: Evidence, i: number, st: number): void {
  const { tok } = ev.scan;
  const a = tok.start[i]!;
  const e = tok.end[i]!;
  if (st & (S_HEDGE | S_MODAL_HEDGE)) {
    ev.count(st & S_HEDGE ? F.hedge : F.modal_hedge, a, e);
    ev.cue(a, e, 'hedge');
  }
  if (st & S_OBLIGATION) {
    ev.count(F.obligation, a, e);
    ev.cue(a, e, 'modal_obligation');
  }
}

/** First or second person outside quotes; "I suspect", "we believe", "I reckon": the writer's own stance. */
function personAt(ev: Evidence, i: number, st: number): void {
  const { tok } = ev.scan;
  const a = tok.start[i]!;
  const e = tok.end[i]!;
  if (st & S_FIRST) {
    ev.count(F.first_person, a, e);
    if (st & S_FIRST_PLURAL) ev.count(F.first_plural, a, e);
    ev.cue(a, e, 'first_second_person');
    if (i + 1 < tok.count && ev.scan.style[i + 1]! & S_STANCE && !tok.quoted[i + 1]) ev.set(F.writer_stance, a, tok.end[i + 1]!);
  } else if (st & S_SECOND) {
    ev.count(F.second_person, a, e);
    ev.cue(a, e, 'first_second_person');
  }
}
