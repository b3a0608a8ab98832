/**
 * The scoring table as data: resources/analyzer/weights.json, one row per feature (a weight per label)
 * and a bias per label. Read once, checked against the feature list, so a stale or hand-broken file
 * fails loudly at load with the name of what is wrong instead of scoring with missing rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { resourcesDir } from '../paths.js';
import { FEATURES, type Feature } from './evidence.js';

export const WEIGHTS_FILE = path.join(resourcesDir, 'analyzer', 'weights.json');

/** The labels the table scores, in column order. */
export const SCORED_LABELS = ['reported', 'quoted', 'commentary', 'not_article'] as const;

const row = z.array(z.number()).length(SCORED_LABELS.length);

export const weightFileSchema = z
  .object({
    format: z.literal(1),
    labels: z.array(z.string()),
    /** how the numbers were obtained (free text; the fit script writes its settings here) */
    how: z.string(),
    bias: row,
    weights: z.record(z.string(), row),
    fit: z.unknown().optional(),
  })
  .superRefine((w, ctx) => {
    if (w.labels.join() !== SCORED_LABELS.join())
      ctx.addIssue({ code: 'custom', message: `labels must be ${SCORED_LABELS.join(', ')}` });
    for (const f of FEATURES) if (!(f in w.weights)) ctx.addIssue({ code: 'custom', message: `no row for feature "${f}"` });
    for (const k of Object.keys(w.weights))
      if (!(FEATURES as readonly string[]).includes(k)) ctx.addIssue({ code: 'custom', message: `unknown feature "${k}"` });
  });
export type WeightFile = z.infer<typeof weightFileSchema>;

export interface WeightTable {
  bias: readonly number[];
  /** the rows flattened in FEATURES order (one number per label per feature), for the scoring loop */
  matrix: Float64Array;
  rows: Readonly<Record<Feature, readonly number[]>>;
}

export function parseWeights(json: unknown, where: string): WeightTable {
  const parsed = weightFileSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`${where}: not a valid analyzer weight file: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const w = parsed.data;
  const rows = w.weights as Record<Feature, number[]>;
  return { bias: w.bias, matrix: Float64Array.from(FEATURES.flatMap((k) => rows[k])), rows };
}

export function loadWeights(file = WEIGHTS_FILE): WeightTable {
  return parseWeights(JSON.parse(fs.readFileSync(file, 'utf8')), file);
}
