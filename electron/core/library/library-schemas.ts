/**
 * Runtime schemas for the teacher workspace's calls (joined into api-schemas.ts). `satisfies` holds each
 * one to the contract's input type.
 */
import { z } from 'zod';
import type { Input } from '../../shared/contract.js';
import { CUE_KINDS, LABELS, ROLES, SUBTYPES } from '../../shared/domain.js';
import type { Subtype } from '../../shared/domain.js';

const articleId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const passageId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const lessonId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/, 'a lesson id');
const empty = z.object({}).strict();
/** 8 MiB of base64 ≈ 6 MiB of file; the library gives the people-facing size message (see MAX_ARTICLE_FILE_BYTES). */
const uploadedFile = z
  .object({
    name: z.string().min(1).max(255),
    base64: z
      .string()
      .max(11_200_000, 'The file is too large (8 MB at most).')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  })
  .strict();
const subtype = z.enum(SUBTYPES as [Subtype, ...Subtype[]]);
const cue = z
  .object({ start: z.number().int().min(0).max(100_000), end: z.number().int().min(1).max(100_000), kind: z.enum(CUE_KINDS) })
  .strict();
const order = z.enum(['page', 'confidence']).optional();

const keyingEdit = z.discriminatedUnion('op', [
  z.object({ op: z.literal('accept'), passageId }).strict(),
  z.object({ op: z.literal('acceptAll'), minConfidence: z.number().min(0).max(1) }).strict(),
  z.object({ op: z.literal('setLabel'), passageId, label: z.enum(LABELS), subtype: subtype.optional() }).strict(),
  z.object({ op: z.literal('setSubtype'), passageId, subtype }).strict(),
  z
    .object({
      op: z.literal('setExplanation'),
      passageId,
      explanation: z.string().max(600, 'An explanation can be at most 600 characters.'),
    })
    .strict(),
  z.object({ op: z.literal('setAccept'), passageId, accept: z.array(z.enum(LABELS)).max(3) }).strict(),
  z.object({ op: z.literal('setCues'), passageId, cues: z.array(cue).max(40, 'At most 40 cues per passage.') }).strict(),
  z.object({ op: z.literal('setRole'), passageId, role: z.enum(ROLES) }).strict(),
  z
    .object({ op: z.literal('setText'), passageId, text: z.string().trim().min(1, 'A passage needs some text.').max(5000) })
    .strict(),
  z.object({ op: z.literal('mergeNext'), passageId }).strict(),
  z.object({ op: z.literal('split'), passageId, at: z.number().int().min(1).max(5000) }).strict(),
  z.object({ op: z.literal('drop'), passageId }).strict(),
  z.object({ op: z.literal('restore'), passageId }).strict(),
  z
    .object({ op: z.literal('includeBlock'), blockPosition: z.number().int().min(0).max(1_000_000), included: z.boolean() })
    .strict(),
]);

const publishDetails = {
  articleId,
  title: z.string().trim().min(1, 'Give the lesson a title.').max(200, 'A title can be at most 200 characters.'),
  description: z.string().trim().max(1000, 'A description can be at most 1000 characters.'),
  credit: z.string().trim().min(1).max(400).optional(),
};

export const LIBRARY_SCHEMAS = {
  importArticleText: z
    .object({
      text: z.string().max(4_000_000, 'The pasted text is too long (4 million characters at most).'),
      format: z.enum(['text', 'markdown', 'html']),
      name: z.string().min(1).max(255).optional(),
    })
    .strict(),
  importArticleFiles: z.object({ files: z.array(uploadedFile).min(1, 'Choose at least one file.').max(2000) }).strict(),
  importArticleFolder: z.object({ path: z.string().min(1).max(4096) }).strict(),
  listArticles: empty,
  getArticle: z.object({ articleId }).strict(),
  searchArticles: z
    .object({
      query: z.string().trim().min(1, 'Type something to search for.').max(200),
      limit: z.number().int().min(1).max(200).optional(),
    })
    .strict(),
  deleteArticle: z.object({ articleId }).strict(),
  openKeying: z.object({ articleId, order }).strict(),
  editKeying: z.object({ articleId, edit: keyingEdit, order }).strict(),
  checkPublish: z.object(publishDetails).strict(),
  publishLesson: z
    .object({ ...publishDetails, fillFromAnalyzer: z.boolean().optional(), confirmDescription: z.boolean().optional() })
    .strict(),
  unpublishLesson: z.object({ lessonId }).strict(),
  republishLesson: z.object({ lessonId }).strict(),
  listTeacherLessons: empty,
  importLessonFile: z.object({ file: uploadedFile }).strict(),
} satisfies {
  [M in keyof typeof import('../../shared/contract/library.js').LIBRARY_CALLS]: z.ZodType<Input<M>, unknown>;
};
