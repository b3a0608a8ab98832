/**
 * What students may see: lessons published from the workspace (which article, at which key revision) and
 * lessons hidden from students (unpublished). Hiding never touches attempts.
 */
import type { Database } from 'better-sqlite3';

export interface WorkspaceLessonRow {
  lessonId: string;
  articleId: number | null;
  publishedRevision: number;
  publishedAt: string;
}

export class PublishingRepository {
  constructor(private readonly db: Database) {}

  byArticle(articleId: number): WorkspaceLessonRow | undefined {
    return this.db
      .prepare(
        `SELECT lesson_id AS lessonId, article_id AS articleId, published_revision AS publishedRevision, published_at AS publishedAt
           FROM workspace_lessons WHERE article_id = ?`,
      )
      .get(articleId) as WorkspaceLessonRow | undefined;
  }

  all(): WorkspaceLessonRow[] {
    return this.db
      .prepare(
        `SELECT lesson_id AS lessonId, article_id AS articleId, published_revision AS publishedRevision, published_at AS publishedAt
           FROM workspace_lessons`,
      )
      .all() as WorkspaceLessonRow[];
  }

  recordPublish(lessonId: string, articleId: number, revision: number, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO workspace_lessons (lesson_id, article_id, published_revision, published_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(lesson_id) DO UPDATE SET article_id = excluded.article_id,
           published_revision = excluded.published_revision, published_at = excluded.published_at`,
      )
      .run(lessonId, articleId, revision, now.toISOString());
  }

  setHidden(lessonId: string, hidden: boolean, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO lesson_visibility (lesson_id, hidden, changed_at) VALUES (?, ?, ?)
         ON CONFLICT(lesson_id) DO UPDATE SET hidden = excluded.hidden, changed_at = excluded.changed_at`,
      )
      .run(lessonId, hidden ? 1 : 0, now.toISOString());
  }

  hiddenLessons(): Set<string> {
    return new Set(this.db.prepare('SELECT lesson_id FROM lesson_visibility WHERE hidden = 1').pluck().all() as string[]);
  }

  attemptCounts(): Map<string, number> {
    return new Map(
      (
        this.db.prepare('SELECT lesson_id AS id, count(*) AS n FROM attempts GROUP BY lesson_id').all() as Array<{
          id: string;
          n: number;
        }>
      ).map((r) => [r.id, r.n]),
    );
  }

  versions(lessonId: string): Array<{ version: number; loadedAt: string; passages: number }> {
    return this.db
      .prepare(
        `SELECT version, loaded_at AS loadedAt, coalesce(json_array_length(content, '$.passages'), 0) AS passages
           FROM lesson_versions WHERE lesson_id = ? ORDER BY version`,
      )
      .all(lessonId) as Array<{ version: number; loadedAt: string; passages: number }>;
  }
}
