/** Classes lessons are handed to, and which lessons belong to which class on this install (schema 4). */
import type { Database } from 'better-sqlite3';

export interface ClassRow {
  id: string;
  name: string;
  resultsKey: string;
  origin: 'created' | 'imported';
  createdAt: string;
}

export class ClassesRepository {
  constructor(private readonly db: Database) {}

  /** Every class with how many lessons are linked to it, by name. */
  list(): Array<ClassRow & { lessons: number }> {
    return this.db
      .prepare(
        `SELECT c.id, c.name, c.results_key AS resultsKey, c.origin, c.created_at AS createdAt,
                (SELECT count(*) FROM lesson_classes lc WHERE lc.class_id = c.id) AS lessons
           FROM classes c ORDER BY c.name COLLATE NOCASE, c.created_at`,
      )
      .all() as Array<ClassRow & { lessons: number }>;
  }

  get(id: string): ClassRow | undefined {
    return this.db
      .prepare('SELECT id, name, results_key AS resultsKey, origin, created_at AS createdAt FROM classes WHERE id = ?')
      .get(id) as ClassRow | undefined;
  }

  /** A class of this name made on this install, if any (names of created classes are kept unique). */
  findCreatedByName(name: string): ClassRow | undefined {
    return this.db
      .prepare(
        `SELECT id, name, results_key AS resultsKey, origin, created_at AS createdAt
           FROM classes WHERE origin = 'created' AND name = ? COLLATE NOCASE`,
      )
      .get(name) as ClassRow | undefined;
  }

  insert(row: ClassRow): void {
    this.db
      .prepare(
        'INSERT INTO classes (id, name, results_key, origin, created_at) VALUES (@id, @name, @resultsKey, @origin, @createdAt)',
      )
      .run(row);
  }

  /** Links a lesson to a class; true when the link is new. */
  link(lessonId: string, classId: string, now: Date): boolean {
    return (
      this.db
        .prepare('INSERT OR IGNORE INTO lesson_classes (lesson_id, class_id, added_at) VALUES (?, ?, ?)')
        .run(lessonId, classId, now.toISOString()).changes > 0
    );
  }

  /** lesson id → the ids of the classes it is linked to. */
  linksByLesson(): Map<string, string[]> {
    const rows = this.db
      .prepare('SELECT lesson_id AS lessonId, class_id AS classId FROM lesson_classes ORDER BY class_id')
      .all() as Array<{
      lessonId: string;
      classId: string;
    }>;
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.lessonId, [...(map.get(r.lessonId) ?? []), r.classId]);
    return map;
  }
}
