/**
 * Turning bytes into a validated lesson, with messages that name the problem: the file is not text,
 * not JSON, too large, or which field of which passage is wrong.
 */
import { createHash } from 'node:crypto';
import { lessonSchema, type LessonFile } from './lesson-schema.js';

export const MAX_LESSON_BYTES = 5 * 1024 * 1024;

export class LessonFormatError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
    this.name = 'LessonFormatError';
  }
}

export interface ParsedLesson {
  lesson: LessonFile;
  /** Canonical JSON of the validated lesson (what is stored) and its hash (to notice edits). */
  json: string;
  sha256: string;
}

export function parseLesson(bytes: Uint8Array, where: string): ParsedLesson {
  if (bytes.byteLength > MAX_LESSON_BYTES)
    throw new LessonFormatError(where, `the file is ${bytes.byteLength} bytes; a lesson may be at most ${MAX_LESSON_BYTES}`);
  if (bytes.includes(0)) throw new LessonFormatError(where, 'the file is binary (it contains NUL bytes), not a JSON lesson');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LessonFormatError(where, 'the file is not valid UTF-8 text');
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new LessonFormatError(where, `the file is not valid JSON (${(err as Error).message})`);
  }
  return validateLesson(data, where);
}

export function validateLesson(data: unknown, where: string): ParsedLesson {
  const result = lessonSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues.slice(0, 5).map((i) => `${formatPath(i.path)}: ${i.message}`);
    const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more problems)` : '';
    throw new LessonFormatError(where, `invalid lesson — ${first.join('; ')}${more}`);
  }
  const json = JSON.stringify(result.data);
  return { lesson: result.data, json, sha256: createHash('sha256').update(json).digest('hex') };
}

/** ['passages', 12, 'label'] → "passages[12].label", the way a teacher would look it up in the file. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(the lesson)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
