/**
 * Importing results files on the teacher's install. Each file is checked completely (shape, format
 * version, class, signature, attempt identities) before anything is written, then stored in ONE
 * transaction: a refused file changes nothing, and a file refused halfway through a batch leaves the
 * others as they were imported.
 *
 * Idempotent: an attempt is keyed by its uid, an answer by (attempt uid, item). Importing the same file
 * again adds nothing; a later export of the same attempt adds only the answers given since.
 *
 * Students: a (desktop, profile) pair is a source; sources map to one student. A new source whose name
 * matches a student already known from another desktop is merged into that student and marked for the
 * teacher to confirm (the name could be two different children); the teacher confirms, renames or merges
 * students whose names differ (results-students.ts).
 */
import type { Database } from 'better-sqlite3';
import { profileNameKey } from '../../../db/repositories/profiles.js';
import { LABELS } from '../../shared/domain.js';
import { chosenLabel, factDecision } from './fact-decision.js';
import { LessonKeys } from './lesson-keys.js';
import {
  hasValidSignature,
  parseResultsFileTask,
  ResultsFileProblem,
  type ParsedResultsFile,
  type ResultsFile,
} from './results-file.js';

export interface ImportedFile {
  file: string;
  ok: true;
  /** true when this exact file had been imported before (nothing new in it). */
  seenBefore: boolean;
  classId: string;
  attempts: number;
  newAttempts: number;
  newAnswers: number;
  /** Attempts graded against a lesson version (or content) this install does not have. */
  flaggedAttempts: number;
  /** Students merged by name with a student from another desktop: for the teacher to confirm. */
  toConfirm: string[];
}

export interface RefusedFile {
  file: string;
  ok: false;
  problem: ResultsFileProblem['kind'];
  message: string;
}

export type FileOutcome = ImportedFile | RefusedFile;

/** The UTC day of an ISO 8601 time (the fast path: a time already in UTC). */
export function dayOf(iso: string): string {
  return iso.endsWith('Z') ? iso.slice(0, 10) : new Date(iso).toISOString().slice(0, 10);
}

interface StudentDay {
  classId: string;
  lessonId: string;
  exercise: string;
  day: string;
  studentId: number;
  attempts: number;
  answers: number;
  correct: number;
  scoreSum: number;
  hits: number;
  misses: number;
  falseAlarms: number;
  correctRejections: number;
  flagged: number;
  lastAt: string;
}

interface ItemDay {
  classId: string;
  lessonId: string;
  lessonVersion: number;
  exercise: string;
  day: string;
  item: number;
  keyLabel: string;
  answers: number;
  correct: number;
  scoreSum: number;
  chosen: Record<string, number>;
  wrong: Record<string, number>;
}

const zeroLabels = () => Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<string, number>;

