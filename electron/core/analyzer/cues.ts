/**
 * Cue detection: turns one passage into character-range cues (what a person can see) and a small vector
 * of named features (what the scoring table weighs). Commentary cues count only in the outlet's own
 * voice: words inside quote marks or inside the scope of an attribution are someone else's.
 *
 * Written for speed (the benchmark holds full analysis to 3× plain segmentation): one pass over the
 * tokens, one pass over the punctuation, features in a reused Float64Array indexed by the F table.
 */
import type { Cue, CueKind, SourceKind } from '../../shared/domain.js';
import { findAttributions, type AttributionResult, type CueType } from './attribution.js';
import {
  P_ANALYSIS,
  P_COMMENT_IDIOM,
  P_FURNITURE,
  P_HEDGE,
  P_OBLIGATION,
  S_BACKGROUND,
  S_COMMON_VERB,
  S_EVAL_MILD,
  S_EVAL_STRONG,
  S_FIRST,
  S_FURNITURE,
  S_FURN_PREFIX,
  S_HEDGE,
  S_IMPERATIVE,
  S_INFORMAL,
  S_INTENSIFIER,
  S_MODAL_HEDGE,
  S_NUMBER_WORD,
  S_OBLIGATION,
  S_SECOND,
  S_STANCE,
  S_STANCE_ADVERB,
  S_TIME,
  S_JUDGE,
  S_INTERPRET,
  S_DEGREE,
  S_GENERIC,
  S_PREDICT,
  S_EVENT,
  S_TIME_UNIT,
  S_INTERFACE,
  S_NEUTRAL_LY,
  S_SITE_NOUN,
  S_UI_VERB,
  VOCAB,
} from './lexicon-index.js';
import { METADATA_OPENERS } from './subjectivity-lexicon.js';
import { scanSentence, type SentenceScan } from './sentence-scan.js';
import { GAP_COMMA, GAP_STOP } from './tokens.js';

export const FEATURES = [
  'quote_full',
  'quote_partial',
  'quote_word',
  'attr_say',
  'attr_loaded',
  'attr_belief',
  'attr_according',
  'attr_agentless',
  'attr_embedded',
  'relayed_share',
  'speech_act',
  'non_response',
  'evaluative_strong',
  'evaluative_mild',
  'intensifier',
  'stance_adverb',
  'prediction',
  'demonstrative_opener',
  'hedge',
  'modal_hedge',
  'explainer',
  'obligation',
  'first_person',
  'second_person',
  'writer_stance',
  'question',
  'exclamation',
  'informal',
  'imperative',
  'analysis_phrase',
  'numbers',
  'time',
  'furniture',
  'furniture_only',
  'no_verb_fragment',
  // broad classes (subjectivity-lexicon.ts): unmarked commentary, checkable reporting, bylines
  'judgement',
  'interpretive',
  'degree',
  'generic_subject',
  'unanchored',
  'event_verb',
  'byline',
  'manner_adverb',
  'site_reference',
  'ui_imperative',
  'evaluative_frame',
] as const;
export type Feature = (typeof FEATURES)[number];

/** Index of each feature in a FeatureVector. */
export const F = Object.fromEntries(FEATURES.map((k, i) => [k, i])) as Record<Feature, number>;
export const FEATURE_COUNT = FEATURES.length;

/** Feature values in FEATURES order. */
export type FeatureVector = Float64Array;

/** The attribution that decides source and verb, as character ranges in the passage. */
export interface PrimaryAttribution {
  type: CueType;
  sourceKind: SourceKind;
  cueStart: number;
  cueEnd: number;
  sourceStart?: number;
  sourceEnd?: number;
}

/**
 * Everything the scoring, the explanation and the page pass need about one passage. Its `features` and
 * `examples` live in scratch buffers: read them before analysing the next passage (copy to keep them).
 */
export interface PassageEvidence {
  text: string;
  primary?: PrimaryAttribution;
  cues: Cue[];
  features: FeatureVector;
  /** for feature k, the character range [examples[2k], examples[2k+1]) that fired it, or -1 */
  examples: Int32Array;
  /** share of word tokens inside quote marks */
  quoteShare: number;
  /** share of word tokens relayed (in quotes or in an attribution's scope) */
  relayedShare: number;
  wordCount: number;
  /** background-vs-event balance for the reported subtype (>0: background) */
  backgroundScore: number;
  /** typographic marks by style: apostrophes inside words and matched double quote marks */
  straightMarks: number;
  curlyMarks: number;
}

/** The words that fired feature `feature`, or undefined. */
export function exampleOf(ev: PassageEvidence, feature: Feature): string | undefined {
  const k = F[feature];
  const a = ev.examples[2 * k]!;
  return a < 0 ? undefined : ev.text.slice(a, ev.examples[2 * k + 1]!);
}

