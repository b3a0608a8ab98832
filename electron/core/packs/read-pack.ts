/**
 * Reading and verifying a lesson pack: the pure, CPU-heavy half of preview and import (registered as a
 * task in jobs/tasks.ts, so it can run off the thread that answers calls). Bytes in; out comes either every
 * lesson, validated against the lesson schema and checked against its hash, or a refusal naming the file
 * and the problem. Nothing here touches the database.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../app-error.js';
import { formatPath, LessonFormatError, parseLesson } from '../lesson/parse-lesson.js';
import { LESSON_FORMAT } from '../lesson/lesson-schema.js';
import {
  KNOWN_FEATURES,
  MANIFEST_NAME,
  manifestSchema,
  PACK_FORMAT,
  PACK_KIND,
  PACK_LIMITS,
  type PackManifest,
} from './pack-format.js';
import { inflateEntry, readZipDirectory, ZipRefusal } from './safe-zip.js';

export interface VerifiedLesson {
  id: string;
  version: number;
  title: string;
  passages: number;
  /** The canonical JSON to store, and its sha256 (equal to the manifest's). */
  json: string;
  sha256: string;
}

export interface VerifiedPack {
  format: number;
  appVersion: string;
  createdAt: string;
  installId: string | null;
  class: PackManifest['class'] | null;
  lessons: VerifiedLesson[];
}

/** A pack refused: always `bad_file`, the message starting with the file's name. */
export function packRefusal(fileName: string, problem: string): AppError {
  return new AppError('bad_file', `${fileName}: ${problem}`);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ZipRefusal(`${what} is not valid UTF-8 text`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ZipRefusal(`${what} is not valid JSON (${(err as Error).message})`);
  }
}

/** The manifest, checked: kind first, then format (so a newer pack says "update", not "invalid"), then fields. */
function readManifest(data: unknown): PackManifest {
  const head = (typeof data === 'object' && data !== null ? data : {}) as {
    kind?: unknown;
    format?: unknown;
    requires?: unknown;
  };
  if (head.kind !== PACK_KIND) throw new ZipRefusal(`this is not a Sourcewise lesson pack (${MANIFEST_NAME} does not say so)`);
  if (typeof head.format === 'number' && head.format > PACK_FORMAT)
    throw new ZipRefusal(
      `the pack was made in format ${head.format} by a newer Sourcewise; this one reads format ${PACK_FORMAT} at most: update Sourcewise to import it`,
    );
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ZipRefusal(`${MANIFEST_NAME} is invalid — ${formatPath(issue.path)}: ${issue.message}`);
  }
  const manifest = parsed.data;
  const missing = manifest.requires.filter((f) => !KNOWN_FEATURES.includes(f));
  if (missing.length > 0)
    throw new ZipRefusal(
      `the pack needs features this Sourcewise does not have (${missing.join(', ')}): update Sourcewise to import it`,
    );
  const ids = new Set<string>();
  const files = new Set<string>();
  for (const l of manifest.lessons) {
    if (ids.has(l.id)) throw new ZipRefusal(`${MANIFEST_NAME} lists lesson "${l.id}" twice`);
    if (files.has(l.file)) throw new ZipRefusal(`${MANIFEST_NAME} names the entry "${l.file}" for two lessons`);
    if (l.lessonFormat > LESSON_FORMAT)
      throw new ZipRefusal(
        `lesson "${l.id}" is in lesson format ${l.lessonFormat}, newer than this Sourcewise reads: update Sourcewise`,
      );
    ids.add(l.id);
    files.add(l.file);
  }
  return manifest;
}

/** Reads, checks and validates a whole pack. Throws AppError('bad_file') naming the file and the problem. */
export function readPack(input: { bytes: Uint8Array; fileName: string }): VerifiedPack {
  const { bytes, fileName } = input;
  try {
    const entries = readZipDirectory(bytes, PACK_LIMITS);
    const byName = new Map(entries.map((e) => [e.name, e]));
    const manifestEntry = byName.get(MANIFEST_NAME);
    if (!manifestEntry) throw new ZipRefusal(`this is not a lesson pack (it has no ${MANIFEST_NAME})`);
    if (manifestEntry.size > PACK_LIMITS.manifestBytes)
      throw new ZipRefusal(`${MANIFEST_NAME} is ${manifestEntry.size} bytes; at most ${PACK_LIMITS.manifestBytes} are allowed`);
    const manifest = readManifest(parseJson(inflateEntry(bytes, manifestEntry, PACK_LIMITS.manifestBytes), MANIFEST_NAME));

    const lessons: VerifiedLesson[] = manifest.lessons.map((m) => {
      const entry = byName.get(m.file);
      if (!entry) throw new ZipRefusal(`the entry "${m.file}" of lesson "${m.id}" is missing from the pack`);
      const content = inflateEntry(bytes, entry, PACK_LIMITS.entryBytes);
      // The hash is over the bytes as packed: any change to a lesson file after export shows here.
      if (sha256(content) !== m.sha256)
        throw new ZipRefusal(
          `lesson "${m.id}" does not match its hash in ${MANIFEST_NAME} (the file was changed or damaged after export)`,
        );
      let parsed;
      try {
        parsed = parseLesson(content, m.file);
      } catch (err) {
        if (err instanceof LessonFormatError) throw new ZipRefusal(err.message);
        throw err;
      }
      const { lesson, json } = parsed;
      if (lesson.id !== m.id || lesson.version !== m.version)
        throw new ZipRefusal(
          `${m.file} holds lesson "${lesson.id}" version ${lesson.version}, but ${MANIFEST_NAME} says "${m.id}" version ${m.version}`,
        );
      return {
        id: lesson.id,
        version: lesson.version,
        title: lesson.title,
        passages: lesson.passages.length,
        json,
        sha256: sha256(json),
      };
    });
    return {
      format: manifest.format,
      appVersion: manifest.appVersion,
      createdAt: manifest.createdAt,
      installId: manifest.createdBy?.installId ?? null,
      class: manifest.class ?? null,
      lessons,
    };
  } catch (err) {
    if (err instanceof ZipRefusal) throw packRefusal(fileName, err.message);
    throw err;
  }
}
