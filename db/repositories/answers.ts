/**
 * Answers, stored per exercise kind (one table each: sort_answers, intruder_answers, who_answers,
 * mark_answers) and read back as one shape, the AnswerRecord the results work relies on.
 *
 * The grade (`score`, `correct`) is written once, when the answer is given, against the lesson version
 * the attempt froze; nothing re-derives it later (see electron/core/exercises/registry.ts for why).
 */
import type { Database } from 'better-sqlite3';
import type { AnswerRecord, ExerciseKind, Mode, Responses } from '../../electron/shared/exercises.js';

export type { AnswerRecord };

/** One stored answer of an attempt, with its raw response as the exercise's own type. */
export interface StoredAnswer<K extends ExerciseKind = ExerciseKind> {
  /** passage index; -1 for the whole-page intruder answer */
  item: number;
  seq: number;
  response: Responses[K];
  score: number;
  correct: boolean;
  confidence: 'sure' | 'unsure' | null;
  seconds: number | null;
  answeredAt: string;
}

export type NewAnswer<K extends ExerciseKind> = Omit<StoredAnswer<K>, 'seq'>;

const GRADE = 'score, correct, confidence, seconds, answered_at AS answeredAt';

/** Every kind's answers as (exercise, item, seq, response JSON, grade…), for one attempt (`?` = attempt id). */
const ALL_ANSWERS = `
  SELECT 'sort' AS exercise, passage_index AS item, seq, json_object('choice', choice) AS response, ${GRADE}
    FROM sort_answers WHERE attempt_id = @attemptId
  UNION ALL
  SELECT 'intruder', -1, 1, json_object('selected', json(selected)), ${GRADE}
    FROM intruder_answers WHERE attempt_id = @attemptId
  UNION ALL
  SELECT 'who', passage_index, seq, json_object('sourceKind', source_kind, 'verb', verb), ${GRADE}
    FROM who_answers WHERE attempt_id = @attemptId
  UNION ALL
  SELECT 'mark', passage_index, seq, json_object('ranges', json(ranges)), ${GRADE}
    FROM mark_answers WHERE attempt_id = @attemptId`;

interface Raw {
  exercise: ExerciseKind;
  item: number;
  seq: number;
  response: string;
  score: number;
  correct: number;
  confidence: 'sure' | 'unsure' | null;
  seconds: number | null;
  answeredAt: string;
}

const nextSeq = (table: string) => `(SELECT COALESCE(MAX(seq), 0) + 1 FROM ${table} WHERE attempt_id = @attemptId)`;

const INSERTS: Record<ExerciseKind, string> = {
  sort: `INSERT INTO sort_answers (attempt_id, passage_index, seq, choice, score, correct, confidence, seconds, answered_at)
         VALUES (@attemptId, @item, ${nextSeq('sort_answers')}, @choice, @score, @correct, @confidence, @seconds, @answeredAt)`,
  intruder: `INSERT INTO intruder_answers (attempt_id, selected, score, correct, confidence, seconds, answered_at)
         VALUES (@attemptId, @selected, @score, @correct, @confidence, @seconds, @answeredAt)`,
  who: `INSERT INTO who_answers (attempt_id, passage_index, seq, source_kind, verb, score, correct, confidence, seconds, answered_at)
         VALUES (@attemptId, @item, ${nextSeq('who_answers')}, @sourceKind, @verb, @score, @correct, @confidence, @seconds, @answeredAt)`,
  mark: `INSERT INTO mark_answers (attempt_id, passage_index, seq, ranges, score, correct, confidence, seconds, answered_at)
         VALUES (@attemptId, @item, ${nextSeq('mark_answers')}, @ranges, @score, @correct, @confidence, @seconds, @answeredAt)`,
};

/** The response's own columns, as the INSERT above names them. */
function responseColumns(kind: ExerciseKind, response: unknown): Record<string, unknown> {
  switch (kind) {
    case 'sort':
      return { choice: (response as Responses['sort']).choice };
    case 'intruder':
      return { selected: JSON.stringify((response as Responses['intruder']).selected) };
    case 'who': {
      const r = response as Responses['who'];
      return { sourceKind: r.sourceKind, verb: r.verb };
    }
    case 'mark':
      return { ranges: JSON.stringify((response as Responses['mark']).ranges) };
  }
}

export class AnswersRepository {
  constructor(private readonly db: Database) {}

  /**
   * Stores one answer in its kind's table. Throws a SQLITE_CONSTRAINT error when the item was already
   * answered in this attempt, or when the attempt is of another exercise.
   */
  add<K extends ExerciseKind>(kind: K, attemptId: number, answer: NewAnswer<K>): void {
    this.db.prepare(INSERTS[kind]).run({
      attemptId,
      item: answer.item,
      ...responseColumns(kind, answer.response),
      score: answer.score,
      correct: answer.correct ? 1 : 0,
      confidence: answer.confidence,
      seconds: answer.seconds,
      answeredAt: answer.answeredAt,
    });
  }

  /** The answers of one attempt, in the order given. */
  list<K extends ExerciseKind>(attemptId: number): Array<StoredAnswer<K>> {
    const rows = this.db.prepare(`SELECT * FROM (${ALL_ANSWERS}) ORDER BY seq`).all({ attemptId }) as Raw[];
    return rows.map((r) => ({
      item: r.item,
      seq: r.seq,
      response: JSON.parse(r.response) as Responses[K],
      score: r.score,
      correct: r.correct === 1,
      confidence: r.confidence,
      seconds: r.seconds,
      answeredAt: r.answeredAt,
    }));
  }

  count(attemptId: number): number {
    return this.db.prepare(`SELECT COUNT(*) FROM (${ALL_ANSWERS})`).pluck().get({ attemptId }) as number;
  }

  /** The sum of the stored scores of an attempt (the library's and the reports' one figure). */
  scoreSum(attemptId: number): number {
    return this.db.prepare(`SELECT COALESCE(SUM(score), 0) FROM (${ALL_ANSWERS})`).pluck().get({ attemptId }) as number;
  }

  /** Every answer of one attempt as the AnswerRecord shape (answers-shape.md), in the order given. */
  records(attemptId: number): AnswerRecord[] {
    const attempt = this.db.prepare('SELECT uid, mode FROM attempts WHERE id = ?').get(attemptId) as
      { uid: string; mode: Mode } | undefined;
    if (!attempt) return [];
    const hinted = new Set(
      this.db.prepare('SELECT passage_index FROM hints WHERE attempt_id = ?').pluck().all(attemptId) as number[],
    );
    const rows = this.db.prepare(`SELECT * FROM (${ALL_ANSWERS}) ORDER BY seq`).all({ attemptId }) as Raw[];
    return rows.map((r) => ({
      attemptUid: attempt.uid,
      exercise: r.exercise,
      mode: attempt.mode,
      item: r.item,
      response: JSON.parse(r.response) as unknown,
      score: r.score,
      correct: r.correct === 1,
      confidence: r.confidence,
      seconds: r.seconds,
      // Hints exist for sort passages (the analyzer's cue words before answering).
      hinted: r.exercise === 'sort' && hinted.has(r.item),
      answeredAt: r.answeredAt,
    }));
  }

  /** AnswerRecords of many attempts (e.g. every attempt of a profile), attempt by attempt. */
  recordsOfAttempts(attemptIds: readonly number[]): AnswerRecord[] {
    return attemptIds.flatMap((id) => this.records(id));
  }
}