const WILL = VOCAB.intern('will');
const TO = VOCAB.intern('to');
const WHAT = VOCAB.intern('what');
const IT = VOCAB.intern('it');
const THAT = VOCAB.intern('that');
const IT_FRAME_VERBS = new Set(
  ['is', 'was', "it's", 'seems', 'seemed', 'looks', 'remains', 'would', 'will'].map((w) => VOCAB.intern(w)),
);
/** After "it is": an article, a number or a time word begins a report ("It is the third time…"), not a verdict. */
const FRAME_BLOCKERS = new Set(
  [
    'the',
    'a',
    'an',
    'not',
    'now',
    'also',
    'still',
    'expected',
    'due',
    'set',
    'understood',
    'believed',
    'thought',
    'said',
    'reported',
    'alleged',
    'unclear',
  ].map((w) => VOCAB.intern(w)),
);
const A = VOCAB.intern('a');
const AN = VOCAB.intern('an');
const OF = VOCAB.intern('of');
const BY = VOCAB.intern('by');
const BYLINE_VERBS = new Set(METADATA_OPENERS.map((w) => VOCAB.intern(w)));
const UNDER = VOCAB.intern('under');
/** Determiners that point at the page or its reader: "this article", "our journalism", "your account". */
const SITE_DETERMINERS = new Set(['this', 'our', 'your'].map((w) => VOCAB.intern(w)));
const DEMONSTRATIVES = new Set([VOCAB.intern('that'), VOCAB.intern('this')]);
const EXPLAINER_OPENERS = new Set([VOCAB.intern('why'), VOCAB.intern('how'), VOCAB.intern('what')]);
const DEMONSTRATIVE_FOLLOWERS = new Set(
  "is was could may might will would should must means suggests explains matters shows seems looks goes makes isn't wasn't"
    .split(' ')
    .map((w) => VOCAB.intern(w)),
);

/** Caps: one long rant must not dominate the scale. */
const CAP_LIST: Array<[Feature, number]> = [
  ['evaluative_strong', 3],
  ['evaluative_mild', 3],
  ['intensifier', 3],
  ['stance_adverb', 2],
  ['hedge', 2],
  ['modal_hedge', 2],
  ['obligation', 2],
  ['first_person', 2],
  ['second_person', 2],
  ['informal', 3],
  ['analysis_phrase', 2],
  ['numbers', 3],
  ['time', 2],
  ['furniture', 3],
  ['judgement', 3],
  ['degree', 2],
  ['event_verb', 2],
  ['manner_adverb', 2],
];
/** The caps as parallel typed arrays (feature index, maximum): the hot loop reads no strings. */
const CAP_INDEX = Int32Array.from(CAP_LIST.map(([k]) => F[k]));
const CAP_MAX = Float64Array.from(CAP_LIST.map(([, m]) => m));

// scratch: attribution scopes (difference array, grown on demand), features and their examples
let scopeDelta = new Int32Array(64);
/** per token: relayed (quoted or in an attribution's scope); filled for the first n tokens before use */
let relayedScratch = new Uint8Array(64);
const featureScratch = new Float64Array(FEATURE_COUNT);
const exampleScratch = new Int32Array(2 * FEATURE_COUNT);
const outerOpenScratch: number[] = [];
const cueScratch: Cue[] = [];
const outerCloseScratch: number[] = [];

function note(ex: Int32Array, k: number, a: number, b: number): void {
  if (ex[2 * k]! < 0) {
    ex[2 * k] = a;
    ex[2 * k + 1] = b;
  }
}

function sourceCue(kind: SourceKind): CueKind {
  switch (kind) {
    case 'anonymous':
      return 'anonymous_source';
    case 'vague':
      return 'vague_source';
    case 'media':
      return 'media_source';
    case 'document':
      return 'document_source';
    default:
      return 'named_source';
  }
}

