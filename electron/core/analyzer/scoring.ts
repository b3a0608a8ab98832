/**
 * The scoring table: label score = bias + Σ weight × feature. One row per feature, one column per label,
 * so a reader can see exactly why a passage got its label (explain.ts names the rows that decided).
 * Confidence is the softmax probability of the winning label. The numbers live in
 * resources/analyzer/weights.json (weights.ts reads them).
 */
import type { Label, Subtype } from '../../shared/domain.js';
import { F, FEATURES, type Feature, type FeatureVector, type PassageEvidence } from './evidence.js';
import { loadWeights, SCORED_LABELS, type WeightTable } from './weights.js';

export { SCORED_LABELS } from './weights.js';

const LABEL_COUNT = SCORED_LABELS.length;

/** The shipped table, read once. */
export const TABLE: WeightTable = loadWeights();

export interface Scored {
  label: Label;
  confidence: number;
  scores: Record<Label, number>;
  /** up to three features, ordered by how much they pushed the winning label ahead of the runner-up */
  decisive: Feature[];
  /** the same features as indices into FEATURES */
  decisiveIndex: number[];
}

/** The raw label scores of a feature vector, in SCORED_LABELS order. */
export function labelScores(f: FeatureVector, table: WeightTable = TABLE): Float64Array {
  const scores = Float64Array.from(table.bias);
  const m = table.matrix;
  for (let k = 0; k < f.length; k++) {
    const v = f[k]!;
    if (v === 0) continue;
    const o = LABEL_COUNT * k;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += m[o + l]! * v;
  }
  return scores;
}

export function scoreFeatures(f: FeatureVector, table: WeightTable = TABLE): Scored {
  const scores = labelScores(f, table);
  let best = 0;
  for (let i = 1; i < LABEL_COUNT; i++) if (scores[i]! > scores[best]!) best = i;
  let second = best === 0 ? 1 : 0;
  for (let i = 0; i < LABEL_COUNT; i++) if (i !== best && scores[i]! > scores[second]!) second = i;
  let z = 0;
  for (let i = 0; i < LABEL_COUNT; i++) z += i === best ? 1 : Math.exp(scores[i]! - scores[best]!);
  const decisiveIndex = decisiveFeatures(f, table.matrix, best, second);
  return {
    label: SCORED_LABELS[best]!,
    confidence: Math.round((1 / z) * 1000) / 1000,
    scores: { reported: scores[0]!, quoted: scores[1]!, commentary: scores[2]!, not_article: scores[3]! },
    decisive: decisiveIndex.map((k) => FEATURES[k]!),
    decisiveIndex,
  };
}

/** The three features that pushed the winner furthest ahead of the runner-up (ties: the earlier feature). */
function decisiveFeatures(f: FeatureVector, m: Float64Array, best: number, second: number): number[] {
  const top: Array<{ k: number; margin: number }> = [];
  for (let k = 0; k < f.length; k++) {
    const v = f[k]!;
    if (v === 0) continue;
    const margin = (m[LABEL_COUNT * k + best]! - m[LABEL_COUNT * k + second]!) * v;
    if (margin <= 0) continue;
    let at = top.length;
    while (at > 0 && margin > top[at - 1]!.margin) at--;
    if (at < 3) top.splice(at, 0, { k, margin });
    if (top.length > 3) top.length = 3;
  }
  return top.map((t) => t.k);
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
      if (f[F.quote_full]! > 0 || f[F.quote_carried]! >= 0.5) return 'direct_quote';
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
