/**
 * Every imported answer matching the filters, in batches, for the exports that must not hold a million
 * answers in memory. Keyset pagination (id > last) instead of one open iterator: between batches the
 * connection is free, so a student's answer on the same install is never refused as "busy", and the
 * caller can await the output stream's drain.
 */
import type { Database } from 'better-sqlite3';
import type { ReportFilters, ResultExercise } from '../../shared/contract.js';
import { attemptFilterSql, nextDay } from './report-filters.js';

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

interface AttemptInfo {
  attemptUid: string;
  lessonId: string;
  lessonVersion: number;
  exercise: ResultExercise;
  mode: string;
  studentId: number;
  student: string;
}

export async function forEachAnswerBatch(
  db: Database,
  f: ReportFilters,
  onBatch: (rows: StreamedAnswer[]) => void | Promise<void>,
): Promise<number> {
  // The attempts (thousands, not millions) are read once; each page then reads answers alone, as raw
  // rows: joining two tables and naming 18 columns per answer cost most of the export's time.
  const attemptFilter = attemptFilterSql({ ...f, from: undefined, to: undefined }, 'a.started_at');
  const attempts = new Map<number, AttemptInfo>();
  for (const a of db
    .prepare(
      `SELECT a.id, a.uid AS attemptUid, a.lesson_id AS lessonId, a.lesson_version AS lessonVersion, a.exercise, a.mode,
              a.student_id AS studentId, s.name AS student
         FROM results_attempts a JOIN results_students s ON s.id = a.student_id ${attemptFilter.where}`,
    )
    .all(attemptFilter.params) as Array<AttemptInfo & { id: number }>)
    attempts.set(a.id, a);
  const conditions = ['x.id > @after'];
  const params: Record<string, string | number> = { after: 0 };
  if (f.from !== undefined) {
    conditions.push('x.answered_at >= @from');
    params.from = f.from;
  }
  if (f.to !== undefined) {
    conditions.push('x.answered_at < @toNext');
    params.toNext = nextDay(f.to);
  }
  const page = db
    .prepare(
      `SELECT x.id, x.attempt_id, x.item, x.response, x.chosen_label, x.key_label, x.score, x.correct, x.confidence,
              x.seconds, x.hinted, x.answered_at
         FROM results_answers x WHERE ${conditions.join(' AND ')} ORDER BY x.id LIMIT ${BATCH}`,
    )
    .raw(true);
  type Raw = [
    number,
    number,
    number,
    string,
    string | null,
    string | null,
    number,
    number,
    string | null,
    number | null,
    number,
    string,
  ];
  let count = 0;
  for (;;) {
    const raw = page.all(params) as Raw[];
    if (raw.length === 0) return count;
    const rows: StreamedAnswer[] = [];
    for (const r of raw) {
      const a = attempts.get(r[1]);
      if (!a) continue; // an attempt outside the filter
      rows.push({
        id: r[0],
        item: r[2],
        response: r[3],
        chosenLabel: r[4],
        keyLabel: r[5],
        score: r[6],
        correct: r[7],
        confidence: r[8],
        seconds: r[9],
        hinted: r[10],
        answeredAt: r[11],
        ...a,
      });
    }
    count += rows.length;
    if (rows.length > 0) await onBatch(rows);
    params.after = raw[raw.length - 1]![0];
    if (raw.length < BATCH) return count;
  }
}
