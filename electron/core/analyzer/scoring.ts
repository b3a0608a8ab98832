/**
 * The scoring table: label score = bias + Σ weight × feature. One row per feature, one column per label,
 * so a reader can see exactly why a passage got its label (explain.ts names the rows that decided).
 * Confidence is the softmax probability of the winning label.
 *
 * Weights were set by hand from the linguistics (attribution relays, evaluation judges, the outlet's
 * plain voice reports), then fitted once on tests/fixtures/eval/dev.jsonl + dev2.jsonl (softmax loss,
 * L2 pull towards the hand-set values, λ = 0.02; rounded to 0.1), then the priors were set back by hand:
 * the tuning sets over-represent commentary, and real news is mostly reporting. The rule the priors keep:
 * a passage with no cue, or with nothing checkable (`unanchored`) and no other cue, stays reported; one
 * judgement, interpretation, forecast or comparison on top of "nothing checkable" makes it commentary; a
 * passage with a name, number or date needs two such cues.
 */
import type { Label, Subtype } from '../../shared/domain.js';
import { F, FEATURES, type Feature, type FeatureVector, type PassageEvidence } from './cues.js';

type Row = readonly [reported: number, quoted: number, commentary: number, notArticle: number];

export const SCORED_LABELS: readonly Label[] = ['reported', 'quoted', 'commentary', 'not_article'];

/** Prior: a sentence with no cue at all is most likely the outlet reporting (0.9 > 0.4 + unanchored 0.4). */
export const BIAS: Row = [0.9, -0.5, 0.4, -1.2];

//                                         reported  quoted  commentary  not_article
export const WEIGHTS: Record<Feature, Row> = {
  quote_full: /*                        */ [0, 4, 0, -1],
  quote_partial: /*                     */ [0.1, 1.8, 0, -1],
  quote_word: /*                        */ [-0.1, 0.3, 0.4, 0],
  attr_say: /*                          */ [-0.3, 2.7, 0.1, -1.1],
  attr_loaded: /*                       */ [0, 2.6, 0.3, -1],
  attr_belief: /*                       */ [-0.3, 2.3, 0, -1],
  attr_according: /*                    */ [-0.2, 2.6, 0.1, -1],
  attr_agentless: /*                    */ [0, 2.2, 0, -1],
  attr_embedded: /*                     */ [0.3, 0.3, 0, 0],
  relayed_share: /*     × share 0..1    */ [-0.6, 2.1, -1, 0],
  speech_act: /*                        */ [0.9, 0, -0.2, 0],
  non_response: /*                      */ [1.8, -1, -0.3, 0],
  evaluative_strong: /* × count ≤3      */ [-0.3, 0, 1.7, 0],
  evaluative_mild: /*   × count ≤3      */ [-0.1, -0.1, 0.9, 0],
  intensifier: /*       × count ≤3      */ [0.1, 0, 0.4, 0],
  stance_adverb: /*     × count ≤2      */ [0, 0, 1.3, 0],
  prediction: /*                        */ [-0.3, 0, 0.9, 0],
  demonstrative_opener: /*              */ [-0.2, 0, 0.9, 0],
  hedge: /*             × count ≤2      */ [0, 0, 1.2, 0],
  modal_hedge: /*       × count ≤2      */ [0, 0, 0.6, 0],
  explainer: /*                         */ [0, 0, 1.3, 0],
  obligation: /*        × count ≤2      */ [-0.3, 0, 2, 0],
  first_person: /*      × count ≤2      */ [-0.3, 0, 1.2, 0.1],
  second_person: /*     × count ≤2      */ [-0.1, 0, 1.2, 0.5],
  writer_stance: /*                     */ [0, 0, 2, 0],
  question: /*                          */ [-0.2, 0, 1.7, 0],
  exclamation: /*                       */ [0, 0, 1.5, 0],
  informal: /*          × count ≤3      */ [-0.3, -0.1, 1.5, 0],
  imperative: /*                        */ [0, 0, 1.5, 0.1],
  analysis_phrase: /*   × count ≤2      */ [-0.4, 0, 1.7, 0],
  numbers: /*           × count ≤3      */ [0.9, -0.1, -0.5, -0.1],
  time: /*              × count ≤2      */ [0.8, -0.3, -0.3, -0.2],
  furniture: /*         × count ≤3      */ [-0.2, 0, -0.2, 5.4],
  furniture_only: /*                    */ [-0.2, 0, -0.1, 3.3],
  no_verb_fragment: /*                  */ [-0.2, 0, -0.2, 0.9],
  judgement: /*         × count ≤3      */ [-0.1, -0.1, 0.9, 0],
  interpretive: /*                      */ [-0.1, 0, 1, 0],
  degree: /*            × count ≤2      */ [-0.2, -0.1, 0.9, 0],
  generic_subject: /*                   */ [-0.1, 0, 0.9, 0],
  unanchored: /*                        */ [0, -0.3, 0.4, 0.1],
  event_verb: /*        × count ≤2      */ [0.8, -0.1, -0.1, -0.2],
  manner_adverb: /*     × count ≤2      */ [0, 0, 0.5, 0],
  site_reference: /*                    */ [0, 0, 0, 3.5],
  ui_imperative: /*                     */ [0, 0, -0.5, 3.0],
  evaluative_frame: /*                  */ [0, 0, 0.9, 0],
  byline: /*                            */ [0, 0, 0, 5],
};

