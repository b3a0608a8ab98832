/**
 * Lesson packs and classes (teacher-only): a teacher creates a class, exports chosen lesson versions as one
 * `.swpack` file for it, and a classroom desktop previews and imports that file. Nothing about students is
 * touched by any of these calls.
 *
 * Export, preview and import are long work: each call answers at once with a job (see jobs.ts); the screen
 * polls `jobStatus` and reads the job's `result` once it is `done`, typed by the job's `kind`:
 *   'pack-export' → PackExport, 'pack-preview' → PackPreview, 'pack-import' → PackImportResult.
 * A refused pack makes the job `failed` with `error.code === 'bad_file'` and a message naming the problem.
 *
 * Preview and import are both given the file's bytes: the import checks everything again and decides
 * inside its own transaction, so nothing depends on a preview still being true.
 */
import type { CallTable } from './common.js';
import type { JobInfo } from './jobs.js';

export type ClassOrigin = 'created' | 'imported';

export interface ClassSummary {
  id: string;
  name: string;
  /** 'created' on the teacher's install; 'imported' where it arrived with a pack. */
  origin: ClassOrigin;
  createdAt: string;
  /** Lessons linked to this class on this install (exported for it, or arrived with its pack). */
  lessons: number;
}

/** A lesson this install has, with every version it keeps (any of them can go into a pack). */
export interface PackableLesson {
  id: string;
  title: string;
  currentVersion: number;
  versions: Array<{ version: number; sha256: string; passages: number; loadedAt: string }>;
  /** Classes this lesson is linked to on this install. */
  classIds: string[];
}

/** A lesson to put in a pack; without `version`, its current version. */
export interface PackLessonChoice {
  id: string;
  version?: number;
}

/** Result of a 'pack-export' job. */
export interface PackExport {
  /** A suggested file name, e.g. `sourcewise-7b-2026-12-02.swpack`. */
  fileName: string;
  /** The pack file's bytes. */
  base64: string;
  bytes: number;
  lessons: Array<{ id: string; version: number; title: string }>;
  class: { id: string; name: string } | null;
}

/**
 * What importing would do with one lesson of a pack:
 * - new: no lesson with this id here;
 * - update: a newer version of a lesson here (it becomes the current version; attempts keep theirs);
 * - duplicate: this version is already here with the same content (nothing to store);
 * - skipped: not stored, `note` says why (this install has a newer version; or the same version number
 *   with different content).
 */
export type PackItemStatus = 'new' | 'update' | 'duplicate' | 'skipped';

export interface PackPreviewItem {
  id: string;
  version: number;
  title: string;
  passages: number;
  status: PackItemStatus;
  /** The current version on this install, if the lesson is here. */
  installedVersion: number | null;
  /** A short sentence for people, e.g. "Already here (same content)." */
  note: string;
}

/** Result of a 'pack-preview' job: what the pack holds and what importing it would do. */
export interface PackPreview {
  fileName: string;
  /** The pack's format (breaking changes only) and the app version that wrote it. */
  format: number;
  appVersion: string;
  createdAt: string;
  /** The class the pack was made for; `known` when this install has it already. Never the results key. */
  class: { id: string; name: string; known: boolean } | null;
  lessons: PackPreviewItem[];
  counts: Record<PackItemStatus, number>;
}

/** Result of a 'pack-import' job: the preview as decided at import time, and what was stored. */
export interface PackImportResult extends PackPreview {
  /** Lesson versions stored by this import (the new ones and the updates). */
  stored: Array<{ id: string; version: number }>;
  /** True when the class was stored by this import (false when absent from the pack or already here). */
  classStored: boolean;
  /** Lesson↔class links added by this import. */
  linked: number;
}

export interface PacksApi {
  listClasses: { input: Record<string, never>; output: ClassSummary[] };
  /** A new class on this install: a random id and a random results key (never shown; it travels in packs). */
  createClass: { input: { name: string }; output: ClassSummary };
  listPackableLessons: { input: Record<string, never>; output: PackableLesson[] };
  /** Starts a 'pack-export' job; with `classId`, the pack is for that class (and its lessons are linked to it). */
  exportPack: { input: { lessons: PackLessonChoice[]; classId?: string }; output: JobInfo };
  /** Starts a 'pack-preview' job over a pack file's bytes. */
  previewPack: { input: { fileName: string; base64: string }; output: JobInfo };
  /** Starts a 'pack-import' job over a pack file's bytes. Importing the same pack twice changes nothing. */
  importPack: { input: { fileName: string; base64: string }; output: JobInfo };
}

export const PACKS_CALLS = {
  listClasses: { channel: 'packs:list-classes', access: 'teacher' },
  createClass: { channel: 'packs:create-class', access: 'teacher' },
  listPackableLessons: { channel: 'packs:list-lessons', access: 'teacher' },
  exportPack: { channel: 'packs:export', access: 'teacher' },
  previewPack: { channel: 'packs:preview', access: 'teacher' },
  importPack: { channel: 'packs:import', access: 'teacher' },
} as const satisfies CallTable<PacksApi>;

/** The job kinds these calls start (JobInfo.kind). */
export const PACK_JOB_KINDS = { export: 'pack-export', preview: 'pack-preview', import: 'pack-import' } as const;

/** Pack files are at most this large (the browser host's bridge carries them as base64). */
export const MAX_PACK_FILE_BYTES = 4 * 1024 * 1024;

/** The file name extension of lesson packs. */
export const PACK_EXTENSION = '.swpack';
