/**
 * The gradebook CSV: one row per student, one column per lesson × exercise. A cell is the student's best
 * completed attempt at that exercise, as a percent (a number, one decimal); empty where there is none.
 * Best, not latest or mean: a gradebook records what a student showed they can do, and retrying is
 * encouraged.
 */
import type { Database } from 'better-sqlite3';
import { RESULT_EXERCISES, RESULT_EXERCISE_NAMES, type ReportFilters, type ResultExercise } from '../../shared/contract.js';
import { BOM, csvRows, type Cell } from './csv-cells.js';
import { attemptFilterSql } from './report-filters.js';

export interface Gradebook {
  columns: Array<{ lessonId: string; title: string; exercise: ResultExercise }>;
  rows: Array<{ studentId: number; name: string; cells: Array<number | null> }>;
}

export function gradebook(db: Database, f: ReportFilters): Gradebook {
  const { where, params } = attemptFilterSql(f, 'a.completed_at', ['a.completed_at IS NOT NULL', 'a.answers > 0']);
  const best = db
    .prepare(
      `SELECT a.student_id AS studentId, s.name, a.lesson_id AS lessonId, COALESCE(l.title, a.lesson_id) AS title,
              a.exercise, MAX(a.score_sum / a.answers) AS best
         FROM results_attempts a
         JOIN results_students s ON s.id = a.student_id
         LEFT JOIN lessons l ON l.id = a.lesson_id
        ${where}
        GROUP BY a.student_id, a.lesson_id, a.exercise`,
    )
    .all(params) as Array<{
    studentId: number;
    name: string;
    lessonId: string;
    title: string;
    exercise: ResultExercise;
    best: number;
  }>;

  const columns = new Map<string, Gradebook['columns'][number]>();
  const students = new Map<number, { name: string; cells: Map<string, number> }>();
  for (const b of best) {
    const col = `${b.lessonId}\u0000${b.exercise}`;
    columns.set(col, { lessonId: b.lessonId, title: b.title, exercise: b.exercise });
    const st = students.get(b.studentId) ?? { name: b.name, cells: new Map() };
    st.cells.set(col, Math.round(b.best * 1000) / 10);
    students.set(b.studentId, st);
  }
  const ordered = [...columns.entries()].sort(
    ([, a], [, b]) =>
      a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) ||
      a.lessonId.localeCompare(b.lessonId) ||
      RESULT_EXERCISES.indexOf(a.exercise) - RESULT_EXERCISES.indexOf(b.exercise),
  );
  return {
    columns: ordered.map(([, c]) => c),
    rows: [...students.entries()]
      .sort(([ia, a], [ib, b]) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || ia - ib)
      .map(([studentId, s]) => ({ studentId, name: s.name, cells: ordered.map(([k]) => s.cells.get(k) ?? null) })),
  };
}

export function gradebookCsv(g: Gradebook): string {
  const header: Cell[] = ['Student', ...g.columns.map((c) => `${c.title} — ${RESULT_EXERCISE_NAMES[c.exercise]} (%)`)];
  return BOM + csvRows([header, ...g.rows.map((r) => [r.name, ...r.cells])]);
}
