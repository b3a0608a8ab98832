/**
 * The four exercises, one module each, listed here. Everything that differs between exercises goes
 * through this registry: which items a lesson offers, what a key lacks, how answers are checked, graded
 * and explained.
 *
 * Grading has ONE source of truth: the grade stored with the answer. `score` and `correct` are computed
 * once, when the answer is given, against the lesson version the attempt froze, and written in the same
 * transaction as the answer; summaries, the library, the review and results files read them back and
 * never re-grade. Why stored rather than re-derived:
 * - results files carry answers to the teacher's install, which must see the same grade the student saw
 *   without holding (or re-running) the grader of the classroom's app version;
 * - a later fix to a grader (say, how mark-the-words counts punctuation) must not silently change a grade
 *   a student has already been shown; the frozen key version already protects against key edits;
 * - the grade is then a plain column that SQL can sum for reports.
 * Feedback text (explanations, highlighted cues, which words overlap) is rebuilt from the frozen key,
 * around the stored grade: it explains the grade, it never decides it.
 */
import { EXERCISE_KINDS, type ExerciseKind } from '../../shared/exercises.js';
import type { LessonFile } from '../lesson/lesson-schema.js';
import type { Exercise } from './exercise.js';
import { intruderExercise } from './intruder.js';
import { markExercise } from './mark.js';
import { sortExercise } from './sort.js';
import { whoExercise } from './who.js';

export const EXERCISES: { [K in ExerciseKind]: Exercise<K> } = {
  sort: sortExercise,
  intruder: intruderExercise,
  who: whoExercise,
  mark: markExercise,
};

export function exerciseOf<K extends ExerciseKind>(kind: K): Exercise<K> {
  return EXERCISES[kind];
}

/** The exercises a lesson offers (those its key has items for), in the registry's order. */
export function exercisesOffered(lesson: LessonFile): ExerciseKind[] {
  return EXERCISE_KINDS.filter((k) => EXERCISES[k].items(lesson).length > 0);
}

/**
 * For each exercise, what the lesson's key lacks, in words (for the teacher's editor). An exercise that is
 * not offered always has at least one sentence saying why; an offered one may list items left out of it.
 */
export function missingExerciseKeys(lesson: LessonFile): Record<ExerciseKind, string[]> {
  return Object.fromEntries(EXERCISE_KINDS.map((k) => [k, EXERCISES[k].missingKeys(lesson)])) as Record<ExerciseKind, string[]>;
}
