/**
 * Refit the analyzer's weight table (resources/analyzer/weights.json) from labelled sentences:
 * multinomial logistic regression over the named features (logistic.ts), label- and source-balanced
 * (dataset.ts), with cross-validation split by document for the figures it reports. Deterministic: the
 * same inputs give the same file, byte for byte (a test checks the shipped file against a refit).
 */
import path from 'node:path';
import type { Label } from '../../../shared/domain.js';
import { FEATURE_COUNT, FEATURES } from '../evidence.js';
import { evaluate, type EvalReport } from '../metrics.js';
import { projectRoot } from '../../paths.js';
import { loadWeights, SCORED_LABELS, type WeightFile } from '../weights.js';
import { balance, corpusRows, foldOf, setRows, sha256File, type Row } from './dataset.js';
import { fitSoftmax, predict, type Model } from './logistic.js';

export interface FitSettings {
  lambda: number;
  /** what the penalty pulls towards: zero, or the hand-set table (fit/prior-weights.json) */
  centre: 'zero' | 'prior';
  iterations: number;
  folds: number;
  /** decimals kept in the shipped file */
  decimals: number;
}

/** Chosen by document-split cross-validation on the corpus (README: "Refitting the analyzer"). */
export const FIT_SETTINGS: FitSettings = { lambda: 0.003, centre: 'prior', iterations: 300, folds: 5, decimals: 3 };

/** The hand-set table the penalty pulls towards (settings.centre = 'prior'). */
export const PRIOR_FILE = path.join(projectRoot, 'electron', 'core', 'analyzer', 'fit', 'prior-weights.json');

/** The prior as the fit's starting point and centre: features × labels, then the bias. */
function priorCentre(): Float64Array {
  const t = loadWeights(PRIOR_FILE);
  const centre = new Float64Array(t.matrix.length + t.bias.length);
  centre.set(t.matrix);
  centre.set(t.bias, t.matrix.length);
  return centre;
}

export interface FitInputs {
  /** the shared corpus, `news-sentences.jsonl` */
  corpus: string;
  /** the project's own labelled sets: trained on (and cross-validated) */
  trainSets: ReadonlyArray<{ name: string; file: string }>;
  /** sets never trained on: scored with the final table only */
  heldOutSets: ReadonlyArray<{ name: string; file: string }>;
}

/** The figures of one set: macro-F1 over its gold labels, F1 per label, how many sentences. */
export interface SetFigures {
  macroF1: number;
  f1: Partial<Record<Label, number>>;
  count: number;
  how: 'cross-validated by document' | 'held out';
}

export interface FitResult {
  file: WeightFile;
  figures: Record<string, SetFigures>;
}

const OWN = 'own sets';

function figures(r: EvalReport, how: SetFigures['how']): SetFigures {
  const f1: Partial<Record<Label, number>> = {};
  for (const [label, s] of Object.entries(r.perLabel)) if (s.support > 0) f1[label as Label] = s.f1;
  return { macroF1: r.macroF1, f1, count: r.count, how };
}

function rounded(m: Model, decimals: number): Model {
  const k = 10 ** decimals;
  const r = (x: number) => Math.round(x * k) / k + 0; // + 0 turns -0 into 0
  return { ...m, weights: m.weights.map(r), bias: m.bias.map(r) };
}

function fit(rows: Row[], groupOf: (s: string) => string, settings: FitSettings): Model {
  const train = rows.map((r) => ({ ...r }));
  balance(train, groupOf);
  const options = {
    lambda: settings.lambda,
    iterations: settings.iterations,
    ...(settings.centre === 'prior' ? { centre: priorCentre() } : {}),
  };
  return rounded(fitSoftmax(train, FEATURE_COUNT, SCORED_LABELS.length, options), settings.decimals);
}

export function fitWeights(inputs: FitInputs, settings: FitSettings = FIT_SETTINGS): FitResult {
  const ownNames = new Set(inputs.trainSets.map((s) => s.name));
  const groupOf = (source: string) => (ownNames.has(source) ? OWN : source);
  const rows = [...corpusRows(inputs.corpus), ...inputs.trainSets.flatMap((s) => setRows(s.file, s.name))];

  // out-of-fold predictions: every document is predicted by a table fitted without it
  const predicted = new Array<number>(rows.length);
  for (let fold = 0; fold < settings.folds; fold++) {
    const trainRows = rows.filter((r) => foldOf(r.doc, settings.folds) !== fold);
    const model = fit(trainRows, groupOf, settings);
    rows.forEach((r, i) => {
      if (foldOf(r.doc, settings.folds) === fold) predicted[i] = predict(model, r);
    });
  }
  const out: Record<string, SetFigures> = {};
  const sources = [...new Set(rows.map((r) => r.source))];
  for (const source of sources) {
    const pairs = rows.flatMap((r, i) =>
      r.source === source ? [{ gold: r.gold, predicted: SCORED_LABELS[predicted[i]!]! }] : [],
    );
    out[source] = figures(evaluate(pairs), 'cross-validated by document');
  }

  const model = fit(rows, groupOf, settings);
  for (const set of inputs.heldOutSets) {
    const held = setRows(set.file, set.name);
    out[set.name] = figures(
      evaluate(held.map((r) => ({ gold: r.gold, predicted: SCORED_LABELS[predict(model, r)]! }))),
      'held out',
    );
  }

  const weights: Record<string, number[]> = {};
  FEATURES.forEach((f, k) => {
    weights[f] = Array.from(model.weights.subarray(k * SCORED_LABELS.length, (k + 1) * SCORED_LABELS.length));
  });
  const file: WeightFile = {
    format: 1,
    labels: [...SCORED_LABELS],
    how:
      'Fitted by `npm run fit:analyzer`: multinomial logistic regression over the named features, L2-regularised, ' +
      'label- and source-balanced, on the shared corpus (each document read in order) and the project’s own sets. ' +
      'Do not edit by hand: refit.',
    bias: Array.from(model.bias),
    weights,
    fit: {
      settings,
      corpus: { file: path.basename(inputs.corpus), sha256: sha256File(inputs.corpus) },
      trainSets: inputs.trainSets.map((s) => ({ name: s.name, sha256: sha256File(s.file) })),
      heldOutSets: inputs.heldOutSets.map((s) => s.name),
      sentences: rows.length,
      figures: out,
    },
  };
  return { file, figures: out };
}
