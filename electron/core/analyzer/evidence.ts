/**
 * The evidence about one passage: the named features the scoring table weighs, the words that fired
 * each of them, and the cues (character ranges) a person can see. Detectors (detectors/*.ts) each read
 * the sentence scan and add to one Evidence object passed to them in turn; detect.ts runs them and
 * freezes the result as a PassageEvidence.
 */
import type { Cue, CueKind, SourceKind } from '../../shared/domain.js';
import type { CueType } from './attribution.js';
import type { SentenceScan } from './sentence-scan.js';

/**
 * The features, in the order of the scoring table (the weight file lists them by name). A feature is a
 * count or a 0/1 flag, except relayed_share (0..1).
 */
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
  // broad classes (lexicon/evaluation.ts, checkable.ts, site-text.ts): unmarked commentary, checkable reporting, bylines
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
  // across sentences (carried-quotes.ts, context.ts)
  'quote_carried',
  'prev_attributed',
  'next_attributed',
  // argument and narration in the outlet's voice
  'negation',
  'contrast_opener',
  'first_plural',
  'sweeping',
  'speaker_before',
] as const;
export type Feature = (typeof FEATURES)[number];

/** Index of each feature in a FeatureVector. */
export const F = Object.fromEntries(FEATURES.map((k, i) => [k, i])) as Record<Feature, number>;
export const FEATURE_COUNT = FEATURES.length;

/** Feature values in FEATURES order. */
export type FeatureVector = Float64Array;

/** Caps on counted features: one long rant must not dominate the scale. */
export const FEATURE_CAPS: ReadonlyArray<readonly [Feature, number]> = [
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
  ['negation', 2],
  ['first_plural', 2],
  ['sweeping', 2],
];

/** The attribution that decides source and verb, as character ranges in the passage. */
export interface PrimaryAttribution {
  type: CueType;
  sourceKind: SourceKind;
  cueStart: number;
  cueEnd: number;
  sourceStart?: number;
  sourceEnd?: number;
}

/** Everything the scoring, the explanation and the page pass need about one passage. */
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
  /** a quotation is still open at the end of the passage (the next sentence starts inside it) */
  endsInQuote: boolean;
}

/** The words that fired feature `feature`, or undefined. */
export function exampleOf(ev: PassageEvidence, feature: Feature): string | undefined {
  const k = F[feature];
  const a = ev.examples[2 * k]!;
  return a < 0 ? undefined : ev.text.slice(a, ev.examples[2 * k + 1]!);
}

/** What the token pass counts in the outlet's own voice, for the detectors that run after it. */
export interface VoiceTally {
  relayedWords: number;
  numbers: number;
  time: number;
  background: number;
  verbs: number;
  furnitureWords: number;
  names: number;
  units: number;
  siteNouns: number;
  digits: number;
  degree: number;
}

/** Token positions the token pass remembers (-1: none). */
export interface VoiceMarks {
  will: number;
  it: number;
  siteNoun: number;
  degree: number;
  predict: number;
}

/** The evidence under construction: the detectors add to it in a fixed order. */
export class Evidence {
  readonly text: string;
  readonly features = new Float64Array(FEATURE_COUNT);
  readonly examples: Int32Array;
  readonly cues: Cue[] = [];
  /** outer quotations (nested ones are covered by these): opening and closing mark positions */
  readonly quoteOpen: number[] = [];
  readonly quoteClose: number[] = [];
  /** attribution scopes as a difference array over tokens: +1 where a scope starts, -1 where it ends */
  readonly scopeDelta: Int32Array;
  primary: PrimaryAttribution | undefined;
  quoteShare = 0;
  relayedShare = 0;
  /** the first token is relayed (quoted or in an attribution's scope) */
  firstRelayed = false;
  readonly tally: VoiceTally = {
    relayedWords: 0,
    numbers: 0,
    time: 0,
    background: 0,
    verbs: 0,
    furnitureWords: 0,
    names: 0,
    units: 0,
    siteNouns: 0,
    digits: 0,
    degree: 0,
  };
  readonly marks: VoiceMarks = { will: -1, it: -1, siteNoun: -1, degree: -1, predict: -1 };

  constructor(readonly scan: SentenceScan) {
    this.text = scan.text;
    this.examples = new Int32Array(2 * FEATURE_COUNT).fill(-1);
    this.scopeDelta = new Int32Array(scan.tok.count + 1);
  }

  /** The value of feature k. */
  get(k: number): number {
    return this.features[k]!;
  }

  /** Remember [a, b) as the words that fired feature k, unless some already did. */
  note(k: number, a: number, b: number): void {
    if (this.examples[2 * k]! < 0) {
      this.examples[2 * k] = a;
      this.examples[2 * k + 1] = b;
    }
  }

  /** Feature k fires (value 1), with the words [a, b). */
  set(k: number, a: number, b: number): void {
    this.features[k] = 1;
    this.note(k, a, b);
  }

  /** Feature k counts once more, with the words [a, b). */
  count(k: number, a: number, b: number): void {
    this.features[k]!++;
    this.note(k, a, b);
  }

  cue(start: number, end: number, kind: CueKind): void {
    this.cues.push({ start, end, kind });
  }

  /** Is a character position outside every quotation? Binary search over the outer spans. */
  outsideQuotes(pos: number): boolean {
    const open = this.quoteOpen;
    const close = this.quoteClose;
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
}
