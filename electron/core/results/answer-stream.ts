/**
 * Every imported answer matching the filters, in batches, for the exports that must not hold a million
 * answers in memory. Keyset pagination (id > last) instead of one open iterator: between batches the
 * connection is free, so a student's answer on the same install is never refused as "busy", and the
 * caller can await the output stream's drain.
 */
import type { Database } from 'better-sqlite3';
import type { ReportFilters, ResultExercise } from '../../shared/contract.js';
import { attemptFilterSql } from './report-filters.js';

export interface StreamedAnswer {
  id: number;
  item: number;
  response: string;
  chosenLabel: string | null;
  keyLabel: string | null;
  score: number;
  correct: number;
  confidence: string | null;
  seconds: number | null;
  hinted: number;
  answeredAt: string;
  attemptUid: string;
  lessonId: string;
  lessonVersion: number;
  exercise: ResultExercise;
  mode: string;
  studentId: number;
  student: string;
}

export const BATCH = 5000;

export async function forEachAnswerBatch(
  db: Database,
  f: ReportFilters,
  onBatch: (rows: StreamedAnswer[]) => void | Promise<void>,
): Promise<number> {
  const filter = attemptFilterSql(f, 'x.answered_at', ['x.id > @after']);
  const params: Record<string, string | number> = { ...filter.params, after: 0 };
  const page = db.prepare(
    `SELECT x.id, x.item, x.response, x.chosen_label AS chosenLabel, x.key_label AS keyLabel, x.score, x.correct,
            x.confidence, x.seconds, x.hinted, x.answered_at AS answeredAt, a.uid AS attemptUid, a.lesson_id AS lessonId,
            a.lesson_version AS lessonVersion, a.exercise, a.mode, a.student_id AS studentId, s.name AS student
       FROM results_answers x
       -- CROSS JOIN keeps answers the outer loop (SQLite does not reorder it), so each page is a range
       -- of the answers' rowid, not a scan of every attempt sorted again.
       CROSS JOIN results_attempts a ON a.id = x.attempt_id
       CROSS JOIN results_students s ON s.id = a.student_id
      ${filter.where}
      ORDER BY x.id LIMIT ${BATCH}`,
  );
  let count = 0;
  for (;;) {
    const rows = page.all(params) as StreamedAnswer[];
    if (rows.length === 0) return count;
    count += rows.length;
    await onBatch(rows);
    params.after = rows[rows.length - 1]!.id;
    if (rows.length < BATCH) return count;
  }
}
