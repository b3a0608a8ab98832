/**
 * Runtime schemas for every call's input. Handlers take `unknown` from IPC or HTTP and parse it here
 * first; `satisfies` holds each schema to the contract's input type, so the two cannot drift apart.
 */
import { z } from 'zod';
import type { Input, Method } from '../shared/contract.js';
import { LABELS } from '../shared/domain.js';
import { PACKS_INPUT_SCHEMAS } from './packs/packs-schemas.js';
import { LIBRARY_SCHEMAS } from './library/library-schemas.js';
import { RESULT_EXERCISES } from '../shared/contract/results.js';
import { MAX_BODY_BYTES } from '../shared/web-bridge.js';
import { EXERCISE_KINDS, MODES, ORDERS } from '../shared/exercises.js';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const lessonId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/, 'a lesson id');
const empty = z.object({}).strict();
const articleSource = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('paste'),
      text: z.string().max(4_000_000, 'The pasted text is too long (4 million characters at most).'),
      format: z.enum(['text', 'markdown', 'html']),
    })
    .strict(),
  z
    .object({
      kind: z.literal('file'),
      name: z.string().min(1).max(255),
      // base64 of at most 4 MiB (the teacher service gives the people-facing message for larger files)
      base64: z
        .string()
        .max(5_600_000, 'The file is too large (4 MB at most).')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
    })
    .strict(),
]);

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a real date');
const reportFilters = z
  .object({
    classId: z.string().min(1).max(80).optional(),
    lessonId: lessonId.optional(),
    exercise: z.enum(RESULT_EXERCISES).optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The date range ends before it starts.', path: ['to'] });
const studentName = z.string().trim().min(1, 'Type a name.').max(80);
const profileName = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'Type a name.')
      .max(40, 'A name can be at most 40 characters.')
      // Control characters in a name would show as garbage on a shared screen and in exports.
      .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'A name cannot contain control characters.'),
  );
const openAttempt = z
  .object({
    profileId: id,
    lessonId,
    exercise: z.enum(EXERCISE_KINDS).optional(),
    mode: z.enum(MODES).optional(),
    order: z.enum(ORDERS).optional(),
  })
  .strict();
const confidence = z.enum(['sure', 'unsure']).optional();
// Seconds from showing an item to answering it (a day at most: a tab left open overnight).
const seconds = z.number().min(0).max(86_400).optional();
// The response's exact shape is checked against the attempt's exercise by the study service (its module's schema).
const response = z.union([
  z.object({ choice: z.enum(LABELS) }).strict(),
  z.object({ selected: z.array(z.number().int().min(0).max(100_000)).max(2000) }).strict(),
  z
    .object({ sourceKind: z.enum(['named', 'anonymous', 'vague', 'media', 'document']), verb: z.enum(['neutral', 'loaded']) })
    .strict(),
  z
    .object({ ranges: z.array(z.tuple([z.number().int().min(0).max(5000), z.number().int().min(1).max(5000)])).max(500) })
    .strict(),
]);

export const INPUT_SCHEMAS = {
  appInfo: empty,
  listProfiles: empty,
  createProfile: z
    .object({
      name: z
        .string()
        .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
        .pipe(
          z
            .string()
            .min(1, 'Type a name.')
            .max(40, 'A name can be at most 40 characters.')
            // Control characters in a name would show as garbage on a shared screen and in exports.
            .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'A name cannot contain control characters.'),
        ),
    })
    .strict(),
  listLibrary: z.object({ profileId: id }).strict(),
  openAttempt,
  startNewAttempt: openAttempt,
  answer: z
    .object({
      attemptId: id,
      index: z.number().int().min(0).max(100_000),
      choice: z.enum(LABELS),
      confidence,
      seconds,
    })
    .strict(),
  attemptSummary: z.object({ attemptId: id }).strict(),
  hint: z.object({ attemptId: id, index: z.number().int().min(0).max(100_000) }).strict(),
  teacherStatus: empty,
  // PIN format is checked by the teacher service, so a wrong-format current PIN reads as "not right".
  setTeacherPin: z.object({ pin: z.string().max(64), currentPin: z.string().max(64).optional() }).strict(),
  unlockTeacher: z.object({ pin: z.string().max(64) }).strict(),
  lockTeacher: empty,
  suggestLabels: z.object({ source: articleSource }).strict(),
  draftLesson: z.object({ source: articleSource, title: z.string().trim().min(1, 'Give the lesson a title.').max(200) }).strict(),
  jobStatus: z.object({ jobId: z.string().uuid() }).strict(),
  cancelJob: z.object({ jobId: z.string().uuid() }).strict(),
  ...PACKS_INPUT_SCHEMAS,
  ...LIBRARY_SCHEMAS,
  myProgress: z.object({ profileId: id }).strict(),
  exportMyResults: z.object({ profileId: id, classId: z.string().min(1).max(80).optional() }).strict(),
  importResults: z
    .object({
      files: z
        .array(z.object({ name: z.string().min(1).max(255), text: z.string().max(MAX_BODY_BYTES) }).strict())
        .min(1, 'Choose at least one results file.')
        .max(2000),
    })
    .strict(),
  classReport: reportFilters,
  resultsStudents: empty,
  confirmStudent: z.object({ studentId: id, name: studentName }).strict(),
  mergeStudents: z
    .object({ studentIds: z.array(id).min(2, 'Choose at least two students to merge.').max(100), name: studentName })
    .strict(),
  gradebookCsv: reportFilters,
  responsesCsv: reportFilters,
  submitAnswer: z.object({ attemptId: id, item: z.number().int().min(-1).max(100_000), response, confidence, seconds }).strict(),
  renameProfile: z.object({ profileId: id, name: profileName }).strict(),
  deleteProfile: z
    .object({
      profileId: id,
      confirm: z.literal(true, { error: 'Confirm the deletion (confirm: true): it cannot be undone.' }),
    })
    .strict(),
  listBackups: empty,
  createBackup: empty,
  restoreBackup: z
    .object({
      name: z
        .string()
        .max(120)
        .regex(/^sourcewise-[0-9a-z-]+\.sqlite$/, 'a backup name from the list'),
    })
    .strict(),
} satisfies { [M in Method]: z.ZodType<Input<M>, unknown> };
