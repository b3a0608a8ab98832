/**
 * Loads the lessons shipped in resources/lessons into the database: on first run, and whenever a newer
 * version of a bundled lesson ships. Attempts are never touched (they keep the version they started on).
 * A broken bundled file is reported and skipped; what is stored stays as it was.
 */
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { LessonsRepository } from '../../../db/repositories/lessons.js';
import { parseLesson } from './parse-lesson.js';

export interface SyncReport {
  loaded: Array<{ id: string; version: number }>;
  unchanged: string[];
  problems: string[];
}

export function listBundledLessonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function syncBundledLessons(db: Database, dir: string, now: Date = new Date()): SyncReport {
  const repo = new LessonsRepository(db);
  const report: SyncReport = { loaded: [], unchanged: [], problems: [] };
  // Files are read and checked first, outside the transaction: it then holds the write lock only briefly.
  const parsedFiles: Array<{ file: string; parsed: ReturnType<typeof parseLesson> }> = [];
  for (const file of listBundledLessonFiles(dir)) {
    try {
      parsedFiles.push({ file, parsed: parseLesson(fs.readFileSync(file), path.basename(file)) });
    } catch (err) {
      report.problems.push((err as Error).message);
    }
  }
  // What is stored is read inside the same write transaction that adds to it: when two processes open a
  // fresh database at once, the second waits, then finds the lessons loaded and loads nothing twice.
  db.transaction(() => {
    for (const { file, parsed } of parsedFiles) {
      const { lesson, json, sha256 } = parsed;
      const stored = repo.get(lesson.id);
      if (stored && stored.origin !== 'bundled') {
        report.problems.push(
          `${path.basename(file)}: a lesson with id "${lesson.id}" was imported by a teacher; the bundled one is not loaded over it`,
        );
        continue;
      }
      if (stored && stored.currentVersion >= lesson.version) {
        const same = repo.getVersion(lesson.id, lesson.version);
        if (same && same.sha256 !== sha256)
          report.problems.push(
            `${path.basename(file)}: lesson "${lesson.id}" version ${lesson.version} differs from the stored copy; raise "version" to ship a changed key`,
          );
        report.unchanged.push(lesson.id);
        continue;
      }
      repo.putVersion(
        { id: lesson.id, version: lesson.version, title: lesson.title, description: lesson.description, origin: 'bundled' },
        json,
        sha256,
        now,
      );
      report.loaded.push({ id: lesson.id, version: lesson.version });
    }
  }).immediate();
  return report;
}
