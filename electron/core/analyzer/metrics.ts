/**
 * Evaluation metrics for a labelled set: per-label precision, recall and F1, macro-F1 over the labels
 * that occur in the gold labels, accuracy, and the confusion matrix (gold → predicted → count).
 * Conventions: a ratio with a zero denominator is 0 (a label never predicted has precision 0).
 */
import { LABELS, type Label } from '../../shared/domain.js';

export interface LabelScores {
  precision: number;
  recall: number;
  f1: number;
  /** how many gold passages carry this label */
  support: number;
}

export interface EvalReport {
  macroF1: number;
  accuracy: number;
  perLabel: Partial<Record<Label, LabelScores>>;
  confusion: Partial<Record<Label, Partial<Record<Label, number>>>>;
  count: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const round = (x: number) => Math.round(x * 10000) / 10000;

export function evaluate(pairs: ReadonlyArray<{ gold: Label; predicted: Label }>): EvalReport {
  const confusion: Partial<Record<Label, Partial<Record<Label, number>>>> = {};
  const seen = new Set<Label>();
  const goldSeen = new Set<Label>();
  let correct = 0;
  for (const { gold, predicted } of pairs) {
    seen.add(gold);
    seen.add(predicted);
    goldSeen.add(gold);
    const row = (confusion[gold] ??= {});
    row[predicted] = (row[predicted] ?? 0) + 1;
    if (gold === predicted) correct++;
  }
  const perLabel: Partial<Record<Label, LabelScores>> = {};
  const rawF1 = new Map<Label, number>();
  for (const label of LABELS) {
    if (!seen.has(label)) continue;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, predicted } of pairs) {
      if (gold === label && predicted === label) tp++;
      else if (predicted === label) fp++;
      else if (gold === label) fn++;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = ratio(2 * precision * recall, precision + recall);
    rawF1.set(label, f1);
    perLabel[label] = { precision: round(precision), recall: round(recall), f1: round(f1), support: tp + fn };
  }
  let sum = 0;
  for (const label of goldSeen) sum += rawF1.get(label)!;
  // the matrix in label order, with zeros for every label seen, so it prints as a square
  const ordered: Partial<Record<Label, Partial<Record<Label, number>>>> = {};
  for (const g of LABELS) {
    if (!goldSeen.has(g)) continue;
    const row: Partial<Record<Label, number>> = {};
    for (const p of LABELS) if (seen.has(p)) row[p] = confusion[g]![p] ?? 0;
    ordered[g] = row;
  }
  return {
    macroF1: round(ratio(sum, goldSeen.size)),
    accuracy: round(ratio(correct, pairs.length)),
    perLabel,
    confusion: ordered,
    count: pairs.length,
  };
}
