/**
 * THE adapter between this desktop's own study data and the AnswerRecord shape results files carry.
 * It is the only module of the results code that reads the study tables: the attempts (with their
 * stable uid, exercise and mode) and, through the exercises' AnswersRepository, every kind's answers.
 */
import type { Database } from 'better-sqlite3';
import { AnswersRepository } from '../../../db/repositories/answers.js';
import type { AttemptRecord } from './answer-record.js';

export function installIdOf(db: Database): string {
  const id = db.prepare("SELECT value FROM settings WHERE key = 'install.id'").pluck().get() as string | undefined;
  if (!id) throw new Error('this database has no install id (schema 4 missing)');
  return id;
}

export interface LocalAttemptFilter {
  /** Only this profile (by id); every profile when absent. */
  profileId?: number;
  /** Only lessons handed out for this class. */
  classId?: string;
}

/** Attempts with at least one answer, oldest first, as AttemptRecords. */
export function localAttempts(db: Database, filter: LocalAttemptFilter = {}): AttemptRecord[] {
  const answers = new AnswersRepository(db);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.profileId !== undefined) {
    where.push('a.profile_id = ?');
    params.push(filter.profileId);
  }
  if (filter.classId !== undefined) {
    where.push('EXISTS (SELECT 1 FROM lesson_classes lc WHERE lc.lesson_id = a.lesson_id AND lc.class_id = ?)');
    params.push(filter.classId);
  }
  const attempts = db
    .prepare(
      `SELECT a.id, a.uid, p.name AS profileName, a.lesson_id AS lessonId, a.lesson_version AS lessonVersion,
              v.sha256 AS contentHash, a.exercise, a.mode, a.started_at AS startedAt, a.completed_at AS completedAt
         FROM attempts a
         JOIN profiles p ON p.id = a.profile_id
         JOIN lesson_versions v ON v.lesson_id = a.lesson_id AND v.version = a.lesson_version
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.started_at, a.id`,
    )
    .all(...params) as Array<Omit<AttemptRecord, 'answers'> & { id: number }>;
  return attempts.map(({ id, ...a }) => ({ ...a, answers: answers.records(id) })).filter((a) => a.answers.length > 0);
}
