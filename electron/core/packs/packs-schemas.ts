/**
 * Runtime schemas for the packs calls' inputs (joined into INPUT_SCHEMAS in api-schemas.ts). Kept here so
 * that the packs domain edits the shared schema file by one line.
 */
import { z } from 'zod';
import { MAX_PACK_FILE_BYTES, type Input, type PacksApi } from '../../shared/contract.js';

const empty = z.object({}).strict();

const lessonId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/, 'a lesson id');

/** Class ids are made by `createClass` (hex); checked so a typo reads as "no such class", not a crash. */
export const classIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'a class id');

/** A class name as people type it: folded spaces, no control characters. */
export const classNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'Give the class a name.')
      .max(60, 'A class name can be at most 60 characters.')
      .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'A class name cannot contain control characters.'),
  );

const packFile = z
  .object({
    fileName: z.string().min(1).max(255),
    base64: z
      .string()
      .max(
        Math.ceil(MAX_PACK_FILE_BYTES / 3) * 4,
        `The pack file is too large (${MAX_PACK_FILE_BYTES / 1024 / 1024} MB at most).`,
      )
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  })
  .strict();

export const PACKS_INPUT_SCHEMAS = {
  listClasses: empty,
  createClass: z.object({ name: classNameSchema }).strict(),
  listPackableLessons: empty,
  exportPack: z
    .object({
      lessons: z
        .array(z.object({ id: lessonId, version: z.number().int().min(1).max(1_000_000).optional() }).strict())
        .min(1, 'Choose at least one lesson.')
        .max(500, 'A pack holds at most 500 lessons.'),
      classId: classIdSchema.optional(),
    })
    .strict(),
  previewPack: packFile,
  importPack: packFile,
} satisfies { [M in keyof PacksApi]: z.ZodType<Input<M>, unknown> };
