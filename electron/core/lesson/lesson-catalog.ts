/**
 * Reads lesson versions from the database, parsed once and cached: a version's content never changes
 * once stored, so the cache never goes stale.
 *
 * A stored version is checked against the hash it was stored with and against the lesson schema: a
 * damaged one (a disk fault, an edit by hand) is named in a clear error for the calls that need it, and
 * left out of the library, so the rest of the app stays usable.
 */
import type { Database } from 'better-sqlite3';
import { LessonsRepository, type LessonRow } from '../../../db/repositories/lessons.js';
import type { StudentPassage } from '../../shared/contract.js';
import { createHash } from 'node:crypto';
import { AppError } from '../app-error.js';
import type { LessonFile } from './lesson-schema.js';
import { validateLesson } from './parse-lesson.js';

/** Why a stored lesson version cannot be used, for the log and the CLI. */
export interface DamagedLesson {
  id: string;
  version: number;
  title: string;
  problem: string;
}

export class LessonCatalog {
  private readonly repo: LessonsRepository;
  private readonly cache = new Map<string, LessonFile>();

  constructor(db: Database) {
    this.repo = new LessonsRepository(db);
  }

  /** Forgets what was read (the database's content was replaced by a restore). */
  forget(): void {
    this.cache.clear();
  }

  /** The lessons whose current version can be read; see `damaged()` for the others. */
  list(): LessonRow[] {
    return this.repo.list().filter((row) => this.problemOf(row.id, row.currentVersion) === undefined);
  }

  /** The lessons whose current version is damaged, each with what is wrong with it. */
  damaged(): DamagedLesson[] {
    return this.repo.list().flatMap((row) => {
      const problem = this.problemOf(row.id, row.currentVersion);
      return problem === undefined ? [] : [{ id: row.id, version: row.currentVersion, title: row.title, problem }];
    });
  }

  private problemOf(id: string, version: number): string | undefined {
    try {
      this.version(id, version);
      return undefined;
    } catch (err) {
      if (err instanceof AppError) return err.message;
      throw err;
    }
  }

  /**
   * What students see in their library: unpublished lessons are left out (their attempts stay), and so
   * are damaged ones (named by `damaged()`), so one bad lesson never takes the library down.
   */
  listVisible(): LessonRow[] {
    return this.repo.listVisible().filter((row) => this.problemOf(row.id, row.currentVersion) === undefined);
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
    const damaged = (what: string) =>
      new AppError(
        'internal',
        `The lesson "${id}" (version ${version}) stored in this database is damaged (${what}). ` +
          'Other lessons are not affected; a teacher can import the lesson again or restore a backup.',
      );
    if (createHash('sha256').update(stored.content).digest('hex') !== stored.sha256)
      throw damaged('its content no longer matches the checksum it was stored with');
    let data: unknown;
    try {
      data = JSON.parse(stored.content);
    } catch {
      throw damaged('it is not valid JSON');
    }
    let lesson: LessonFile;
    try {
      lesson = validateLesson(data, id).lesson;
    } catch (err) {
      throw damaged((err as Error).message);
    }
    this.cache.set(cacheKey, lesson);
    return lesson;
  }
}

/** What the student sees of a passage: never the key. Site text and reader comments look like the page showed them. */
export function studentPassage(p: LessonFile['passages'][number]): StudentPassage {
  return { index: p.index, paragraph: p.paragraph, display: p.role === 'headline' ? 'heading' : 'text', text: p.text };
}
