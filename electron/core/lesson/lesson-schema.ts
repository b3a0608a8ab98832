/**
 * The lesson file format (resources/lessons/*.json), defined once here with zod. The JSON Schema in
 * resources/lessons/lesson.schema.json is generated from this definition (`sourcewise lesson schema`)
 * and a test keeps the two in step, so editors get completion and the app gets one source of truth.
 *
 * A lesson is one page, split into passages in page order; each passage carries its key.
 *
 * Format 2 (the four exercises) adds, and format 1 files keep loading unchanged:
 * - `settings`: `mode` ('practice' | 'test' | 'student_choice') and `order` ('page' | 'shuffled' |
 *   'student_choice') — both optional, defaults in `lessonSettings()`;
 * - `attribution.verb.effect`: the teacher's words on what the verb does to the reader (optional; a
 *   built-in sentence is used otherwise);
 * - spans that must not overlap (a word is the outlet's or relayed, not both).
 * What each exercise needs of a key is said in words by `missingExerciseKeys()` (exercises/registry.ts).
 */
import { z } from 'zod';
import { CUE_KINDS, LABELS, ROLES, SOURCE_KINDS, SUBTYPES, labelOfSubtype } from '../../shared/domain.js';
import { MODE_SETTINGS, ORDER_SETTINGS, type ModeSetting, type OrderSetting } from '../../shared/exercises.js';

/** The format this build writes. Every format in LESSON_FORMATS loads. */
export const LESSON_FORMAT = 2;
export const LESSON_FORMATS = [1, 2] as const;

const range = {
  start: z.number().int().min(0).describe('first character (UTF-16 offset into the passage text)'),
  end: z.number().int().min(1).describe('one past the last character'),
};

export const cueSchema = z.object({ ...range, kind: z.enum(CUE_KINDS) }).strict();

export const spanSchema = z.object({ ...range, voice: z.enum(['outlet', 'relayed']).describe('whose words these are') }).strict();

export const attributionSchema = z
  .object({
    source: z.object({ ...range, kind: z.enum(SOURCE_KINDS) }).strict(),
    verb: z
      .object({
        ...range,
        loaded: z.boolean().describe('true when the verb itself judges the speaker (claimed, mocked, admitted, insisted)'),
        effect: z.string().min(10).max(300).optional().describe('format 2: what this verb does to the reader, in words'),
      })
      .strict()
      .optional(),
  })
  .strict();

export const passageSchema = z
  .object({
    index: z.number().int().min(0).describe('position in page order, 0-based and contiguous'),
    paragraph: z.number().int().min(0).describe('paragraph (block) of the page this passage belongs to'),
    role: z.enum(ROLES),
    text: z.string().min(1).max(5000),
    label: z.enum(LABELS).describe('primary label: what most of the passage does'),
    subtype: z.enum(SUBTYPES as [string, ...string[]]),
    fromOutlet: z.boolean().describe('false for reader comments and site text'),
    accept: z.array(z.enum(LABELS)).max(3).describe('also-acceptable labels, counted correct'),
    explanation: z.string().min(10).max(600),
    cues: z.array(cueSchema).max(40),
    spans: z.array(spanSchema).max(40).optional().describe('whose words: for the "mark the words" exercise'),
    attribution: attributionSchema.optional().describe('for quoted claims: source and attribution verb'),
  })
  .strict()
  .superRefine((p, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (labelOfSubtype(p.subtype as never) !== p.label)
      issue(['subtype'], `subtype "${p.subtype}" does not belong to label "${p.label}"`);
    if (p.accept.includes(p.label)) issue(['accept'], 'must not repeat the primary label');
    if (new Set(p.accept).size !== p.accept.length) issue(['accept'], 'has a label twice');
    if (p.role === 'site' && p.label !== 'not_article') issue(['label'], 'a passage with role "site" is not_article');
    if (p.label === 'not_article' && p.fromOutlet) issue(['fromOutlet'], 'site text is not from the outlet');
    if (p.subtype === 'reader_comment' && p.fromOutlet) issue(['fromOutlet'], 'a reader comment is not from the outlet');
    const checkRange = (r: { start: number; end: number }, path: (string | number)[]) => {
      if (r.end <= r.start) issue(path, `end (${r.end}) must be after start (${r.start})`);
      if (r.end > p.text.length) issue(path, `end (${r.end}) is past the text's length (${p.text.length})`);
    };
    p.cues.forEach((c, i) => checkRange(c, ['cues', i]));
    p.spans?.forEach((s, i) => checkRange(s, ['spans', i]));
    if (p.attribution) {
      checkRange(p.attribution.source, ['attribution', 'source']);
      if (p.attribution.verb) checkRange(p.attribution.verb, ['attribution', 'verb']);
    }
  });

