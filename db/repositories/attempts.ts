/** Attempts at a lesson and the answers given in them. */
import type { Database } from 'better-sqlite3';
import type { Confidence } from '../../electron/shared/contract.js';
import type { Label } from '../../electron/shared/domain.js';

export interface AttemptRow {
  id: number;
  profileId: number;
  lessonId: string;
  lessonVersion: number;
  startedAt: string;
  completedAt: string | null;
}

export interface AnswerRow {
  passageIndex: number;
  seq: number;
  choice: Label;
  confidence: Confidence | null;
  correct: boolean;
  answeredAt: string;
}

const ATTEMPT_COLUMNS = `id, profile_id AS profileId, lesson_id AS lessonId, lesson_version AS lessonVersion,
  started_at AS startedAt, completed_at AS completedAt`;

export class AttemptsRepository {
  constructor(private readonly db: Database) {}

  get(id: number): AttemptRow | undefined {
    return this.db.prepare(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE id = ?`).get(id) as AttemptRow | undefined;
  }

  findInProgress(profileId: number, lessonId: string): AttemptRow | undefined {
    return this.db
      .prepare(
        `SELECT ${ATTEMPT_COLUMNS} FROM attempts
          WHERE profile_id = ? AND lesson_id = ? AND completed_at IS NULL ORDER BY id DESC LIMIT 1`,
      )
      .get(profileId, lessonId) as AttemptRow | undefined;
  }

  latest(profileId: number, lessonId: string): AttemptRow | undefined {
    return this.db
      .prepare(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE profile_id = ? AND lesson_id = ? ORDER BY id DESC LIMIT 1`)
      .get(profileId, lessonId) as AttemptRow | undefined;
  }

  /** Every completed attempt of one profile with its number of correct answers, for the library. */
  completedScores(profileId: number): Array<{ lessonId: string; lessonVersion: number; correct: number }> {
    return this.db
      .prepare(
        `SELECT a.lesson_id AS lessonId, a.lesson_version AS lessonVersion,
                (SELECT COALESCE(SUM(x.correct), 0) FROM answers x WHERE x.attempt_id = a.id) AS correct
           FROM attempts a
          WHERE a.profile_id = ? AND a.completed_at IS NOT NULL`,
      )
      .all(profileId) as Array<{ lessonId: string; lessonVersion: number; correct: number }>;
  }

  create(profileId: number, lessonId: string, lessonVersion: number, now: Date): AttemptRow {
    const startedAt = now.toISOString();
    const info = this.db
      .prepare('INSERT INTO attempts (profile_id, lesson_id, lesson_version, started_at) VALUES (?, ?, ?, ?)')
      .run(profileId, lessonId, lessonVersion, startedAt);
    return { id: Number(info.lastInsertRowid), profileId, lessonId, lessonVersion, startedAt, completedAt: null };
  }

  answers(attemptId: number): AnswerRow[] {
    const rows = this.db
      .prepare(
        `SELECT passage_index AS passageIndex, seq, choice, confidence, correct, answered_at AS answeredAt
           FROM answers WHERE attempt_id = ? ORDER BY seq`,
      )
      .all(attemptId) as Array<Omit<AnswerRow, 'correct'> & { correct: number }>;
    return rows.map((r) => ({ ...r, correct: r.correct === 1 }));
  }

  /** Throws SQLITE_CONSTRAINT_PRIMARYKEY when the passage was already answered in this attempt. */
  addAnswer(attemptId: number, answer: Omit<AnswerRow, 'seq'>): void {
    this.db
      .prepare(
        `INSERT INTO answers (attempt_id, passage_index, seq, choice, confidence, correct, answered_at)
         VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM answers WHERE attempt_id = ?), ?, ?, ?, ?)`,
      )
      .run(
        attemptId,
        answer.passageIndex,
        attemptId,
        answer.choice,
        answer.confidence,
        answer.correct ? 1 : 0,
        answer.answeredAt,
      );
  }

  /** Records that a hint was shown for a passage not yet answered; asking twice counts once. */
  addHint(attemptId: number, passageIndex: number, now: Date): void {
    this.db
      .prepare('INSERT OR IGNORE INTO hints (attempt_id, passage_index, requested_at) VALUES (?, ?, ?)')
      .run(attemptId, passageIndex, now.toISOString());
  }

  hintedPassages(attemptId: number): number[] {
    return (
      this.db
        .prepare('SELECT passage_index AS i FROM hints WHERE attempt_id = ? ORDER BY passage_index')
        .all(attemptId) as Array<{ i: number }>
    ).map((r) => r.i);
  }

  complete(attemptId: number, now: Date): void {
    this.db
      .prepare('UPDATE attempts SET completed_at = ? WHERE id = ? AND completed_at IS NULL')
      .run(now.toISOString(), attemptId);
  }
}
