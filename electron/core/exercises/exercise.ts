/**
 * What one exercise is: its items, what a key must hold for it, its answer schema, its grading and its
 * feedback. One module per exercise implements this (sort.ts, intruder.ts, who.ts, mark.ts); the
 * registry lists them. The screen of each lives in renderer/src/exercises/.
 */
import type { z } from 'zod';
import type { StoredAnswer } from '../../../db/repositories/answers.js';
import type { ExerciseFeedback } from '../../shared/contract.js';
import type { ExerciseKind, Responses } from '../../shared/exercises.js';
import type { LessonFile } from '../lesson/lesson-schema.js';

export interface Grade {
  /** 0..1; partial credit where the exercise has it */
  score: number;
  correct: boolean;
}

export interface Exercise<K extends ExerciseKind> {
  kind: K;
  /** The items asked, in page order: passage indices, or [-1] for a whole-page exercise. */
  items(lesson: LessonFile): number[];
  /**
   * What the lesson's key lacks for this exercise, in words a teacher can act on ("passage 12 is a
   * quoted claim with no attribution verb marked"). The exercise is offered when it has items; the list
   * may still name items left out of it.
   */
  missingKeys(lesson: LessonFile): string[];
  /** The answer's shape (strict: a response of another exercise is refused by name). */
  responseSchema: z.ZodType<Responses[K]>;
  /** Checks a response against the item (indices in range, ranges inside the text); a message when not. */
  checkResponse(lesson: LessonFile, item: number, response: Responses[K]): string | null;
  /** The grade, against the frozen key version. Pure. Called once, at answer time; the result is stored. */
  grade(lesson: LessonFile, item: number, response: Responses[K]): Grade;
  /** The feedback for a stored answer: the key's explanation around the stored grade. */
  feedback(lesson: LessonFile, answer: StoredAnswer<K>): ExerciseFeedback;
}
