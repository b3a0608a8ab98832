/**
 * The AnswerRecord (answers-shape.md): every answer of every exercise, readable in one shape. Results
 * files carry these; the teacher's install stores them. The zod schema here is the one check at the
 * boundary of a results file.
 */
import { z } from 'zod';

export const EXERCISES = ['sort', 'intruder', 'who', 'mark'] as const;
export type ExerciseKind = (typeof EXERCISES)[number];
export const MODES = ['practice', 'test'] as const;
export type ExerciseMode = (typeof MODES)[number];

export interface AnswerRecord {
  attemptUid: string;
  exercise: ExerciseKind;
  mode: ExerciseMode;
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

/** An attempt with its answers, as local storage gives it (through local-answers.ts). */
export interface AttemptRecord {
  uid: string;
  profileName: string;
  lessonId: string;
  lessonVersion: number;
  contentHash: string;
  exercise: ExerciseKind;
  mode: ExerciseMode;
  startedAt: string;
  completedAt: string | null;
  answers: AnswerRecord[];
}

const isoTime = z.string().max(40).datetime({ offset: true });

/** An answer inside a results file: the attempt's uid, exercise and mode are given once, on the attempt. */
export const fileAnswerSchema = z
  .object({
    item: z.number().int().min(-1).max(100_000),
    response: z.json(),
    score: z.number().min(0).max(1),
    correct: z.boolean(),
    confidence: z.enum(['sure', 'unsure']).nullable(),
    seconds: z.number().min(0).max(86_400).nullable(),
    hinted: z.boolean(),
    answeredAt: isoTime,
  })
  .strict();

export const fileAttemptSchema = z
  .object({
    uid: z.string().uuid(),
    lessonId: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lesson id'),
    lessonVersion: z.number().int().min(1),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex'),
    exercise: z.enum(EXERCISES),
    mode: z.enum(MODES),
    startedAt: isoTime,
    completedAt: isoTime.nullable(),
    answers: z.array(fileAnswerSchema).max(10_000),
  })
  .strict()
  .superRefine((a, ctx) => {
    const seen = new Set<number>();
    a.answers.forEach((x, i) => {
      if (seen.has(x.item)) ctx.addIssue({ code: 'custom', path: ['answers', i, 'item'], message: `item ${x.item} twice` });
      seen.add(x.item);
    });
  });

export type FileAnswer = z.infer<typeof fileAnswerSchema>;
export type FileAttempt = z.infer<typeof fileAttemptSchema>;