/** Quotations: share, longest quote, cues for marks, insertions and omissions inside. */
function quoteEvidence(
  s: SentenceScan,
  f: FeatureVector,
  ex: Int32Array,
  cues: Cue[],
  outerOpen: number[],
  outerClose: number[],
): number {
  const { tok, text } = s;
  const n = tok.count;
  let longest = 0;
  let leading = 0; // words of a quotation that opens the passage or follows a colon: a direct quote
  let t = 0;
  for (const q of s.spans) {
    if (outerClose.length > 0 && q.open < outerClose[outerClose.length - 1]!) continue; // nested
    outerOpen.push(q.open);
    outerClose.push(q.close);
    cues.push({ start: q.open, end: q.close + 1, kind: 'quote_marks' });
    while (t < n && tok.start[t]! <= q.open) t++;
    let words = 0;
    while (t < n && tok.end[t]! <= q.close) {
      words++;
      t++;
    }
    if (words > longest) longest = words;
    if (q.open === 0 || prevNonSpace(text, q.open) === 58) leading = Math.max(leading, words);
    // one bounded pass inside the quote: editorial insertions ("[Israel]") and omissions ("…")
    let bracket = -1;
    let omission = false;
    for (let i = q.open + 1; i < q.close; i++) {
      const c = text.charCodeAt(i);
      if (c === 91) bracket = i;
      else if (c === 93 && bracket >= 0) {
        cues.push({ start: bracket, end: i + 1, kind: 'editorial_insertion' });
        bracket = -1;
      } else if (!omission && c === 0x2026) {
        cues.push({ start: i, end: i + 1, kind: 'ellipsis' });
        omission = true;
      } else if (!omission && c === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
        cues.push({ start: i, end: i + 3, kind: 'ellipsis' });
        omission = true;
      }
    }
  }
  let quoted = 0;
  for (let i = 0; i < n; i++) quoted += tok.quoted[i]!;
  const share = n > 0 ? quoted / n : 0;
  if ((share >= 0.5 && longest >= 3) || leading >= 4) {
    f[F.quote_full] = 1;
    note(ex, F.quote_full, outerOpen[0]!, outerClose[0]! + 1);
  } else if (longest >= 2) f[F.quote_partial] = 1;
  else if (longest === 1) f[F.quote_word] = 1;
  return share;
}

/** Ends with . ! ? or … (before closing quotes and brackets): a sentence, not a headline. */
function endsLikeSentence(text: string): boolean {
  let k = text.length - 1;
  while (
    k >= 0 &&
    (text.charCodeAt(k) === 32 ||
      text.charCodeAt(k) === 0x201d ||
      text.charCodeAt(k) === 0x2019 ||
      text.charCodeAt(k) === 34 ||
      text.charCodeAt(k) === 41)
  )
    k--;
  const c = k >= 0 ? text.charCodeAt(k) : 0;
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function prevNonSpace(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  return k >= 0 ? text.charCodeAt(k) : -1;
}

/** Is a character position outside every quotation? Binary search over the outer spans. */
function outside(pos: number, open: number[], close: number[]): boolean {
  let lo = 0;
  let hi = open.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (close[mid]! <= pos) lo = mid + 1;
    else if (open[mid]! >= pos) hi = mid - 1;
    else return false;
  }
  return true;
}

/** Attribution features and cues; marks the relayed scopes in scopeDelta. */
function attributionEvidence(
  s: SentenceScan,
  r: AttributionResult,
  f: FeatureVector,
  ex: Int32Array,
  cues: Cue[],
): PrimaryAttribution | undefined {
  const { tok } = s;
  let primary: PrimaryAttribution | undefined;
  let fallback: PrimaryAttribution | undefined;
  for (const at of r.attributions) {
    if (at.scopeTo > at.scopeFrom) {
      scopeDelta[at.scopeFrom]! += 1;
      scopeDelta[at.scopeTo]! -= 1;
    }
    const a = tok.start[at.cueFrom]!;
    const b = tok.end[at.cueTo - 1]!;
    const summary: PrimaryAttribution = { type: at.type, sourceKind: at.sourceKind, cueStart: a, cueEnd: b };
    if (at.sourceFrom !== undefined && at.sourceTo !== undefined && at.sourceTo > at.sourceFrom) {
      summary.sourceStart = tok.start[at.sourceFrom]!;
      summary.sourceEnd = tok.end[at.sourceTo - 1]!;
    }
    if (!primary && !at.embedded) primary = summary;
    fallback ??= summary;
    if (at.type === 'hedge') {
      cues.push({ start: a, end: b, kind: 'hedge' });
      if (!at.embedded) {
        f[F.attr_agentless] = 1;
        note(ex, F.attr_agentless, a, b);
      }
      continue;
    }
    cues.push({ start: a, end: b, kind: at.type === 'loaded' ? 'loaded_verb' : 'attribution_verb' });
    if (summary.sourceStart !== undefined)
      cues.push({ start: summary.sourceStart, end: summary.sourceEnd!, kind: sourceCue(at.sourceKind) });
    let k: number;
    if (at.embedded) k = F.attr_embedded;
    else if (at.type === 'say') k = F.attr_say;
    else if (at.type === 'loaded') k = F.attr_loaded;
    else if (at.type === 'according') k = F.attr_according;
    else if (at.type === 'passive') k = F.attr_agentless;
    else k = F.attr_belief;
    f[k] = 1;
    note(ex, k, a, b);
  }
  if (r.speechActs.length > 0) {
    const v = r.speechActs[0]!;
    f[F.speech_act] = 1;
    note(ex, F.speech_act, tok.start[v]!, tok.end[v]!);
  }
  if (r.nonResponse) f[F.non_response] = 1;
  if (r.firstPersonStance.length > 0) {
    const v = r.firstPersonStance[0]!;
    f[F.writer_stance] = 1;
    note(ex, F.writer_stance, tok.start[Math.max(0, v - 1)]!, tok.end[v]!);
  }
  return primary ?? fallback;
}

