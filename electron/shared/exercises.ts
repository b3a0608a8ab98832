/**
 * The exercise vocabulary shared by backend and renderer (plain constants and types only: the renderer
 * bundle imports this file). See shared/notes/domain.md, "Exercises", and README "Exercises".
 */
import type { SourceKind } from './domain.js';

export const EXERCISE_KINDS = ['sort', 'intruder', 'who', 'mark'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export const EXERCISE_NAMES: Record<ExerciseKind, string> = {
  sort: 'Sort the passages',
  intruder: 'Spot the intruder',
  who: 'Who says so?',
  mark: 'Mark the words',
};

/** practice = feedback after each answer; test = no feedback until the end, then the full review. */
export const MODES = ['practice', 'test'] as const;
export type Mode = (typeof MODES)[number];

/** What a lesson says about the mode: the teacher fixes one, or lets a self-studying student choose. */
export const MODE_SETTINGS = ['practice', 'test', 'student_choice'] as const;
export type ModeSetting = (typeof MODE_SETTINGS)[number];

/** The order passages are asked in (sort): as on the page, or shuffled once per attempt. */
export const ORDERS = ['page', 'shuffled'] as const;
export type Order = (typeof ORDERS)[number];
export const ORDER_SETTINGS = ['page', 'shuffled', 'student_choice'] as const;
export type OrderSetting = (typeof ORDER_SETTINGS)[number];

export const VERB_KINDS = ['neutral', 'loaded'] as const;
export type VerbKind = (typeof VERB_KINDS)[number];

export const SOURCE_KIND_NAMES: Record<SourceKind, string> = {
  named: 'a named person or organisation',
  anonymous: 'an anonymous source',
  vague: 'a vague source ("some say")',
  media: 'other media',
  document: 'a document',
};

/** A character range [start, end) in a passage, as a pair: the stored form of a "mark the words" answer. */
export type Range = [number, number];

/** The raw answer of each exercise, exactly as stored (JSON) and as `AnswerRecord.response`. */
export interface Responses {
  sort: { choice: 'reported' | 'quoted' | 'commentary' | 'not_article' };
  intruder: { selected: number[] };
  who: { sourceKind: SourceKind; verb: VerbKind };
  mark: { ranges: Range[] };
}

/**
 * Every answer of every exercise, readable as one record (answers-shape.md; the results work reads it).
 * `score` is the one stored grade (0..1), decided at answer time against the frozen key version.
 */
export interface AnswerRecord {
  attemptUid: string;
  exercise: ExerciseKind;
  mode: Mode;
  /** passage index; -1 for a whole-page answer (intruder) */
  item: number;
  response: unknown;
  score: number;
  correct: boolean;
  confidence: 'sure' | 'unsure' | null;
  seconds: number | null;
  hinted: boolean;
  answeredAt: string;
}

/** What the student asked for in one item, for resume (test mode shows it without the key). */
export interface GivenResponse {
  item: number;
  response: unknown;
  confidence: 'sure' | 'unsure' | null;
}

/** Whole-word ranges of a text: maximal runs of non-space characters (what the mark exercise selects). */
export function wordsOf(text: string): Range[] {
  const words: Range[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push([m.index, m.index + m[0].length]);
  return words;
}

/** Sorted, merged ranges (touching or overlapping ranges become one). */
export function normaliseRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
