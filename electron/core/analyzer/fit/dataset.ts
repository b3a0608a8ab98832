/**
 * The training data for the weight fit: the labelled real news sentences of the shared corpus
 * (`news-sentences.jsonl`: `{text, label, corpus, doc}`) and the project's own labelled sets
 * (tests/fixtures/eval/*.jsonl), turned into the analyzer's own feature vectors.
 *
 * Sentences of one corpus document are read in file order with their neighbours in view (the document as
 * one paragraph), as the analyzer reads a page; the project's own sets are independent sentences.
 * Nothing about a sentence but its named features reaches the model: no words, topics, names or sources.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Label } from '../../../shared/domain.js';
import { evidenceInContext } from '../context.js';
import { analyzeEvidence } from '../detect.js';
import { normaliseLabel } from '../label-names.js';
import { SCORED_LABELS } from '../weights.js';
import type { Sample } from './logistic.js';

/** One labelled sentence as the fit sees it. */
export interface Row extends Sample {
  /** the corpus or set it comes from (its "source" for balancing and reporting) */
  source: string;
  /** the document, for splitting folds: sentences of one document never straddle train and test */
  doc: string;
  gold: Label;
}

interface RawLine {
  text: string;
  label: Label;
  corpus: string;
  doc: string;
}

function parseLines(file: string, source?: string): RawLine[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out: RawLine[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const o = JSON.parse(line) as { text?: unknown; label?: unknown; corpus?: unknown; doc?: unknown };
    const label = typeof o.label === 'string' ? normaliseLabel(o.label) : undefined;
    if (typeof o.text !== 'string' || label === undefined)
      throw new Error(`${file}: line ${i + 1}: needs "text" and a known "label"`);
    const corpus = source ?? (typeof o.corpus === 'string' ? o.corpus : path.basename(file));
    const doc = source === undefined && typeof o.doc === 'string' ? o.doc : `${corpus}:${i + 1}`;
    out.push({ text: o.text.replace(/\s+/g, ' ').trim(), label, corpus, doc });
  });
  return out;
}

function sparse(features: Float64Array): { index: Int32Array; value: Float64Array } {
  const index: number[] = [];
  const value: number[] = [];
  features.forEach((v, k) => {
    if (v !== 0) {
      index.push(k);
      value.push(v);
    }
  });
  return { index: Int32Array.from(index), value: Float64Array.from(value) };
}

function toRow(line: RawLine, features: Float64Array): Row {
  return {
    ...sparse(features),
    label: SCORED_LABELS.indexOf(line.label),
    weight: 1,
    source: line.corpus,
    doc: line.doc,
    gold: line.label,
  };
}

/** The shared corpus, each document read in order with its neighbours in view. */
export function corpusRows(file: string): Row[] {
  const lines = parseLines(file);
  const rows: Row[] = [];
  let from = 0;
  while (from < lines.length) {
    let to = from + 1;
    while (to < lines.length && lines[to]!.doc === lines[from]!.doc) to++;
    const doc = lines.slice(from, to);
    const evidence = evidenceInContext(doc.map((l) => ({ text: l.text, paragraph: 0 })));
    doc.forEach((l, i) => rows.push(toRow(l, evidence[i]!.features)));
    from = to;
  }
  return rows;
}

/** One of the project's own sets: independent sentences, named `source`. */
export function setRows(file: string, source: string): Row[] {
  return parseLines(file, source).map((l) => toRow(l, analyzeEvidence(l.text).features));
}

/**
 * Label-balanced, source-balanced sample weights: every label weighs the same in total, and within a
 * label every source that has it weighs the same (so 14,000 quoted sentences of one corpus do not drown
 * the others). `group` maps a row's source to the group balanced on (the project's own sets count as one).
 */
export function balance(rows: Row[], group: (source: string) => string): void {
  const cell = new Map<string, number>();
  const groupsPerLabel = new Map<number, Set<string>>();
  for (const r of rows) {
    const key = `${r.label}|${group(r.source)}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
    (groupsPerLabel.get(r.label) ?? groupsPerLabel.set(r.label, new Set()).get(r.label)!).add(group(r.source));
  }
  const labels = groupsPerLabel.size;
  for (const r of rows) {
    const n = cell.get(`${r.label}|${group(r.source)}`)!;
    // × rows.length / labels keeps the average weight near 1 (the penalty's scale stays comparable)
    r.weight = rows.length / (labels * groupsPerLabel.get(r.label)!.size * n);
  }
}

/** A document's fold: a hash of its id, so the split is the same on every machine and every run. */
export function foldOf(doc: string, folds: number): number {
  return crypto.createHash('sha256').update(doc).digest().readUInt32BE(0) % folds;
}

export function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
