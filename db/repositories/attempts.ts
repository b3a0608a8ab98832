/**
 * Attempts: one profile × one lesson version × one exercise kind × one mode, with started and completed
 * times and a stable random `uid` (results files name attempts by it). Answers live in answers.ts.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ExerciseKind, Mode } from '../../electron/shared/exercises.js';

export interface AttemptRow {
  id: number;
  uid: string;
  profileId: number;
  lessonId: string;
  lessonVersion: number;
  exercise: ExerciseKind;
  mode: Mode;
  /** The order items are asked in (passage indices), when shuffled; null = page order. */
  itemOrder: number[] | null;
  startedAt: string;
  completedAt: string | null;
}

const ATTEMPT_COLUMNS = `id, uid, profile_id AS profileId, lesson_id AS lessonId, lesson_version AS lessonVersion,
  exercise, mode, item_order AS itemOrder, started_at AS startedAt, completed_at AS completedAt`;

type Raw = Omit<AttemptRow, 'itemOrder'> & { itemOrder: string | null };
const fromRaw = (r: Raw | undefined): AttemptRow | undefined =>
  r && { ...r, itemOrder: r.itemOrder === null ? null : (JSON.parse(r.itemOrder) as number[]) };

export interface NewAttempt {
  profileId: number;
  lessonId: string;
  lessonVersion: number;
  exercise: ExerciseKind;
  mode: Mode;
  itemOrder: number[] | null;
}

export class AttemptsRepository {
  constructor(private readonly db: Database) {}

  get(id: number): AttemptRow | undefined {
    return fromRaw(this.db.prepare(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE id = ?`).get(id) as Raw | undefined);
  }

  getByUid(uid: string): AttemptRow | undefined {
    return fromRaw(this.db.prepare(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE uid = ?`).get(uid) as Raw | undefined);
  }

  findInProgress(profileId: number, lessonId: string, exercise: ExerciseKind): AttemptRow | undefined {
    return fromRaw(
      this.db
        .prepare(
          `SELECT ${ATTEMPT_COLUMNS} FROM attempts
            WHERE profile_id = ? AND lesson_id = ? AND exercise = ? AND completed_at IS NULL ORDER BY id DESC LIMIT 1`,
        )
        .get(profileId, lessonId, exercise) as Raw | undefined,
    );
  }

  latest(profileId: number, lessonId: string, exercise: ExerciseKind): AttemptRow | undefined {
    return fromRaw(
      this.db
        .prepare(
          `SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE profile_id = ? AND lesson_id = ? AND exercise = ?
            ORDER BY id DESC LIMIT 1`,
        )
        .get(profileId, lessonId, exercise) as Raw | undefined,
    );
  }

  /** Every attempt of a profile (oldest first): for the library and for results exports. */
  ofProfile(profileId: number): AttemptRow[] {
    return (
      this.db.prepare(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE profile_id = ? ORDER BY id`).all(profileId) as Raw[]
    ).map((r) => fromRaw(r)!);
  }

  create(a: NewAttempt, now: Date): AttemptRow {
    const startedAt = now.toISOString();
    const uid = randomUUID();
    const info = this.db
      .prepare(
        `INSERT INTO attempts (uid, profile_id, lesson_id, lesson_version, exercise, mode, item_order, started_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        uid,
        a.profileId,
        a.lessonId,
        a.lessonVersion,
        a.exercise,
        a.mode,
        a.itemOrder ? JSON.stringify(a.itemOrder) : null,
        startedAt,
      );
    return { id: Number(info.lastInsertRowid), uid, ...a, startedAt, completedAt: null };
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
