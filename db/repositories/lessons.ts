/**
 * Lessons and their versions. Every version ever loaded is kept: attempts reference the version they
 * were started on, so loading a newer bundled key never re-grades or loses a student's work.
 */
import type { Database } from 'better-sqlite3';

export interface LessonRow {
  id: string;
  currentVersion: number;
  title: string;
  description: string;
  origin: 'bundled' | 'imported';
}

export interface LessonVersionRow {
  lessonId: string;
  version: number;
  content: string;
  sha256: string;
}

export class LessonsRepository {
  constructor(private readonly db: Database) {}

  list(): LessonRow[] {
    return this.db
      .prepare(
        `SELECT id, current_version AS currentVersion, title, description, origin
           FROM lessons ORDER BY title COLLATE NOCASE`,
      )
      .all() as LessonRow[];
  }

  /** The lessons students see: all but those a teacher unpublished (lesson_visibility, schema 7). */
  listVisible(): LessonRow[] {
    return this.db
      .prepare(
        `SELECT id, current_version AS currentVersion, title, description, origin
           FROM lessons WHERE id NOT IN (SELECT lesson_id FROM lesson_visibility WHERE hidden = 1)
          ORDER BY title COLLATE NOCASE`,
      )
      .all() as LessonRow[];
  }

  get(id: string): LessonRow | undefined {
    return this.db
      .prepare('SELECT id, current_version AS currentVersion, title, description, origin FROM lessons WHERE id = ?')
      .get(id) as LessonRow | undefined;
  }

  getVersion(id: string, version: number): LessonVersionRow | undefined {
    return this.db
      .prepare(
        `SELECT lesson_id AS lessonId, version, content, sha256
           FROM lesson_versions WHERE lesson_id = ? AND version = ?`,
      )
      .get(id, version) as LessonVersionRow | undefined;
  }

  /** Adds a version and makes it current. Called inside the caller's transaction. */
  putVersion(
    row: { id: string; version: number; title: string; description: string; origin: 'bundled' | 'imported' },
    content: string,
    sha256: string,
    now: Date,
  ): void {
    this.db
      .prepare(
        `INSERT INTO lessons (id, current_version, title, description, origin) VALUES (@id, @version, @title, @description, @origin)
         ON CONFLICT(id) DO UPDATE SET current_version = excluded.current_version,
           title = excluded.title, description = excluded.description`,
      )
      .run(row);
    this.db
      .prepare(`INSERT INTO lesson_versions (lesson_id, version, content, sha256, loaded_at) VALUES (?, ?, ?, ?, ?)`)
      .run(row.id, row.version, content, sha256, now.toISOString());
  }
}
