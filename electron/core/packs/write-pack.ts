/**
 * Writing a lesson pack: the manifest and each lesson version's stored JSON, zipped with fflate. Pure
 * (registered as a task too). Entries are written in a fixed order with the pack's creation time, so the
 * same lessons exported at the same moment give the same bytes.
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import { LESSON_FORMAT } from '../lesson/lesson-schema.js';
import { lessonEntryName, MANIFEST_NAME, PACK_FORMAT, PACK_KIND, type PackManifest } from './pack-format.js';

export interface PackSource {
  appVersion: string;
  createdAt: string;
  installId: string | null;
  class: { id: string; name: string; resultsKey: string } | null;
  /** Each lesson version's stored canonical JSON and its sha256 (lesson_versions.content / .sha256). */
  lessons: Array<{ id: string; version: number; title: string; json: string; sha256: string }>;
}

export function writePack(source: PackSource): Uint8Array {
  const manifest: PackManifest = {
    kind: PACK_KIND,
    format: PACK_FORMAT,
    requires: [],
    appVersion: source.appVersion,
    createdAt: source.createdAt,
    ...(source.installId ? { createdBy: { installId: source.installId } } : {}),
    lessons: source.lessons.map((l) => ({
      id: l.id,
      version: l.version,
      title: l.title,
      file: lessonEntryName(l.id, l.version),
      sha256: l.sha256,
      lessonFormat: LESSON_FORMAT,
    })),
    ...(source.class ? { class: source.class } : {}),
  };
  const mtime = new Date(source.createdAt);
  const files: Zippable = { [MANIFEST_NAME]: strToU8(JSON.stringify(manifest, null, 2)) };
  for (const l of source.lessons) files[lessonEntryName(l.id, l.version)] = strToU8(l.json);
  return zipSync(files, { level: 6, mtime: Number.isNaN(mtime.getTime()) ? new Date() : mtime });
}