export class ResultsImporter {
  private readonly keys: LessonKeys;
  private readonly stmt;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.keys = new LessonKeys(db);
    this.stmt = {
      classKey: db.prepare('SELECT results_key AS key, origin, name FROM classes WHERE id = ?'),
      fileSeen: db.prepare('SELECT 1 FROM results_files WHERE sha256 = ?').pluck(),
      attempt: db.prepare(
        'SELECT id, install_id AS installId, class_id AS classId, student_id AS studentId, completed_at AS completedAt FROM results_attempts WHERE uid = ?',
      ),
      source: db.prepare('SELECT student_id FROM results_sources WHERE install_id = ? AND profile_key = ?').pluck(),
      studentByName: db.prepare('SELECT id FROM results_students WHERE name_key = ? ORDER BY id LIMIT 1').pluck(),
      studentName: db.prepare('SELECT name FROM results_students WHERE id = ?').pluck(),
      addStudent: db.prepare('INSERT INTO results_students (name, name_key, review, created_at) VALUES (?, ?, 0, ?)'),
      markReview: db.prepare('UPDATE results_students SET review = 1 WHERE id = ?'),
      addSource: db.prepare(
        'INSERT INTO results_sources (install_id, profile_key, profile_name, student_id, first_seen) VALUES (?, ?, ?, ?, ?)',
      ),
      addAttempt: db.prepare(
        `INSERT INTO results_attempts (uid, student_id, install_id, profile_key, class_id, lesson_id, lesson_version,
           content_hash, exercise, mode, started_at, completed_at, key_known, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      completeAttempt: db.prepare('UPDATE results_attempts SET completed_at = ? WHERE uid = ? AND completed_at IS NULL'),
      attemptTotals: db.prepare('UPDATE results_attempts SET answers = answers + ?, score_sum = score_sum + ? WHERE id = ?'),
      addAnswer: db.prepare(
        `INSERT OR IGNORE INTO results_answers (attempt_id, item, response, chosen_label, key_label, score, correct,
           confidence, seconds, hinted, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      addFile: db.prepare(
        `INSERT OR IGNORE INTO results_files (sha256, file_name, install_id, class_id, exported_at, imported_at, attempts, new_answers)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      studentDay: db.prepare(
        `INSERT INTO results_student_days (class_id, lesson_id, exercise, day, student_id, attempts, answers, correct, score_sum,
           hits, misses, false_alarms, correct_rejections, flagged, last_at)
         VALUES (@classId, @lessonId, @exercise, @day, @studentId, @attempts, @answers, @correct, @scoreSum,
           @hits, @misses, @falseAlarms, @correctRejections, @flagged, @lastAt)
         ON CONFLICT DO UPDATE SET attempts = attempts + excluded.attempts, answers = answers + excluded.answers,
           correct = correct + excluded.correct, score_sum = score_sum + excluded.score_sum, hits = hits + excluded.hits,
           misses = misses + excluded.misses, false_alarms = false_alarms + excluded.false_alarms,
           correct_rejections = correct_rejections + excluded.correct_rejections, flagged = flagged + excluded.flagged,
           last_at = max(last_at, excluded.last_at)`,
      ),
      itemDay: db.prepare(
        `INSERT INTO results_item_days (class_id, lesson_id, lesson_version, exercise, day, item, key_label, answers, correct,
           score_sum, c_reported, c_quoted, c_commentary, c_not_article, w_reported, w_quoted, w_commentary, w_not_article)
         VALUES (@classId, @lessonId, @lessonVersion, @exercise, @day, @item, @keyLabel, @answers, @correct, @scoreSum,
           @c_reported, @c_quoted, @c_commentary, @c_not_article, @w_reported, @w_quoted, @w_commentary, @w_not_article)
         ON CONFLICT DO UPDATE SET answers = answers + excluded.answers, correct = correct + excluded.correct,
           score_sum = score_sum + excluded.score_sum,
           c_reported = c_reported + excluded.c_reported, c_quoted = c_quoted + excluded.c_quoted,
           c_commentary = c_commentary + excluded.c_commentary, c_not_article = c_not_article + excluded.c_not_article,
           w_reported = w_reported + excluded.w_reported, w_quoted = w_quoted + excluded.w_quoted,
           w_commentary = w_commentary + excluded.w_commentary, w_not_article = w_not_article + excluded.w_not_article`,
      ),
    };
  }

  /** Checks and stores one file. Never throws for a bad file: the outcome names the problem. */
  importFile(fileName: string, text: string): FileOutcome {
    return this.importParsed(fileName, parseResultsFileTask({ text }));
  }

  /** Checks and stores a file already parsed (by the `parseResultsFile` task, off the answering thread). */
  importParsed(fileName: string, parsed: ParsedResultsFile): FileOutcome {
    if (!parsed.ok) return { file: fileName, ok: false, problem: parsed.problem, message: `${fileName}: ${parsed.message}` };
    try {
      this.check(parsed.file);
      return this.db.transaction(() => this.store(fileName, parsed.sha256, parsed.file)).immediate();
    } catch (err) {
      if (err instanceof ResultsFileProblem)
        return { file: fileName, ok: false, problem: err.kind, message: `${fileName}: ${err.message}` };
      throw err;
    }
  }

  /** Everything that can refuse a file, before any write. */
  private check(file: ResultsFile): void {
    const cls = this.stmt.classKey.get(file.classId) as { key: string; origin: string; name: string } | undefined;
    if (!cls)
      throw new ResultsFileProblem(
        'wrong_class',
        `the file is for class "${file.classId}", which was not made on this computer (results go to the teacher who made the class)`,
      );
    if (cls.origin !== 'created')
      throw new ResultsFileProblem(
        'wrong_class',
        `class "${cls.name}" came to this computer with a lesson pack; its results are imported on the teacher's computer that made it`,
      );
    if (!hasValidSignature(file, cls.key))
      throw new ResultsFileProblem(
        'tampered',
        "the file's signature does not match its content: it was changed after export (or damaged); ask for a fresh export",
      );
    for (const profile of file.profiles) {
      for (const a of profile.attempts) {
        const known = this.stmt.attempt.get(a.uid) as { installId: string; classId: string } | undefined;
        if (known && (known.installId !== file.installId || known.classId !== file.classId))
          throw new ResultsFileProblem(
            'conflict',
            `attempt ${a.uid} was already imported from another desktop or class; the file is refused so neither is mixed up`,
          );
      }
    }
  }

  private studentFor(installId: string, name: string, at: string, toConfirm: Set<string>): number {
    const key = profileNameKey(name);
    const known = this.stmt.source.get(installId, key) as number | undefined;
    if (known !== undefined) return known;
    let studentId = this.stmt.studentByName.get(key) as number | undefined;
    if (studentId === undefined) {
      studentId = Number(this.stmt.addStudent.run(name.normalize('NFC').trim().replace(/\s+/g, ' '), key, at).lastInsertRowid);
    } else {
      // Same name, another desktop: probably the same student who moved seats; the teacher confirms.
      this.stmt.markReview.run(studentId);
      toConfirm.add(this.stmt.studentName.get(studentId) as string);
    }
    this.stmt.addSource.run(installId, key, name, studentId, at);
    return studentId;
  }

  private store(fileName: string, sha256: string, file: ResultsFile): ImportedFile {
    const at = this.now().toISOString();
    const seenBefore = this.stmt.fileSeen.get(sha256) !== undefined;
    const toConfirm = new Set<string>();
    const studentDays = new Map<string, StudentDay>();
    const itemDays = new Map<string, ItemDay>();
    let attempts = 0;
    let newAttempts = 0;
    let newAnswers = 0;
    let flagged = 0;

    const studentDay = (classId: string, lessonId: string, exercise: string, day: string, studentId: number, lastAt: string) => {
      const k = `${lessonId}\u0000${exercise}\u0000${day}\u0000${studentId}`;
      let d = studentDays.get(k);
      if (!d) {
        d = {
          classId,
          lessonId,
          exercise,
          day,
          studentId,
          attempts: 0,
          answers: 0,
          correct: 0,
          scoreSum: 0,
          hits: 0,
          misses: 0,
          falseAlarms: 0,
          correctRejections: 0,
          flagged: 0,
          lastAt,
        };
        studentDays.set(k, d);
      }
      if (lastAt > d.lastAt) d.lastAt = lastAt;
      return d;
    };

    for (const profile of file.profiles) {
      const studentId = this.studentFor(file.installId, profile.name, at, toConfirm);
      const profileKey = profileNameKey(profile.name);
      for (const a of profile.attempts) {
        attempts++;
        const lesson = this.keys.get(a.lessonId, a.lessonVersion, a.contentHash);
        const existing = this.stmt.attempt.get(a.uid) as { id: number; studentId: number } | undefined;
        const owner = existing?.studentId ?? studentId;
        let attemptId = existing?.id ?? 0;
        if (!existing) {
          attemptId = Number(
            this.stmt.addAttempt.run(
              a.uid,
              studentId,
              file.installId,
              profileKey,
              file.classId,
              a.lessonId,
              a.lessonVersion,
              a.contentHash,
              a.exercise,
              a.mode,
              a.startedAt,
              a.completedAt,
              lesson ? 1 : 0,
              at,
            ).lastInsertRowid,
          );
          newAttempts++;
          if (!lesson) flagged++;
          studentDay(file.classId, a.lessonId, a.exercise, dayOf(a.startedAt), owner, a.startedAt).attempts++;
        } else if (a.completedAt) {
          this.stmt.completeAttempt.run(a.completedAt, a.uid);
        }
        let addedCount = 0;
        let addedScore = 0;
        for (const x of a.answers) {
          const passage = lesson && x.item >= 0 ? lesson.passages[x.item] : undefined;
          const chosen = a.exercise === 'sort' ? chosenLabel(x.response) : null;
          const keyLabel = passage?.label ?? null;
          const info = this.stmt.addAnswer.run(
            attemptId,
            x.item,
            JSON.stringify(x.response),
            chosen,
            keyLabel,
            x.score,
            x.correct ? 1 : 0,
            x.confidence,
            x.seconds,
            x.hinted ? 1 : 0,
            x.answeredAt,
          );
          if (info.changes === 0) continue; // already imported: counts once
          newAnswers++;
          addedCount++;
          addedScore += x.score;
          const day = dayOf(x.answeredAt);
          const sd = studentDay(file.classId, a.lessonId, a.exercise, day, owner, x.answeredAt);
          sd.answers++;
          sd.scoreSum += x.score;
          if (x.correct) sd.correct++;
          if (!lesson) sd.flagged++;
          const decision = passage && a.exercise === 'sort' ? factDecision(passage, chosen) : null;
          if (decision) {
            if (decision.isFact && decision.saidFact) sd.hits++;
            else if (decision.isFact) sd.misses++;
            else if (decision.saidFact) sd.falseAlarms++;
            else sd.correctRejections++;
          }
          const ik = `${a.lessonId}\u0000${a.lessonVersion}\u0000${a.exercise}\u0000${day}\u0000${x.item}`;
          let it = itemDays.get(ik);
          if (!it) {
            it = {
              classId: file.classId,
              lessonId: a.lessonId,
              lessonVersion: a.lessonVersion,
              exercise: a.exercise,
              day,
              item: x.item,
              keyLabel: keyLabel ?? '',
              answers: 0,
              correct: 0,
              scoreSum: 0,
              chosen: zeroLabels(),
              wrong: zeroLabels(),
            };
            itemDays.set(ik, it);
          }
          it.answers++;
          it.scoreSum += x.score;
          if (x.correct) it.correct++;
          if (chosen) {
            it.chosen[chosen]!++;
            if (!x.correct) it.wrong[chosen]!++;
          }
        }
        if (addedCount > 0) this.stmt.attemptTotals.run(addedCount, addedScore, attemptId);
      }
    }
    for (const d of studentDays.values()) this.stmt.studentDay.run(d);
    for (const it of itemDays.values()) {
      const { chosen, wrong, ...rest } = it;
      this.stmt.itemDay.run({
        ...rest,
        ...Object.fromEntries(LABELS.map((l) => [`c_${l}`, chosen[l]])),
        ...Object.fromEntries(LABELS.map((l) => [`w_${l}`, wrong[l]])),
      });
    }
    this.stmt.addFile.run(sha256, fileName, file.installId, file.classId, file.exportedAt, at, attempts, newAnswers);
    return {
      file: fileName,
      ok: true,
      seenBefore,
      classId: file.classId,
      attempts,
      newAttempts,
      newAnswers,
      flaggedAttempts: flagged,
      toConfirm: [...toConfirm],
    };
  }
}