export const lessonSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.union([z.literal(1), z.literal(2)]).describe('1 or 2; 2 adds settings and verb effects'),
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens')
      .max(80),
    version: z.number().int().min(1).describe('raise it when the key changes: the app reloads newer versions'),
    title: z.string().min(1).max(200),
    description: z.string().max(1000),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
    source: z
      .object({
        note: z.string().max(1000),
        site: z.string().min(1).max(200).optional().describe('the outlet or site the page comes from'),
        url: z
          .string()
          .max(2000)
          .regex(/^https?:\/\/\S+$/, 'an http(s) address')
          .optional()
          .describe('the page address, where known'),
        published: z.string().max(40).optional().describe('the date the page was published, as the page gives it'),
        credit: z
          .string()
          .min(1)
          .max(400)
          .optional()
          .describe('the credit line shown to students (required by the licence of lessons made from open text)'),
      })
      .strict()
      .describe('where the page came from and how it was copied'),
    settings: z
      .object({
        mode: z
          .enum(MODE_SETTINGS)
          .optional()
          .describe('practice: feedback after each answer; test: only at the end; student_choice: the student picks'),
        order: z.enum(ORDER_SETTINGS).optional().describe('the order passages are asked in the sort exercise'),
      })
      .strict()
      .optional()
      .describe('format 2: how the lesson is run'),
    passages: z.array(passageSchema).min(1).max(2000),
  })
  .strict()
  .superRefine((l, ctx) => {
    if (l.format === 1 && l.settings) ctx.addIssue({ code: 'custom', path: ['settings'], message: 'settings need "format": 2' });
    l.passages.forEach((p, i) => {
      if (l.format === 1 && p.attribution?.verb?.effect)
        ctx.addIssue({ code: 'custom', path: ['passages', i, 'attribution', 'verb', 'effect'], message: 'needs "format": 2' });
      if (l.format >= 2 && p.spans) {
        const sorted = [...p.spans].sort((a, b) => a.start - b.start);
        sorted.forEach((s, k) => {
          const prev = sorted[k - 1];
          if (prev && s.start < prev.end)
            ctx.addIssue({
              code: 'custom',
              path: ['passages', i, 'spans'],
              message: `spans overlap (${prev.start}–${prev.end} and ${s.start}–${s.end}): a word is the outlet's or relayed, not both`,
            });
        });
      }
      if (p.index !== i) ctx.addIssue({ code: 'custom', path: ['passages', i, 'index'], message: `expected ${i}` });
      const prev = l.passages[i - 1];
      if (prev && p.paragraph < prev.paragraph)
        ctx.addIssue({ code: 'custom', path: ['passages', i, 'paragraph'], message: 'paragraphs must not go backwards' });
    });
  });

export type LessonFile = z.infer<typeof lessonSchema>;
export type LessonPassage = z.infer<typeof passageSchema>;

export interface LessonSettings {
  mode: ModeSetting;
  order: OrderSetting;
}

/** A lesson's settings with their defaults (format 1 lessons have none): the student chooses the mode; page order. */
export function lessonSettings(lesson: Pick<LessonFile, 'settings'>): LessonSettings {
  return { mode: lesson.settings?.mode ?? 'student_choice', order: lesson.settings?.order ?? 'page' };
}
