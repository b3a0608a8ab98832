/**
 * Reads lesson versions from the database, parsed once and cached: a version's content never changes
 * once stored, so the cache never goes stale.
 */
import type { Database } from 'better-sqlite3';
import { LessonsRepository, type LessonRow } from '../../../db/repositories/lessons.js';
import type { StudentPassage } from '../../shared/contract.js';
import { AppError } from '../app-error.js';
import type { LessonFile } from './lesson-schema.js';

export class LessonCatalog {
  private readonly repo: LessonsRepository;
  private readonly cache = new Map<string, LessonFile>();

  constructor(db: Database) {
    this.repo = new LessonsRepository(db);
  }

  list(): LessonRow[] {
    return this.repo.list();
  }

  /** What students see in their library: unpublished lessons are left out (their attempts stay). */
  listVisible(): LessonRow[] {
    return this.repo.listVisible();
  }

  current(id: string): { row: LessonRow; lesson: LessonFile } {
    const row = this.repo.get(id);
    if (!row) throw new AppError('not_found', `There is no lesson "${id}".`);
    return { row, lesson: this.version(id, row.currentVersion) };
  }

  version(id: string, version: number): LessonFile {
    const cacheKey = `${id}@${version}`;
    const hit = this.cache.get(cacheKey);
    if (hit) return hit;
    const stored = this.repo.getVersion(id, version);
    if (!stored) throw new AppError('not_found', `There is no version ${version} of lesson "${id}".`);
    // Stored content was validated when it was loaded; parsing is all that is needed here.
    const lesson = JSON.parse(stored.content) as LessonFile;
    this.cache.set(cacheKey, lesson);
    return lesson;
  }
}

/** What the student sees of a passage: never the key. Site text and reader comments look like the page showed them. */
export function studentPassage(p: LessonFile['passages'][number]): StudentPassage {
  return { index: p.index, paragraph: p.paragraph, display: p.role === 'headline' ? 'heading' : 'text', text: p.text };
}
