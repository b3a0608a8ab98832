/**
 * The teacher's class report, read from the per-day summary tables the import keeps (never from the
 * answers themselves), so it stays fast at a million answers with any filter.
 */
import type { Database } from 'better-sqlite3';
import {
  enoughDecisions,
  type ClassReport,
  type ReportFilters,
  type ReportItem,
  type ReportStudent,
  type ResultExercise,
} from '../../shared/contract.js';
import { LABELS, type CueKind, type Label } from '../../shared/domain.js';
import { discernmentOfCounts } from '../grading/signal-detection.js';
import { LessonKeys } from './lesson-keys.js';
import { filterSql } from './report-filters.js';

/** Without a lesson filter the report lists this many of the hardest items (lowest share correct). */
export const HARDEST_ITEMS = 40;

const pct = (score: number, n: number) => (n === 0 ? 0 : Math.round((1000 * score) / n) / 10);

/** `keys` may be kept by the caller between reports: a lesson version's content never changes. */
export function classReport(db: Database, filters: ReportFilters, keys: LessonKeys = new LessonKeys(db)): ClassReport {
  const { where, params } = filterSql(filters);

  const rows = db
    .prepare(
      `SELECT student_id AS studentId, exercise, SUM(attempts) AS attempts, SUM(answers) AS answers, SUM(score_sum) AS score,
              SUM(hits) AS hits, SUM(misses) AS misses, SUM(false_alarms) AS fa, SUM(correct_rejections) AS cr,
              SUM(flagged) AS flagged, MAX(last_at) AS lastAt
         FROM results_student_days ${where}
        GROUP BY student_id, exercise`,
    )
    .all(params) as Array<{
    studentId: number;
    exercise: ResultExercise;
    attempts: number;
    answers: number;
    score: number;
    hits: number;
    misses: number;
    fa: number;
    cr: number;
    flagged: number;
    lastAt: string;
  }>;
  const names = new Map(
    (
      db.prepare('SELECT id, name, review FROM results_students').all() as Array<{ id: number; name: string; review: number }>
    ).map((s) => [s.id, s]),
  );
  const byStudent = new Map<
    number,
    ReportStudent & { score: number; d: { hits: number; misses: number; falseAlarms: number; correctRejections: number } }
  >();
  for (const r of rows) {
    const s = names.get(r.studentId);
    let st = byStudent.get(r.studentId);
    if (!st) {
      st = {
        studentId: r.studentId,
        name: s?.name ?? `student ${r.studentId}`,
        review: s?.review === 1,
        attempts: 0,
        answers: 0,
        percent: null,
        perExercise: {},
        discernment: null,
        decisions: 0,
        lastActivity: null,
        flagged: 0,
        score: 0,
        d: { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 0 },
      };
      byStudent.set(r.studentId, st);
    }
    st.attempts += r.attempts;
    st.answers += r.answers;
    st.score += r.score;
    st.flagged += r.flagged;
    if (r.answers > 0) st.perExercise[r.exercise] = { answers: r.answers, percent: pct(r.score, r.answers) };
    st.d.hits += r.hits;
    st.d.misses += r.misses;
    st.d.falseAlarms += r.fa;
    st.d.correctRejections += r.cr;
    if (!st.lastActivity || r.lastAt > st.lastActivity) st.lastActivity = r.lastAt;
  }
  const students: ReportStudent[] = [...byStudent.values()]
    .map(({ score, d, ...st }) => {
      const decisions = d.hits + d.misses + d.falseAlarms + d.correctRejections;
      return {
        ...st,
        percent: st.answers > 0 ? pct(score, st.answers) : null,
        decisions,
        discernment: enoughDecisions(d) ? discernmentOfCounts(d) : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.studentId - b.studentId);

  const itemRows = db
    .prepare(
      `SELECT lesson_id AS lessonId, lesson_version AS lessonVersion, exercise, item, MAX(key_label) AS keyLabel,
              SUM(answers) AS answers, SUM(correct) AS correct,
              SUM(c_reported) AS c_reported, SUM(c_quoted) AS c_quoted, SUM(c_commentary) AS c_commentary,
              SUM(c_not_article) AS c_not_article, SUM(w_reported) AS w_reported, SUM(w_quoted) AS w_quoted,
              SUM(w_commentary) AS w_commentary, SUM(w_not_article) AS w_not_article
         FROM results_item_days ${where}
        GROUP BY lesson_id, lesson_version, exercise, item`,
    )
    .all(params) as Array<
    Record<string, number | string> & {
      lessonId: string;
      lessonVersion: number;
      exercise: ResultExercise;
      item: number;
      keyLabel: string;
      answers: number;
      correct: number;
    }
  >;

  const confusion = LABELS.map(() => LABELS.map(() => 0));
  const cueMisses = new Map<CueKind, number>();
  const items: Array<ReportItem & { cueKinds: CueKind[] }> = [];
  for (const r of itemRows) {
    const key = r.keyLabel ? (r.keyLabel as Label) : null;
    const passage = key && r.item >= 0 ? keys.get(r.lessonId, r.lessonVersion)?.passages[r.item] : undefined;
    if (key && r.exercise === 'sort') {
      const row = confusion[LABELS.indexOf(key)]!;
      LABELS.forEach((l, j) => (row[j]! += Number(r[`c_${l}`])));
    }
    const wrong = r.answers - r.correct;
    const cueKinds = [...new Set(passage?.cues.map((c) => c.kind) ?? [])];
    if (wrong > 0) for (const k of cueKinds) cueMisses.set(k, (cueMisses.get(k) ?? 0) + wrong);
    let mostChosenWrong: ReportItem['mostChosenWrong'] = null;
    for (const l of LABELS) {
      const n = Number(r[`w_${l}`]);
      if (n > 0 && (!mostChosenWrong || n > mostChosenWrong.count)) mostChosenWrong = { label: l, count: n };
    }
    items.push({
      lessonId: r.lessonId,
      lessonVersion: r.lessonVersion,
      exercise: r.exercise,
      item: r.item,
      text: passage?.text ?? null,
      keyLabel: key,
      answers: r.answers,
      shareCorrect: r.answers === 0 ? 0 : Math.round((1000 * r.correct) / r.answers) / 1000,
      mostChosenWrong,
      cueMostMissed: null,
      cueKinds,
    });
  }
  // The cue an item carries that the class misses most often overall: what to teach next for that passage.
  for (const it of items) {
    if (it.shareCorrect === 1) continue;
    let best: CueKind | null = null;
    for (const k of it.cueKinds) if (!best || (cueMisses.get(k) ?? 0) > (cueMisses.get(best) ?? 0)) best = k;
    it.cueMostMissed = best;
  }
  items.sort((a, b) =>
    filters.lessonId !== undefined
      ? a.exercise.localeCompare(b.exercise) || a.lessonVersion - b.lessonVersion || a.item - b.item
      : a.shareCorrect - b.shareCorrect || b.answers - a.answers || a.lessonId.localeCompare(b.lessonId) || a.item - b.item,
  );
  const shown = (filters.lessonId !== undefined ? items : items.slice(0, HARDEST_ITEMS)).map(({ cueKinds: _k, ...it }) => it);

  const lessons = db
    .prepare(
      `SELECT DISTINCT a.lesson_id AS id, COALESCE(l.title, a.lesson_id) AS title
         FROM (SELECT DISTINCT lesson_id FROM results_student_days) a LEFT JOIN lessons l ON l.id = a.lesson_id
        ORDER BY title COLLATE NOCASE`,
    )
    .all() as Array<{ id: string; title: string }>;
  const classes = db
    .prepare(
      `SELECT c.id, c.name FROM classes c WHERE c.origin = 'created' OR EXISTS (SELECT 1 FROM results_student_days d WHERE d.class_id = c.id)
        ORDER BY c.name COLLATE NOCASE`,
    )
    .all() as Array<{ id: string; name: string }>;

  return {
    filters,
    totals: {
      students: students.length,
      attempts: students.reduce((n, s) => n + s.attempts, 0),
      answers: students.reduce((n, s) => n + s.answers, 0),
      flagged: students.reduce((n, s) => n + s.flagged, 0),
    },
    students,
    items: shown,
    confusion: { labels: [...LABELS], counts: confusion },
    cuesMissed: [...cueMisses.entries()].map(([kind, missed]) => ({ kind, missed })).sort((a, b) => b.missed - a.missed),
    lessons,
    classes,
  };
}