export interface Scored {
  label: Label;
  confidence: number;
  scores: Record<Label, number>;
  /** up to three features, ordered by how much they pushed the winning label ahead of the runner-up */
  decisive: Feature[];
  /** the same features as indices into FEATURES (the first `decisive.length` entries) */
  decisiveIndex: Int32Array;
}

/** The table flattened in FEATURES order (4 numbers per feature), for the hot loop. */
const MATRIX = Float64Array.from(FEATURES.flatMap((k) => [...WEIGHTS[k]]));

const SCORED: Scored = {
  label: 'reported',
  confidence: 0,
  scores: { reported: 0, quoted: 0, commentary: 0, not_article: 0 },
  decisive: [],
  decisiveIndex: new Int32Array(3),
};
const scores = new Float64Array(4);

/** Scores one feature vector. The result object is reused: read it before the next call. */
export function scoreFeatures(f: FeatureVector): Scored {
  scores[0] = BIAS[0];
  scores[1] = BIAS[1];
  scores[2] = BIAS[2];
  scores[3] = BIAS[3];
  for (let k = 0; k < f.length; k++) {
    const v = f[k]!;
    if (v === 0) continue;
    const o = 4 * k;
    scores[0] += MATRIX[o]! * v;
    scores[1] += MATRIX[o + 1]! * v;
    scores[2] += MATRIX[o + 2]! * v;
    scores[3] += MATRIX[o + 3]! * v;
  }
  let best = 0;
  for (let i = 1; i < 4; i++) if (scores[i]! > scores[best]!) best = i;
  let second = best === 0 ? 1 : 0;
  for (let i = 0; i < 4; i++) if (i !== best && scores[i]! > scores[second]!) second = i;
  let z = 0;
  // exp(0) is exactly 1: the winner's own term needs no call
  for (let i = 0; i < 4; i++) z += i === best ? 1 : Math.exp(scores[i]! - scores[best]!);
  const confidence = 1 / z;
  // the three features that pushed the winner furthest ahead of the runner-up (no sort, no garbage)
  let k1 = -1;
  let k2 = -1;
  let k3 = -1;
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  for (let k = 0; k < f.length; k++) {
    const v = f[k]!;
    if (v === 0) continue;
    const m = (MATRIX[4 * k + best]! - MATRIX[4 * k + second]!) * v;
    if (m <= 0) continue;
    if (m > m1) {
      k3 = k2;
      m3 = m2;
      k2 = k1;
      m2 = m1;
      k1 = k;
      m1 = m;
    } else if (m > m2) {
      k3 = k2;
      m3 = m2;
      k2 = k;
      m2 = m;
    } else if (m > m3) {
      k3 = k;
      m3 = m;
    }
  }
  // one Scored object for every passage (read before the next call): no garbage per passage
  const r = SCORED;
  const decisive = r.decisive;
  // overwrite in place; setting length is a runtime call, so only when the count changes
  const index = r.decisiveIndex;
  let count = 0;
  if (k1 >= 0) {
    index[count] = k1;
    decisive[count++] = FEATURES[k1]!;
  }
  if (k2 >= 0) {
    index[count] = k2;
    decisive[count++] = FEATURES[k2]!;
  }
  if (k3 >= 0) {
    index[count] = k3;
    decisive[count++] = FEATURES[k3]!;
  }
  if (decisive.length !== count) decisive.length = count;
  r.label = SCORED_LABELS[best]!;
  r.confidence = Math.round(confidence * 1000) / 1000;
  r.scores.reported = scores[0]!;
  r.scores.quoted = scores[1]!;
  r.scores.commentary = scores[2]!;
  r.scores.not_article = scores[3]!;
  return r;
}

/**
 * The subtype within the label, from the same evidence. On a page (`onPage`), whether commentary is a
 * reader's is the page-level pass's decision (page.ts), so here it is at most opinion.
 */
export function subtypeFor(label: Label, ev: PassageEvidence, onPage = false): Subtype {
  const f = ev.features;
  switch (label) {
    case 'not_article':
      return 'site_text';
    case 'quoted': {
      const kind = ev.primary?.sourceKind;
      if (kind === 'anonymous') return 'anonymous_source';
      if (kind === 'vague') return 'vague_source';
      if (kind === 'media') return 'media_report';
      if (kind === 'document') return 'document';
      if (f[F.quote_full]! > 0) return 'direct_quote';
      if (f[F.quote_partial]! > 0 || f[F.quote_word]! > 0) return 'partial_quote';
      return 'indirect_quote';
    }
    case 'commentary':
      if (!onPage && (f[F.informal]! > 0 || f[F.second_person]! > 0 || f[F.exclamation]! > 0)) return 'reader_comment';
      if (f[F.informal]! > 0 || f[F.second_person]! > 0 || f[F.exclamation]! > 0) return 'opinion';
      if (
        f[F.obligation]! > 0 ||
        f[F.imperative]! > 0 ||
        f[F.evaluative_strong]! > 0 ||
        f[F.question]! > 0 ||
        f[F.first_person]! > 0
      )
        return 'opinion';
      return 'analysis';
    case 'reported':
      return ev.backgroundScore > 0 ? 'background' : 'event';
  }
}
