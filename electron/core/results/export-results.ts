/**
 * Exporting a student's (or the whole desktop's) results as one signed file. Exporting is read-only and
 * the attempt uids are stable, so exporting twice (or exporting an attempt again once it is finished)
 * is harmless: the teacher's import counts each attempt once and adds answers given since.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../app-error.js';
import type { FileAttempt } from './answer-record.js';
import { installIdOf, localAttempts } from './local-answers.js';
import { RESULTS_FORMAT, RESULTS_FORMAT_VERSION, signResultsFile, type ResultsFile } from './results-file.js';

export interface ExportOptions {
  /** One student's results; the whole desktop's when absent. */
  profileId?: number;
  /** Which class's results (lessons can come to one desktop from several classes); chosen when only one fits. */
  classId?: string;
  appVersion: string;
  now: Date;
}

export interface ExportedResults {
  fileName: string;
  file: ResultsFile;
  attempts: number;
  answers: number;
  /** Attempts on lessons that did not come for this class (not in this file). */
  leftOut: number;
}

function classesWithAttempts(db: Database, profileId: number | undefined): Array<{ id: string; name: string }> {
  return db
    .prepare(
      `SELECT DISTINCT c.id, c.name FROM classes c
         JOIN lesson_classes lc ON lc.class_id = c.id
         JOIN attempts a ON a.lesson_id = lc.lesson_id
        WHERE (? IS NULL OR a.profile_id = ?)
        ORDER BY c.name`,
    )
    .all(profileId ?? null, profileId ?? null) as Array<{ id: string; name: string }>;
}

export function exportResults(db: Database, options: ExportOptions): ExportedResults {
  const { profileId } = options;
  let profileName: string | undefined;
  if (profileId !== undefined) {
    profileName = db.prepare('SELECT name FROM profiles WHERE id = ?').pluck().get(profileId) as string | undefined;
    if (profileName === undefined) throw new AppError('not_found', `There is no profile ${profileId}.`);
  }
  const classes = classesWithAttempts(db, profileId);
  let classId = options.classId;
  if (classId === undefined) {
    if (classes.length === 0)
      throw new AppError(
        'not_found',
        'There are no results to send: no lesson worked on here came for a class (results go to the teacher of the class a lesson pack was made for).',
      );
    if (classes.length > 1)
      throw new AppError(
        'conflict',
        `Lessons here came for ${classes.length} classes (${classes.map((c) => `${c.name} = ${c.id}`).join(', ')}): choose one.`,
      );
    classId = classes[0]!.id;
  }
  const key = db.prepare('SELECT results_key FROM classes WHERE id = ?').pluck().get(classId) as string | undefined;
  if (key === undefined) throw new AppError('not_found', `There is no class "${classId}" on this computer.`);

  const all = localAttempts(db, profileId !== undefined ? { profileId } : {});
  const mine = localAttempts(db, { ...(profileId !== undefined ? { profileId } : {}), classId });
  const byProfile = new Map<string, ResultsFile['profiles'][number]>();
  let answers = 0;
  for (const a of mine) {
    const entry = byProfile.get(a.profileName) ?? { name: a.profileName, attempts: [] };
    entry.attempts.push({
      uid: a.uid,
      lessonId: a.lessonId,
      lessonVersion: a.lessonVersion,
      contentHash: a.contentHash,
      exercise: a.exercise,
      mode: a.mode,
      startedAt: a.startedAt,
      completedAt: a.completedAt,
      answers: a.answers.map(({ item, response, score, correct, confidence, seconds, hinted, answeredAt }) => ({
        item,
        // AnswerRecord.response is JSON by definition (parsed from storage); the file schema says so.
        response: response as FileAttempt['answers'][number]['response'],
        score,
        correct,
        confidence,
        seconds,
        hinted,
        answeredAt,
      })),
    });
    answers += a.answers.length;
    byProfile.set(a.profileName, entry);
  }
  const installId = installIdOf(db);
  const file = signResultsFile(
    {
      format: RESULTS_FORMAT,
      formatVersion: RESULTS_FORMAT_VERSION,
      appVersion: options.appVersion,
      installId,
      classId,
      exportedAt: options.now.toISOString(),
      profiles: [...byProfile.values()],
    },
    key,
  );
  const who = profileName ? safeFilePart(profileName) : `desktop-${installId.slice(0, 8)}`;
  const day = options.now.toISOString().slice(0, 10);
  return {
    fileName: `results-${who}-${day}.json`,
    file,
    attempts: mine.length,
    answers,
    leftOut: all.length - mine.length,
  };
}

/** A name as part of a file name: letters and digits kept (any script), the rest as hyphens. */
export function safeFilePart(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'student'
  );
}