/** Punctuation in the outlet's voice: questions, exclamations, "!!", glued ellipses. One pass. */
function punctuationEvidence(
  text: string,
  f: FeatureVector,
  ex: Int32Array,
  cues: Cue[],
  open: number[],
  close: number[],
  question: boolean,
): void {
  const n = text.length;
  if (question) {
    f[F.question] = 1;
    note(ex, F.question, n - 1, n);
  }
  let informal = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) {
      // a question mark that ends an inner sentence: "Choosing a career at 14? Let children…"
      if (f[F.question] === 0 && outside(i, open, close)) {
        f[F.question] = 1;
        note(ex, F.question, i, i + 1);
      }
      if (text.charCodeAt(i + 1) === 63 || text.charCodeAt(i + 1) === 33) {
        if (outside(i, open, close)) {
          informal++;
          note(ex, F.informal, i, i + 2);
          cues.push({ start: i, end: i + 2, kind: 'informal_punctuation' });
        }
        i++;
      }
    } else if (c === 33) {
      if (!outside(i, open, close)) continue;
      f[F.exclamation] = 1;
      note(ex, F.exclamation, i, i + 1);
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
      if (j - i >= 2) {
        informal++;
        note(ex, F.informal, i, j);
      }
      cues.push({ start: i, end: j, kind: 'informal_punctuation' });
      i = j - 1;
    } else if (c === 0x2026 || (c === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46)) {
      const len = c === 0x2026 ? 1 : 3;
      if (outside(i, open, close)) {
        // glued to a word ("detail...") it is informal; spaced (" … ") it marks omitted words
        if (i > 0 && text.charCodeAt(i - 1) !== 32) {
          informal++;
          note(ex, F.informal, i, i + len);
          cues.push({ start: i, end: i + len, kind: 'informal_punctuation' });
        } else cues.push({ start: i, end: i + len, kind: 'ellipsis' });
      }
      i += len - 1;
      while (i + 1 < n && text.charCodeAt(i + 1) === 46) i++;
    }
  }
  f[F.informal]! += informal;
}

