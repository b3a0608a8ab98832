/**
 * The teacher's list of students in imported results, and the two corrections a teacher makes to it:
 * confirming (and perhaps renaming) a student merged by name from several desktops, and merging students
 * whose profiles were named differently ("Sam L" on one desktop, "Sam Lee" on another).
 */
import type { Database } from 'better-sqlite3';
import { profileNameKey } from '../../../db/repositories/profiles.js';
import { AppError } from '../app-error.js';

export interface ResultsStudent {
  id: number;
  name: string;
  /** true while a merge made by name awaits the teacher's confirmation */
  review: boolean;
  /** where the results came from: desktop (install id) and the profile name there */
  sources: Array<{ installId: string; profileName: string }>;
  attempts: number;
}

export function listStudents(db: Database): ResultsStudent[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.review, (SELECT COUNT(*) FROM results_attempts a WHERE a.student_id = s.id) AS attempts
         FROM results_students s
        WHERE EXISTS (SELECT 1 FROM results_sources x WHERE x.student_id = s.id)
        ORDER BY s.name_key, s.id`,
    )
    .all() as Array<{ id: number; name: string; review: number; attempts: number }>;
  const sources = db.prepare(
    'SELECT install_id AS installId, profile_name AS profileName FROM results_sources WHERE student_id = ? ORDER BY first_seen, install_id',
  );
  return rows.map((r) => ({
    ...r,
    review: r.review === 1,
    sources: sources.all(r.id) as ResultsStudent['sources'],
  }));
}

function cleanName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The teacher confirms who a student is, under the name given (which may change the display name). */
export function confirmStudent(db: Database, studentId: number, name: string): ResultsStudent[] {
  db.transaction(() => {
    const info = db
      .prepare('UPDATE results_students SET name = ?, name_key = ?, review = 0 WHERE id = ?')
      .run(cleanName(name), profileNameKey(name), studentId);
    if (info.changes === 0) throw new AppError('not_found', `There is no student ${studentId} in the imported results.`);
  })();
  return listStudents(db);
}

/**
 * Merges students into the first one, under `name`: their sources, attempts and summary rows move; the
 * summaries are added together (same class, lesson, exercise and day), so the report stays exact.
 */
export function mergeStudents(db: Database, studentIds: number[], name: string): ResultsStudent[] {
  const ids = [...new Set(studentIds)];
  if (ids.length < 2) throw new AppError('invalid_input', 'Choose at least two students to merge.');
  db.transaction(() => {
    const exists = db.prepare('SELECT 1 FROM results_students WHERE id = ?').pluck();
    for (const id of ids)
      if (!exists.get(id)) throw new AppError('not_found', `There is no student ${id} in the imported results.`);
    const [into, ...others] = ids as [number, ...number[]];
    for (const from of others) {
      db.prepare('UPDATE results_sources SET student_id = ? WHERE student_id = ?').run(into, from);
      db.prepare('UPDATE results_attempts SET student_id = ? WHERE student_id = ?').run(into, from);
      db.prepare(
        `INSERT INTO results_student_days (class_id, lesson_id, exercise, day, student_id, attempts, answers, correct, score_sum,
           hits, misses, false_alarms, correct_rejections, flagged, last_at)
         SELECT class_id, lesson_id, exercise, day, ?, attempts, answers, correct, score_sum,
           hits, misses, false_alarms, correct_rejections, flagged, last_at
           FROM results_student_days WHERE student_id = ? AND true
         ON CONFLICT DO UPDATE SET attempts = attempts + excluded.attempts, answers = answers + excluded.answers,
           correct = correct + excluded.correct, score_sum = score_sum + excluded.score_sum, hits = hits + excluded.hits,
           misses = misses + excluded.misses, false_alarms = false_alarms + excluded.false_alarms,
           correct_rejections = correct_rejections + excluded.correct_rejections, flagged = flagged + excluded.flagged,
           last_at = max(last_at, excluded.last_at)`,
      ).run(into, from);
      db.prepare('DELETE FROM results_student_days WHERE student_id = ?').run(from);
      db.prepare('DELETE FROM results_students WHERE id = ?').run(from);
    }
    db.prepare('UPDATE results_students SET name = ?, name_key = ?, review = 0 WHERE id = ?').run(
      cleanName(name),
      profileNameKey(name),
      into,
    );
  })();
  return listStudents(db);
}
