/**
 * The `.swpack` format: a zip holding `manifest.json` and one JSON file per lesson version.
 *
 * How it grows without breaking:
 * - `format` changes only for a change an older app would misread. A pack whose format is newer than
 *   PACK_FORMAT is refused with "update Sourcewise", never half-read.
 * - New optional manifest fields may be added at any time: readers ignore fields they do not know.
 * - A new field an older reader must NOT ignore (say, lessons that need a new exercise kind) is named in
 *   `requires`: a reader refuses a pack that requires a feature it does not list in KNOWN_FEATURES.
 * - Entries the manifest does not name are ignored (never inflated), so later packs may carry more files.
 *
 * Each lesson entry is the lesson's canonical JSON exactly as stored (lesson_versions.content), so its
 * sha256 is the one this install and the receiving one both record for that version.
 */
import { z } from 'zod';
import { MAX_PACK_FILE_BYTES } from '../../shared/contract.js';
import { MAX_LESSON_BYTES } from '../lesson/parse-lesson.js';

/** The pack format this build writes and the newest it reads. */
export const PACK_FORMAT = 1;

/** What `manifest.json` says it is, so another JSON-in-a-zip is told apart from a pack. */
export const PACK_KIND = 'sourcewise-lesson-pack';

/** Features this build understands when a pack lists them in `requires` (none are defined yet). */
export const KNOWN_FEATURES: readonly string[] = [];

export const MANIFEST_NAME = 'manifest.json';

/** The refusal limits, checked from the zip's directory before anything is inflated. */
export const PACK_LIMITS = {
  /** The pack file itself. */
  fileBytes: MAX_PACK_FILE_BYTES,
  /** Entries in the zip (manifest + lessons + anything later formats add). */
  entries: 501,
  /** Lessons in one pack. */
  lessons: 500,
  /** manifest.json, inflated. */
  manifestBytes: 1024 * 1024,
  /** One lesson file, inflated (the same limit as a lesson file on disk). */
  entryBytes: MAX_LESSON_BYTES,
  /** Everything the pack would inflate to, together. */
  totalBytes: 64 * 1024 * 1024,
  /** Inflated ÷ compressed size of an entry. Lesson JSON deflates about 5–10×; zip bombs 1,000× and more. */
  ratio: 100,
  /** Entries smaller than this are not held to the ratio (tiny files of repeated text compress very well). */
  ratioFloorBytes: 64 * 1024,
  /** An entry name's length. */
  nameLength: 200,
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in hex');

export const manifestLessonSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens')
    .max(80),
  version: z.number().int().min(1),
  title: z.string().min(1).max(200),
  /** The zip entry holding this lesson version. */
  file: z.string().min(1).max(PACK_LIMITS.nameLength),
  /** sha256 (hex) of the entry's bytes: the stored canonical JSON of the lesson version. */
  sha256: sha256Hex,
  /** The lesson file format of the entry (LESSON_FORMAT when written). */
  lessonFormat: z.number().int().min(1),
});

export const manifestClassSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'a class id')
    .max(64),
  name: z.string().min(1).max(60),
  /** hex, 32 bytes: results files of this class are signed with it (HMAC-SHA256). */
  resultsKey: z.string().regex(/^[0-9a-f]{64}$/, '32 bytes in hex'),
});

/**
 * The manifest. `z.object` drops keys it does not know, which is exactly "unknown optional fields are
 * ignored"; a field that must not be ignored goes into `requires`.
 */
export const manifestSchema = z.object({
  kind: z.literal(PACK_KIND),
  format: z.number().int().min(1),
  requires: z.array(z.string().max(80)).max(50).default([]),
  appVersion: z.string().max(40),
  createdAt: z.string().max(40),
  /** The install that wrote the pack (settings['install.id']), for the record. */
  createdBy: z.object({ installId: z.string().max(64) }).optional(),
  lessons: z.array(manifestLessonSchema).min(1).max(PACK_LIMITS.lessons),
  class: manifestClassSchema.optional(),
});

export type PackManifest = z.infer<typeof manifestSchema>;
export type PackManifestInput = z.input<typeof manifestSchema>;

/** The entry name a lesson version gets in a pack. */
export function lessonEntryName(id: string, version: number): string {
  return `lessons/${id}.v${version}.json`;
}
