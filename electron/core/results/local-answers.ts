/**
 * THE adapter between this desktop's own study data and the AnswerRecord shape results files carry.
 * It is the only module of the results code that reads the study tables, so that switching to the
 * per-kind answer storage of the four exercises changes this file and nothing else.
 *
 * Today's storage knows one exercise (sort the passages, as practice) and no stable attempt uid. Until
 * `attempts.uid` exists, an attempt's uid is derived from the install id and the attempt's row id: the
 * same attempt gets the same uid on every export (so re-importing counts it once), and attempts of two
 * desktops never collide (each install id is random). Where the column exists, it is used as is.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AttemptRecord } from './answer-record.js';

export function installIdOf(db: Database): string {
  const id = db.prepare("SELECT value FROM settings WHERE key = 'install.id'").pluck().get() as string | undefined;
  if (!id) throw new Error('this database has no install id (schema 4 missing)');
  return id;
}

/** A UUID (version 8: made from a hash, RFC 9562) that is the same every time for one attempt row. */
export function derivedAttemptUid(installId: string, attemptId: number): string {
  const h = createHash('sha256').update(`sourcewise-attempt:${installId}:${attemptId}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function hasUidColumn(db: Database): boolean {
  return (db.prepare('PRAGMA table_info(attempts)').all() as Array<{ name: string }>).some((c) => c.name === 'uid');
}

export interface LocalAttemptFilter {
  /** Only this profile (by id); every profile when absent. */
  profileId?: number;
  /** Only lessons handed out for this class. */
  classId?: string;
}

/** Attempts with at least one answer, oldest first, as AttemptRecords. */
export function localAttempts(db: Database, filter: LocalAttemptFilter = {}): AttemptRecord[] {
  const installId = installIdOf(db);
  const uidColumn = hasUidColumn(db) ? 'a.uid' : 'NULL';
  const where: string[] = ['EXISTS (SELECT 1 FROM answers x WHERE x.attempt_id = a.id)'];
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
      `SELECT a.id, ${uidColumn} AS uid, p.name AS profileName, a.lesson_id AS lessonId, a.lesson_version AS lessonVersion,
              v.sha256 AS contentHash, a.started_at AS startedAt, a.completed_at AS completedAt
         FROM attempts a
         JOIN profiles p ON p.id = a.profile_id
         JOIN lesson_versions v ON v.lesson_id = a.lesson_id AND v.version = a.lesson_version
        WHERE ${where.join(' AND ')}
        ORDER BY a.started_at, a.id`,
    )
    .all(...params) as Array<{
    id: number;
    uid: string | null;
    profileName: string;
    lessonId: string;
    lessonVersion: number;
    contentHash: string;
    startedAt: string;
    completedAt: string | null;
  }>;
  const answersOf = db.prepare(
    `SELECT passage_index AS item, choice, confidence, correct, answered_at AS answeredAt,
            EXISTS (SELECT 1 FROM hints h WHERE h.attempt_id = x.attempt_id AND h.passage_index = x.passage_index) AS hinted
       FROM answers x WHERE attempt_id = ? ORDER BY seq`,
  );
  return attempts.map((a) => {
    const uid = a.uid ?? derivedAttemptUid(installId, a.id);
    const rows = answersOf.all(a.id) as Array<{
      item: number;
      choice: string;
      confidence: 'sure' | 'unsure' | null;
      correct: number;
      answeredAt: string;
      hinted: number;
    }>;
    return {
      uid,
      profileName: a.profileName,
      lessonId: a.lessonId,
      lessonVersion: a.lessonVersion,
      contentHash: a.contentHash,
      exercise: 'sort',
      mode: 'practice',
      startedAt: a.startedAt,
      completedAt: a.completedAt,
      answers: rows.map((r) => ({
        attemptUid: uid,
        exercise: 'sort' as const,
        mode: 'practice' as const,
        item: r.item,
        response: { choice: r.choice },
        score: r.correct === 1 ? 1 : 0,
        correct: r.correct === 1,
        confidence: r.confidence,
        // today's storage does not record time on an item
        seconds: null,
        hinted: r.hinted === 1,
        answeredAt: r.answeredAt,
      })),
    };
  });
}
