/** Valid pack parts built from the seed lesson, for tests to break one thing at a time. */
import fs from 'node:fs';
import { validateLesson } from '../../electron/core/lesson/parse-lesson.js';
import { lessonEntryName, MANIFEST_NAME, PACK_FORMAT, PACK_KIND } from '../../electron/core/packs/pack-format.js';
import { LESSON_FORMAT, type LessonFile } from '../../electron/core/lesson/lesson-schema.js';
import type { RawEntry } from './zip-builder.js';
import { SEED_LESSON_FILE } from './temp-dir.js';

export const SEED_LESSON = JSON.parse(fs.readFileSync(SEED_LESSON_FILE, 'utf8')) as LessonFile;

/** A lesson's canonical JSON and hash, as the app stores it. */
export function canonical(lesson: unknown): { json: string; sha256: string } {
  const { json, sha256 } = validateLesson(lesson, 'test');
  return { json, sha256 };
}

/** A copy of the seed lesson under another id (and version), a valid lesson of its own. */
export function seedAs(id: string, version = 1, patch: (l: LessonFile) => void = () => {}): LessonFile {
  const lesson = structuredClone(SEED_LESSON);
  lesson.id = id;
  lesson.version = version;
  lesson.title = `Lesson ${id} v${version}`;
  patch(lesson);
  return lesson;
}

export interface PackParts {
  manifest: Record<string, unknown>;
  entries: RawEntry[];
}

/** The manifest and entries of a valid pack holding `lessons` (raw JSON text per lesson may be overridden). */
export function packParts(lessons: LessonFile[], extra: Record<string, unknown> = {}): PackParts {
  const items = lessons.map((l) => ({ lesson: l, ...canonical(l) }));
  const manifest: Record<string, unknown> = {
    kind: PACK_KIND,
    format: PACK_FORMAT,
    requires: [],
    appVersion: '0.1.0',
    createdAt: '2026-12-01T10:00:00.000Z',
    lessons: items.map(({ lesson, sha256 }) => ({
      id: lesson.id,
      version: lesson.version,
      title: lesson.title,
      file: lessonEntryName(lesson.id, lesson.version),
      sha256,
      lessonFormat: LESSON_FORMAT,
    })),
    ...extra,
  };
  return {
    manifest,
    entries: items.map(({ lesson, json }) => ({ name: lessonEntryName(lesson.id, lesson.version), data: json })),
  };
}

export function manifestEntry(manifest: unknown): RawEntry {
  return { name: MANIFEST_NAME, data: JSON.stringify(manifest) };
}
