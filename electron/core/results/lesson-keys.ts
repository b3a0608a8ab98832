/**
 * The teacher's own keys, looked up by lesson version and content hash. A results file says which version
 * (and which exact content) its answers were graded against; where this install has the same content the
 * report can name key labels, passages and cues; where it does not, the attempt is flagged.
 */
import type { Database } from 'better-sqlite3';
import type { LessonFile } from '../lesson/lesson-schema.js';

export class LessonKeys {
  private readonly cache = new Map<string, LessonFile | null>();
  private readonly byVersion;

  constructor(db: Database) {
    this.byVersion = db.prepare('SELECT content, sha256 FROM lesson_versions WHERE lesson_id = ? AND version = ?');
  }

  /** The lesson as graded, or null when this install lacks that version or holds other content under it. */
  get(lessonId: string, version: number, contentHash?: string): LessonFile | null {
    const k = `${lessonId}@${version}#${contentHash ?? ''}`;
    const hit = this.cache.get(k);
    if (hit !== undefined) return hit;
    const row = this.byVersion.get(lessonId, version) as { content: string; sha256: string } | undefined;
    const lesson =
      row && (contentHash === undefined || row.sha256 === contentHash) ? (JSON.parse(row.content) as LessonFile) : null;
    this.cache.set(k, lesson);
    return lesson;
  }
}
