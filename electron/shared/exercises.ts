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
