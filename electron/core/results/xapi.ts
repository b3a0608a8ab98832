/**
 * xAPI 1.0.3 statements for a learning record store or LMS: one "answered" statement per answer and one
 * "completed" statement per completed exercise attempt. Ids are stable (a name-based UUID from the
 * attempt uid and item), so sending the same export twice to an LRS is recognised as the same
 * statements (an LRS answers 409/204 for a repeated id instead of storing a duplicate).
 *
 * Activity ids are IRIs under https://sourcewise.invalid/ (".invalid" is reserved and never resolves:
 * these ids name things, they are not addresses to visit). The actor is the student as this teacher's
 * install knows them: an account on the install, so the same child from several desktops is one actor.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { RESULT_EXERCISE_NAMES, type ReportFilters, type ResultExercise } from '../../shared/contract.js';
import { forEachAnswerBatch, type StreamedAnswer } from './answer-stream.js';
import { installIdOf } from './local-answers.js';
import { attemptFilterSql } from './report-filters.js';
import type { Sink } from './responses-csv.js';

export const XAPI_BASE = 'https://sourcewise.invalid';
export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
} as const;
/** A completed exercise counts as a success from this share of the score (the lesson's pass mark). */
export const PASS_MARK = 0.7;

/** A name-based UUID (SHA-1, version 5 layout, RFC 4122 §4.3) in the Sourcewise namespace. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`sourcewise-xapi:${name}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function exerciseActivityId(lessonId: string, exercise: ResultExercise): string {
  return `${XAPI_BASE}/lessons/${encodeURIComponent(lessonId)}/${exercise}`;
}

export function itemActivityId(lessonId: string, version: number, exercise: ResultExercise, item: number): string {
  return `${exerciseActivityId(lessonId, exercise)}/v${version}/${item < 0 ? 'page' : `passages/${item}`}`;
}

export type Statement = Record<string, unknown>;

function actor(teacherInstall: string, studentId: number, name: string) {
  return {
    objectType: 'Agent',
    name,
    account: { homePage: `${XAPI_BASE}/installs/${teacherInstall}`, name: `student-${studentId}` },
  };
}

function duration(seconds: number): string {
  return `PT${Math.round(seconds * 100) / 100}S`;
}

export function answeredStatement(teacherInstall: string, a: StreamedAnswer): Statement {
  const response = a.chosenLabel ?? a.response;
  return {
    id: stableUuid(`${a.attemptUid}:${a.item}`),
    actor: actor(teacherInstall, a.studentId, a.student),
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: itemActivityId(a.lessonId, a.lessonVersion, a.exercise, a.item),
      definition: {
        name: {
          'en-US': `${a.lessonId} v${a.lessonVersion}, ${RESULT_EXERCISE_NAMES[a.exercise]}, ${a.item < 0 ? 'whole page' : `passage ${a.item + 1}`}`,
        },
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: a.exercise === 'sort' ? 'choice' : 'other',
      },
    },
    result: {
      score: { scaled: a.score, raw: a.score, min: 0, max: 1 },
      success: a.correct === 1,
      response,
      ...(a.seconds !== null ? { duration: duration(a.seconds) } : {}),
    },
    context: {
      registration: a.attemptUid,
      contextActivities: { parent: [{ objectType: 'Activity', id: exerciseActivityId(a.lessonId, a.exercise) }] },
    },
    timestamp: a.answeredAt,
  };
}

interface CompletedAttempt {
  uid: string;
  studentId: number;
  student: string;
  lessonId: string;
  lessonVersion: number;
  exercise: ResultExercise;
  completedAt: string;
  answers: number;
  scoreSum: number;
}

export function completedStatement(teacherInstall: string, a: CompletedAttempt): Statement {
  const scaled = a.answers === 0 ? 0 : Math.round((10000 * a.scoreSum) / a.answers) / 10000;
  return {
    id: stableUuid(`${a.uid}:completed`),
    actor: actor(teacherInstall, a.studentId, a.student),
    verb: VERBS.completed,
    object: {
      objectType: 'Activity',
      id: exerciseActivityId(a.lessonId, a.exercise),
      definition: {
        name: { 'en-US': `${a.lessonId}: ${RESULT_EXERCISE_NAMES[a.exercise]}` },
        type: 'http://adlnet.gov/expapi/activities/assessment',
      },
    },
    result: {
      score: { scaled, raw: Math.round(a.scoreSum * 10000) / 10000, min: 0, max: a.answers },
      success: scaled >= PASS_MARK,
      completion: true,
      response: `${Math.round(a.scoreSum * 100) / 100} of ${a.answers}`,
    },
    context: { registration: a.uid },
    timestamp: a.completedAt,
  };
}

/** Writes a JSON array of statements to the sink, batch by batch. */
export async function writeXapi(db: Database, f: ReportFilters, sink: Sink): Promise<number> {
  const install = installIdOf(db);
  let count = 0;
  await sink('[\n');
  const emit = async (statements: Statement[]) => {
    if (statements.length === 0) return;
    await sink((count > 0 ? ',\n' : '') + statements.map((s) => JSON.stringify(s)).join(',\n'));
    count += statements.length;
  };
  await forEachAnswerBatch(db, f, (rows) => emit(rows.map((r) => answeredStatement(install, r))));
  const { where, params } = attemptFilterSql(f, 'a.completed_at', ['a.completed_at IS NOT NULL']);
  const completed = db
    .prepare(
      `SELECT a.uid, a.student_id AS studentId, s.name AS student, a.lesson_id AS lessonId, a.lesson_version AS lessonVersion,
              a.exercise, a.completed_at AS completedAt, a.answers, a.score_sum AS scoreSum
         FROM results_attempts a JOIN results_students s ON s.id = a.student_id
        ${where} ORDER BY a.completed_at, a.uid`,
    )
    .all(params) as CompletedAttempt[];
  for (let i = 0; i < completed.length; i += 5000)
    await emit(completed.slice(i, i + 5000).map((a) => completedStatement(install, a)));
  await sink('\n]\n');
  return count;
}