export function analyzeEvidence(text: string): PassageEvidence {
  const s = scanSentence(text);
  const { tok } = s;
  const n = tok.count;
  // scratch vectors, reset here: the evidence is read before the next passage is analysed
  const f = featureScratch.fill(0);
  const ex = exampleScratch.fill(-1);
  const cues = cueScratch;
  if (cues.length !== 0) cues.length = 0; // setting length is a runtime call even on an empty array
  const outerOpen = outerOpenScratch;
  const outerClose = outerCloseScratch;
  if (outerOpen.length !== 0) outerOpen.length = 0;
  if (outerClose.length !== 0) outerClose.length = 0;

  const quoteShare = quoteEvidence(s, f, ex, cues, outerOpen, outerClose);
  let straightDoubles = 0;
  let curlyDoubles = 0;
  for (const q of s.spans) {
    if (q.single) continue;
    if (q.straight) straightDoubles++;
    else curlyDoubles++;
  }

  if (scopeDelta.length < n + 1) scopeDelta = new Int32Array(Math.max(n + 1, scopeDelta.length * 2));
  scopeDelta.fill(0, 0, n + 1);
  const attribution = findAttributions(s);
  const primary = attributionEvidence(s, attribution, f, ex, cues);

  // ── one pass over the tokens: relayed share, and the outlet's own voice everywhere else
  let relayedWords = 0;
  let numbers = 0;
  let time = 0;
  let background = 0;
  let verbs = 0;
  let furnitureWords = 0;
  let willAt = -1;
  let names = 0;
  let units = 0;
  let siteNouns = 0;
  let itAt = -1;
  let siteNounAt = -1;
  let digits = 0;
  let degree = 0;
  let degreeAt = -1;
  let predictAt = -1;
  let depth = 0;
  const firstRelayed = n > 0 && (tok.quoted[0] === 1 || scopeDelta[0]! > 0);
  for (let i = 0; i < n; i++) {
    depth += scopeDelta[i]!;
    const st = s.style[i]!;
    const a = tok.start[i]!;
    const e = tok.end[i]!;
    // rough finite-verb test for fragments ("Most popular", "Accept all"): a frequent verb, a cue verb, or -ed
    if (
      st & S_COMMON_VERB ||
      (s.attr[i]! & 0x1f) !== 0 ||
      (e - a > 4 && text.charCodeAt(e - 1) === 100 && text.charCodeAt(e - 2) === 101)
    )
      verbs++;
    if (st & (S_FURNITURE | S_INTERFACE)) furnitureWords++;
    if (tok.quoted[i] === 1 || depth > 0) {
      relayedWords++;
      continue;
    }
    if (tok.numeric[i]) digits++;
    if (tok.numeric[i] || st & S_NUMBER_WORD) numbers++;
    if (willAt < 0 && tok.id[i] === WILL) willAt = i;
    if (itAt < 0 && tok.id[i] === IT) itAt = i;
    // a name is a checkable anchor: a capital inside the sentence on a word the lexicon does not know,
    // or an unknown capitalised first word followed by another capital ("Governor Maranov…")
    if (
      tok.cap[i] === 1 &&
      tok.id[i]! < 0 &&
      ((i > 0 && (tok.gap[i]! & GAP_STOP) === 0) || (i === 0 && n > 1 && tok.cap[1] === 1))
    )
      names++;
    // an -ly adverb of manner or degree ("noticeably", "firmly"): the writer characterising, not recording
    if (
      e - a > 4 &&
      text.charCodeAt(e - 1) === 121 &&
      text.charCodeAt(e - 2) === 108 &&
      !(st & (S_NEUTRAL_LY | S_STANCE_ADVERB | S_HEDGE | S_INTENSIFIER | S_JUDGE | S_EVAL_STRONG | S_EVAL_MILD)) &&
      tok.cap[i] === 0
    ) {
      f[F.manner_adverb]!++;
      note(ex, F.manner_adverb, a, e);
      cues.push({ start: a, end: e, kind: 'evaluative' });
    }
    if (st === 0) continue;
    if (st & S_SITE_NOUN) {
      if (siteNouns++ === 0) siteNounAt = i;
      // "this article", "our journalism", "your account" (a word or two after the determiner)
      if (
        f[F.site_reference] === 0 &&
        ((i > 0 && SITE_DETERMINERS.has(tok.id[i - 1]!)) || (i > 1 && SITE_DETERMINERS.has(tok.id[i - 2]!)))
      ) {
        f[F.site_reference] = 1;
        note(ex, F.site_reference, tok.start[SITE_DETERMINERS.has(tok.id[i - 1]!) ? i - 1 : i - 2]!, e);
        cues.push({ start: tok.start[SITE_DETERMINERS.has(tok.id[i - 1]!) ? i - 1 : i - 2]!, end: e, kind: 'site_furniture' });
      }
    }
    if (st & S_TIME) time++;
    else if (st & S_TIME_UNIT) units++;
    if (st & S_EVENT && i > 0) {
      f[F.event_verb]!++;
      note(ex, F.event_verb, a, e);
    }
    if (st & S_DEGREE) {
      degree++;
      if (degreeAt < 0) degreeAt = i;
    }
    if (st & S_INTERPRET && i > 0 && f[F.interpretive] === 0 && i + 1 < n && !(tok.gap[i + 1]! & GAP_STOP)) {
      f[F.interpretive] = 1;
      note(ex, F.interpretive, a, e);
      cues.push({ start: a, end: e, kind: 'evaluative' });
    }
    if (st & S_GENERIC && i <= 1 && f[F.generic_subject] === 0) {
      f[F.generic_subject] = 1;
      note(ex, F.generic_subject, a, e);
    }
    // "likely to", "set to", "bound to": a forecast in the outlet's voice
    if (st & S_PREDICT && i + 1 < n && tok.id[i + 1] === TO && predictAt < 0) predictAt = i;
    if (st & S_BACKGROUND) background++;
    // a capitalised word inside the sentence is a name ("Great Britain", "the Sad Hill cemetery"), not a judgement
    const named = tok.cap[i] === 1 && i > 0 && (tok.gap[i]! & GAP_STOP) === 0;
    if (named) {
      /* no evaluation cue */
    } else if (st & S_JUDGE && !(st & (S_EVAL_STRONG | S_EVAL_MILD))) {
      f[F.judgement]!++;
      note(ex, F.judgement, a, e);
      cues.push({ start: a, end: e, kind: 'evaluative' });
    } else if (st & S_EVAL_STRONG) {
      f[F.evaluative_strong]!++;
      note(ex, F.evaluative_strong, a, e);
      cues.push({ start: a, end: e, kind: 'evaluative' });
    } else if (st & S_EVAL_MILD) {
      f[F.evaluative_mild]!++;
      note(ex, F.evaluative_mild, a, e);
      cues.push({ start: a, end: e, kind: 'evaluative' });
    }
    if (st & S_STANCE_ADVERB) {
      f[F.stance_adverb]!++;
      note(ex, F.stance_adverb, a, e);
      cues.push({ start: a, end: e, kind: 'evaluative' });
    } else if (st & S_INTENSIFIER) {
      f[F.intensifier]!++;
      note(ex, F.intensifier, a, e);
      cues.push({ start: a, end: e, kind: 'evaluative' });
    }
    if (st & S_HEDGE) {
      f[F.hedge]!++;
      note(ex, F.hedge, a, e);
      cues.push({ start: a, end: e, kind: 'hedge' });
    } else if (st & S_MODAL_HEDGE) {
      f[F.modal_hedge]!++;
      note(ex, F.modal_hedge, a, e);
      cues.push({ start: a, end: e, kind: 'hedge' });
    }
    if (st & S_OBLIGATION) {
      f[F.obligation]!++;
      note(ex, F.obligation, a, e);
      cues.push({ start: a, end: e, kind: 'modal_obligation' });
    }
    if (st & S_FIRST) {
      f[F.first_person]!++;
      note(ex, F.first_person, a, e);
      cues.push({ start: a, end: e, kind: 'first_second_person' });
      // "I suspect", "we believe", "I reckon": the writer's own stance
      if (i + 1 < n && s.style[i + 1]! & S_STANCE && !tok.quoted[i + 1]) {
        f[F.writer_stance] = 1;
        note(ex, F.writer_stance, a, tok.end[i + 1]!);
      }
    } else if (st & S_SECOND) {
      f[F.second_person]!++;
      note(ex, F.second_person, a, e);
      cues.push({ start: a, end: e, kind: 'first_second_person' });
    }
    if (st & S_INFORMAL) {
      f[F.informal]!++;
      note(ex, F.informal, a, e);
    }
  }
  const relayedShare = n > 0 ? relayedWords / n : 0;
  f[F.relayed_share] = relayedShare;

  // ── phrases in the outlet's voice, and site furniture anywhere
  let furniture = 0;
  if (s.phrases.length > 0) {
    // relayed test per phrase start: rebuild the prefix sum once (phrases are few)
    if (relayedScratch.length < n) relayedScratch = new Uint8Array(Math.max(n, 2 * relayedScratch.length));
    const relayed = relayedScratch;
    for (let i = 0, d = 0; i < n; i++) {
      d += scopeDelta[i]!;
      relayed[i] = tok.quoted[i] === 1 || d > 0 ? 1 : 0;
    }
    for (const m of s.phrases) {
      const a = tok.start[m.from]!;
      const b = tok.end[m.to - 1]!;
      // in a long attributed sentence, "published on" or "sign up" is part of the report, not a page control
      if (m.tag === P_FURNITURE && n > 12 && m.from > 2 && primary !== undefined) continue;
      if (m.tag === P_FURNITURE) {
        furniture++;
        note(ex, F.furniture, a, b);
        cues.push({ start: a, end: b, kind: 'site_furniture' });
        continue;
      }
      if (relayed[m.from]) continue;
      if (m.tag === P_OBLIGATION) {
        f[F.obligation]!++;
        note(ex, F.obligation, a, b);
        cues.push({ start: a, end: b, kind: 'modal_obligation' });
      } else if (m.tag === P_HEDGE) {
        f[F.hedge]!++;
        note(ex, F.hedge, a, b);
        cues.push({ start: a, end: b, kind: 'hedge' });
      } else if (m.tag === P_COMMENT_IDIOM) {
        f[F.informal]!++;
        note(ex, F.informal, a, b);
      } else if (m.tag === P_ANALYSIS) {
        f[F.analysis_phrase]!++;
        note(ex, F.analysis_phrase, a, b);
        cues.push({ start: a, end: b, kind: 'evaluative' });
      }
    }
  }

  // ── sentence shapes in the outlet's voice
  if (n > 2 && !firstRelayed) {
    const first = tok.id[0]!;
    // a prediction not tied to a date ("…will not last a season")
    if (willAt >= 0 && time === 0) {
      f[F.prediction] = 1;
      note(ex, F.prediction, tok.start[willAt]!, tok.end[willAt]!);
    }
    // "That could matter", "This is a fire that…": a demonstrative pointing back at the story, then a verdict
    if (DEMONSTRATIVES.has(first) && DEMONSTRATIVE_FOLLOWERS.has(tok.id[1]!)) {
      f[F.demonstrative_opener] = 1;
      note(ex, F.demonstrative_opener, tok.start[0]!, tok.end[1]!);
    }
    // an extraposed verdict: "It is hard to…", "It is remarkable that…", "It seems unlikely that…" —
    // "it" + a form of be/seem + a word that is not a determiner or number, then "to"/"that" within three words
    for (let i = itAt; i >= 0 && i + 3 < n; i++) {
      if (tok.id[i] !== IT || !IT_FRAME_VERBS.has(tok.id[i + 1]!) || tok.quoted[i] || f[F.evaluative_frame] !== 0) continue;
      const w = tok.id[i + 2]!;
      if (FRAME_BLOCKERS.has(w) || tok.numeric[i + 2] || s.style[i + 2]! & S_NUMBER_WORD) continue;
      for (let k = i + 3; k < n && k <= i + 5; k++) {
        if (tok.gap[k]! & (GAP_STOP | GAP_COMMA)) break;
        if (tok.id[k] === TO || tok.id[k] === THAT) {
          f[F.evaluative_frame] = 1;
          note(ex, F.evaluative_frame, tok.start[i]!, tok.end[i + 2]!);
          cues.push({ start: tok.start[i]!, end: tok.end[i + 2]!, kind: 'evaluative' });
          break;
        }
      }
    }
    // an exclamative: "What a pity…", "What a week it has been" (no question mark)
    if (first === WHAT && (tok.id[1] === A || tok.id[1] === AN) && !s.question && f[F.exclamation] === 0) {
      f[F.exclamation] = 1;
      note(ex, F.exclamation, tok.start[0]!, tok.end[1]!);
    }
    // an explainer headline: "Why the bank can't stop…", "How the fire spread" (no final stop, no question mark)
    if (EXPLAINER_OPENERS.has(first) && !s.question && !endsLikeSentence(text)) {
      f[F.explainer] = 1;
      note(ex, F.explainer, tok.start[0]!, tok.end[0]!);
    }
  } else if (willAt >= 0 && time === 0) {
    f[F.prediction] = 1;
    note(ex, F.prediction, tok.start[willAt]!, tok.end[willAt]!);
  }
  // imperative opener: "Expect more…", "Let children be children"
  if (n > 1 && !firstRelayed && s.style[0]! & S_IMPERATIVE && tok.cap[0] && !(s.style[1]! & (S_COMMON_VERB | S_OBLIGATION))) {
    f[F.imperative] = 1;
    note(ex, F.imperative, tok.start[0]!, tok.end[0]!);
  }
  // a lowercase start is informal typing ("lol so…", "the fire crews out here…")
  if (n > 0 && !tok.cap[0] && !tok.numeric[0] && tok.start[0] === 0) {
    f[F.informal]!++;
    note(ex, F.informal, tok.start[0]!, tok.end[0]!);
  }

  if (tok.sawMarkedPunctuation || s.question) punctuationEvidence(text, f, ex, cues, outerOpen, outerClose, s.question);

  // ── reported-fact evidence
  f[F.numbers] = numbers;
  f[F.time] = time;
  if (predictAt >= 0 && f[F.prediction] === 0) {
    f[F.prediction] = 1;
    note(ex, F.prediction, tok.start[predictAt]!, tok.end[predictAt + 1]!);
    cues.push({ start: tok.start[predictAt]!, end: tok.end[predictAt + 1]!, kind: 'hedge' });
  }
  // comparison without a measure judges ("the worst kind of…"); with a number it measures ("highest since 1990")
  if (degree > 0 && digits === 0) {
    f[F.degree] = degree;
    note(ex, F.degree, tok.start[degreeAt]!, tok.end[degreeAt]!);
    cues.push({ start: tok.start[degreeAt]!, end: tok.end[degreeAt]!, kind: 'evaluative' });
  }

  // ── site furniture: a label prefix ("Related: …"), or a short fragment of interface words ("Share this article")
  if (n > 1 && s.style[0]! & S_FURN_PREFIX && text.charCodeAt(tok.end[0]!) === 58) {
    furniture++;
    note(ex, F.furniture, 0, tok.end[0]! + 1);
    cues.push({ start: 0, end: tok.end[0]! + 1, kind: 'site_furniture' });
  }
  // a short fragment mostly of interface words, or a longer prompt dense with them ("Get the app for alerts. Download now.")
  if (
    (n > 0 && n <= 5 && furnitureWords > 0 && furnitureWords + numbers >= Math.ceil(n / 2)) ||
    (n <= 16 && furnitureWords >= 2 && 4 * furnitureWords >= n)
  ) {
    f[F.furniture_only] = 1;
    for (let i = 0; i < n; i++) {
      if (!(s.style[i]! & (S_FURNITURE | S_INTERFACE))) continue;
      const a = tok.start[i]!;
      const b = tok.end[i]!;
      note(ex, F.furniture, a, b);
      if (!cues.some((c) => c.kind === 'site_furniture' && c.start <= a && c.end >= b))
        cues.push({ start: a, end: b, kind: 'site_furniture' });
    }
  }
  // "Save article", "Enter your email address", "Continue reading the main story": the page addressing a user
  if (
    n >= 1 &&
    n <= 12 &&
    !firstRelayed &&
    tok.cap[0] === 1 &&
    s.style[0]! & S_UI_VERB &&
    (n <= 3 || siteNouns > 0 || f[F.second_person]! > 0 || furnitureWords > 0)
  ) {
    f[F.ui_imperative] = 1;
    note(ex, F.ui_imperative, tok.start[0]!, tok.end[0]!);
    cues.push({ start: tok.start[0]!, end: tok.end[0]!, kind: 'site_furniture' });
  }
  // a short fragment naming parts of the page: "Top stories", "More from this section"
  if (n > 0 && n <= 5 && siteNouns > 0 && !endsLikeSentence(text) && verbs === 0) {
    f[F.furniture_only] = 1;
    note(ex, F.furniture, tok.start[siteNounAt]!, tok.end[siteNounAt]!);
    cues.push({ start: tok.start[siteNounAt]!, end: tok.end[siteNounAt]!, kind: 'site_furniture' });
  }
  // "By Hannah Ferreira, Transport Correspondent", "Posted by … at 14:05": a byline, not a sentence
  if (n >= 2 && n <= 12 && !endsLikeSentence(text)) {
    const first = tok.id[0]!;
    const byAt = first === BY ? 0 : BYLINE_VERBS.has(first) && (tok.id[1] === BY || tok.id[1] === UNDER) ? 1 : -1;
    // "Published 14 March 2024"; "Supported by" (the sponsor's logo follows as an image)
    const dated = byAt < 0 && BYLINE_VERBS.has(first) && tok.numeric[1] === 1 && n <= 8;
    const bare = byAt === 1 && n === 2;
    if ((byAt >= 0 && byAt + 1 < n && tok.cap[byAt + 1] === 1) || dated || bare) {
      f[F.byline] = 1;
      note(ex, F.byline, tok.start[0]!, tok.end[Math.min(n - 1, Math.max(0, byAt) + 1)]!);
      cues.push({ start: tok.start[0]!, end: tok.end[Math.max(0, byAt)]!, kind: 'site_furniture' });
    }
  }
  // "1 of 8" (a gallery counter); "Newest | Oldest" (a menu); an email address or a web address
  if (n >= 3 && n <= 5 && tok.numeric[n - 3] && tok.id[n - 2] === OF && tok.numeric[n - 1]) {
    furniture++;
    note(ex, F.furniture, 0, text.length);
    cues.push({ start: 0, end: text.length, kind: 'site_furniture' });
  }
  if (n <= 15 && tok.sawInterfaceMark) {
    const bar = text.indexOf('|');
    if (bar >= 0) {
      furniture++;
      note(ex, F.furniture, bar, bar + 1);
      cues.push({ start: bar, end: bar + 1, kind: 'site_furniture' });
    }
  }
  const at = tok.sawInterfaceMark ? text.indexOf('@') : -1;
  if (at > 0 && text.charCodeAt(at - 1) !== 32 && at + 1 < text.length && text.charCodeAt(at + 1) !== 32) {
    furniture++;
    note(ex, F.furniture, at, at + 1);
    cues.push({ start: at, end: at + 1, kind: 'site_furniture' });
  }
  f[F.furniture] = furniture;
  // nothing a reader could check: no number, date, name, event verb, source, quotation or interface words
  if (
    n >= 4 &&
    numbers === 0 &&
    time === 0 &&
    units === 0 &&
    names === 0 &&
    furniture === 0 &&
    f[F.furniture_only] === 0 &&
    f[F.byline] === 0 &&
    f[F.ui_imperative] === 0 &&
    f[F.site_reference] === 0 &&
    f[F.event_verb] === 0 &&
    primary === undefined &&
    outerOpen.length === 0 &&
    relayedShare === 0
  ) {
    f[F.unanchored] = 1;
  }
  if (n > 0 && n <= 6 && verbs === 0 && (tok.gap[n - 1]! & GAP_STOP) === 0 && f[F.quote_full] === 0) f[F.no_verb_fragment] = 1;

  for (let c = 0; c < CAP_INDEX.length; c++) {
    const k = CAP_INDEX[c]!;
    if (f[k]! > CAP_MAX[c]!) f[k] = CAP_MAX[c]!;
  }

  // cues were collected by detector; present them in text order
  // (insertion sort: a passage has a handful of cues, mostly in order already)
  for (let i = 1; i < cues.length; i++) {
    const c = cues[i]!;
    let j = i - 1;
    while (j >= 0 && (cues[j]!.start > c.start || (cues[j]!.start === c.start && cues[j]!.end > c.end))) {
      cues[j + 1] = cues[j]!;
      j--;
    }
    cues[j + 1] = c;
  }

  const result: PassageEvidence = {
    text,
    // an exact-size copy: the scratch array grew by doubling, and the output keeps one per passage
    cues: cues.slice(),
    features: f,
    examples: ex,
    quoteShare,
    relayedShare,
    wordCount: n,
    backgroundScore: background - time - (f[F.speech_act] ? 1 : 0),
    straightMarks: tok.straightApostrophes + 2 * straightDoubles,
    curlyMarks: tok.curlyApostrophes + 2 * curlyDoubles,
  };
  if (primary) result.primary = primary;
  return result;
}
