/**
 * The scoring table: label score = bias + Σ weight × feature. One row per feature, one column per label,
 * so a reader can see exactly why a passage got its label (explain.ts names the rows that decided).
 * Confidence is the softmax probability of the winning label.
 *
 * Weights were set by hand from the linguistics (attribution relays, evaluation judges, the outlet's
 * plain voice reports) and then adjusted against tests/fixtures/eval/dev.jsonl only.
 */
import type { Label, Subtype } from '../../shared/domain.js';
import { F, FEATURES, type Feature, type FeatureVector, type PassageEvidence } from './cues.js';

type Row = readonly [reported: number, quoted: number, commentary: number, notArticle: number];

export const SCORED_LABELS: readonly Label[] = ['reported', 'quoted', 'commentary', 'not_article'];

/** Prior: a sentence with no cue at all is most likely the outlet reporting. */
export const BIAS: Row = [1.0, 0, 0, -1.0];

//                                         reported  quoted  commentary  not_article
export const WEIGHTS: Record<Feature, Row> = {
  quote_full: /*                        */ [0, 4.0, 0, -1],
  quote_partial: /*                     */ [0, 1.8, 0, -1],
  quote_word: /*                        */ [0, 0.4, 0.2, 0],
  attr_say: /*                          */ [0, 2.5, 0, -1],
  attr_loaded: /*                       */ [0, 2.5, 0.3, -1],
  attr_belief: /*                       */ [0, 2.0, 0, -1],
  attr_according: /*                    */ [0, 2.5, 0, -1],
  attr_agentless: /*                    */ [0, 2.2, 0, -1],
  attr_embedded: /*                     */ [0.3, 0.3, 0, 0],
  relayed_share: /*     × share 0..1    */ [0, 1.5, -1.0, 0],
  speech_act: /*                        */ [0.8, 0, 0, 0],
  non_response: /*                      */ [1.5, -1, 0, 0],
  evaluative_strong: /* × count ≤3      */ [0, 0, 1.4, 0],
  evaluative_mild: /*   × count ≤3      */ [0, 0, 0.55, 0],
  intensifier: /*       × count ≤3      */ [0, 0, 0.4, 0],
  stance_adverb: /*     × count ≤2      */ [0, 0, 1.3, 0],
  prediction: /*                        */ [0, 0, 0.6, 0],
  demonstrative_opener: /*              */ [0, 0, 0.6, 0],
  hedge: /*             × count ≤2      */ [0, 0, 1.2, 0],
  modal_hedge: /*       × count ≤2      */ [0, 0, 0.5, 0],
  explainer: /*                         */ [0, 0, 1.2, 0],
  obligation: /*        × count ≤2      */ [0, 0, 1.6, 0],
  first_person: /*      × count ≤2      */ [0, 0, 0.9, 0],
  second_person: /*     × count ≤2      */ [0, 0, 1.4, 0.3],
  writer_stance: /*                     */ [0, 0, 2.0, 0],
  question: /*                          */ [0, 0, 1.5, 0],
  exclamation: /*                       */ [0, 0, 1.5, 0],
  informal: /*          × count ≤3      */ [0, 0, 1.2, 0],
  imperative: /*                        */ [0, 0, 1.5, 0],
  analysis_phrase: /*   × count ≤2      */ [0, 0, 1.3, 0],
  numbers: /*           × count ≤3      */ [0.2, 0, -0.1, 0],
  time: /*              × count ≤2      */ [0.4, 0, -0.2, 0],
  furniture: /*         × count ≤3      */ [0, 0, 0, 4.5],
  furniture_only: /*                    */ [0, 0, 0, 3.0],
  no_verb_fragment: /*                  */ [0, 0, 0, 0.5],
};

export interface Scored {
  label: Label;
  confidence: number;
  scores: Record<Label, number>;
  /** up to three features, ordered by how much they pushed the winning label ahead of the runner-up */
  decisive: Feature[];
}

/** The table flattened in FEATURES order (4 numbers per feature), for the hot loop. */
const MATRIX = Float64Array.from(FEATURES.flatMap((k) => [...WEIGHTS[k]]));

export function scoreFeatures(f: FeatureVector): Scored {
  const scores: [number, number, number, number] = [BIAS[0], BIAS[1], BIAS[2], BIAS[3]];
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
  for (let i = 0; i < 4; i++) z += Math.exp(scores[i]! - scores[best]!);
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
      [k3, m3, k2, m2, k1, m1] = [k2, m2, k1, m1, k, m];
    } else if (m > m2) {
      [k3, m3, k2, m2] = [k2, m2, k, m];
    } else if (m > m3) {
      k3 = k;
      m3 = m;
    }
  }
  const decisive: Feature[] = [];
  if (k1 >= 0) decisive.push(FEATURES[k1]!);
  if (k2 >= 0) decisive.push(FEATURES[k2]!);
  if (k3 >= 0) decisive.push(FEATURES[k3]!);
  return {
    label: SCORED_LABELS[best]!,
    confidence: Math.round(confidence * 1000) / 1000,
    scores: { reported: scores[0]!, quoted: scores[1]!, commentary: scores[2]!, not_article: scores[3]! },
    decisive,
  };
}

/**
 * The subtype within the label, from the same evidence. On a page (`onPage`), whether commentary is a
 * reader's is the page-level pass's decision (page.ts), so here it is at most opinion.
 */
export function subtypeFor(label: Label, ev: PassageEvidence, onPage = false): Subtype {
  const f = ev.features;
  const has = (k: Feature) => f[F[k]]! > 0;
  switch (label) {
    case 'not_article':
      return 'site_text';
    case 'quoted': {
      const kind = ev.primary?.sourceKind;
      if (kind === 'anonymous') return 'anonymous_source';
      if (kind === 'vague') return 'vague_source';
      if (kind === 'media') return 'media_report';
      if (kind === 'document') return 'document';
      if (has('quote_full')) return 'direct_quote';
      if (has('quote_partial') || has('quote_word')) return 'partial_quote';
      return 'indirect_quote';
    }
    case 'commentary':
      if (!onPage && (has('informal') || has('second_person') || has('exclamation'))) return 'reader_comment';
      if (has('informal') || has('second_person') || has('exclamation')) return 'opinion';
      if (has('obligation') || has('imperative') || has('evaluative_strong') || has('question') || has('first_person')) return 'opinion';
      return 'analysis';
    case 'reported':
      return ev.backgroundScore > 0 ? 'background' : 'event';
  }
}
