/** 1. Sort the passages: each passage in its place; one of the four labels. */
import { z } from 'zod';
import type { SortExerciseFeedback } from '../../shared/contract.js';
import { LABELS } from '../../shared/domain.js';
import { grade as gradeLabel } from '../grading/grade.js';
import type { Exercise } from './exercise.js';

export const sortExercise: Exercise<'sort'> = {
  kind: 'sort',
  items: (lesson) => lesson.passages.map((p) => p.index),
  // Every valid lesson keys every passage with a label: nothing can be missing.
  missingKeys: () => [],
  responseSchema: z.object({ choice: z.enum(LABELS) }).strict(),
  checkResponse: () => null,
  grade(lesson, item, response) {
    const fb = gradeLabel(lesson.passages[item]!, response.choice, null);
    return { score: fb.correct ? 1 : 0, correct: fb.correct };
  },
  feedback(lesson, answer): SortExerciseFeedback {
    const fb = gradeLabel(lesson.passages[answer.item]!, answer.response.choice, answer.confidence);
    // `matched` says which label the choice met; correctness is the stored grade.
    return { ...fb, exercise: 'sort', item: answer.item, score: answer.score, correct: answer.correct };
  },
};
