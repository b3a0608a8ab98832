/**
 * What a student does: profiles, the library, attempts and answers. Each user action is one
 * transaction, and an answer is committed before its feedback is returned (so quitting at any moment
 * loses nothing and resume is exact).
 */
import type { Database } from 'better-sqlite3';
import { AnswersRepository } from '../../db/repositories/answers.js';
import { AttemptsRepository, type AttemptRow } from '../../db/repositories/attempts.js';
import { ProfilesRepository } from '../../db/repositories/profiles.js';
import type {
  Hint,
  AnswerResult,
  AttemptSummary,
  AttemptView,
  Confidence,
  LessonCredit,
  LibraryEntry,
  Profile,
} from '../shared/contract.js';
import type { Label } from '../shared/domain.js';
import { AppError } from './app-error.js';
import { grade, summarise } from './grading/grade.js';
import { HintService } from './hints.js';
import { LessonCatalog, studentPassage } from './lesson/lesson-catalog.js';
import type { LessonFile } from './lesson/lesson-schema.js';

export class StudyService {
  private readonly profiles: ProfilesRepository;
  private readonly attempts: AttemptsRepository;
  private readonly answers: AnswersRepository;
  private readonly hints = new HintService();

  constructor(
    private readonly db: Database,
    private readonly catalog: LessonCatalog,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.profiles = new ProfilesRepository(db);
    this.attempts = new AttemptsRepository(db);
    this.answers = new AnswersRepository(db);
  }

  listProfiles(): Profile[] {
    return this.profiles.list();
  }

  createProfile(name: string): Profile {
    return this.db.transaction(() => {
      const existing = this.profiles.findByName(name);
      if (existing)
        throw new AppError(
          'conflict',
          `There is already a profile called "${existing.name}". Pick it from the list, or choose another name.`,
        );
      return this.profiles.create(name, this.now());
    })();
  }

  listLibrary(profileId: number): LibraryEntry[] {
    this.requireProfile(profileId);
    const scores = this.attempts
      .ofProfile(profileId)
      .filter((a) => a.completedAt !== null && a.exercise === 'sort')
      .map((a) => ({ lessonId: a.lessonId, lessonVersion: a.lessonVersion, correct: this.answers.scoreSum(a.id) }));
    return this.catalog.list().map((row) => {
      const lesson = this.catalog.version(row.id, row.currentVersion);
      // Out of the passages of the version attempted: an attempt left half done scores what it got.
      const mine = scores
        .filter((s) => s.lessonId === row.id)
        .map((s) => ({ correct: s.correct, total: this.catalog.version(row.id, s.lessonVersion).passages.length }));
      const best = mine.reduce<{ correct: number; total: number } | null>(
        (b, s) => (!b || s.correct / s.total > b.correct / b.total ? s : b),
        null,
      );
      const latest = this.attempts.findInProgress(profileId, row.id, 'sort') ?? this.attempts.latest(profileId, row.id, 'sort');
      let current: LibraryEntry['current'] = null;
      if (latest) {
        const total = this.catalog.version(latest.lessonId, latest.lessonVersion).passages.length;
        current = {
          attemptId: latest.id,
          status: latest.completedAt ? 'completed' : 'in_progress',
          answered: this.answers.count(latest.id),
          total,
        };
      }
      return {
        lessonId: row.id,
        title: row.title,
        description: row.description,
        version: row.currentVersion,
        source: lessonCredit(lesson),
        passageCount: lesson.passages.length,
        current,
        completedAttempts: mine.length,
        best,
      };
    });
  }

  /** Resume the attempt in progress, or start one on the lesson's current version. */
  openAttempt(profileId: number, lessonId: string): AttemptView {
    this.requireProfile(profileId);
    const attempt = this.db
      .transaction(() => {
        const open = this.attempts.findInProgress(profileId, lessonId, 'sort');
        if (open) return open;
        const { row } = this.catalog.current(lessonId);
        return this.attempts.create(
          { profileId, lessonId, lessonVersion: row.currentVersion, exercise: 'sort', mode: 'practice', itemOrder: null },
          this.now(),
        );
      })
      .immediate();
    return this.view(attempt);
  }

  /** A retry: earlier attempts are kept; an unfinished one is closed as it stands. */
  startNewAttempt(profileId: number, lessonId: string): AttemptView {
    this.requireProfile(profileId);
    const attempt = this.db
      .transaction(() => {
        const open = this.attempts.findInProgress(profileId, lessonId, 'sort');
        const { row } = this.catalog.current(lessonId);
        if (open && open.lessonVersion === row.currentVersion && this.answers.count(open.id) === 0) return open;
        if (open) this.attempts.complete(open.id, this.now());
        return this.attempts.create(
          { profileId, lessonId, lessonVersion: row.currentVersion, exercise: 'sort', mode: 'practice', itemOrder: null },
          this.now(),
        );
      })
      .immediate();
    return this.view(attempt);
  }

  answer(attemptId: number, index: number, choice: Label, confidence: Confidence | null): AnswerResult {
    return this.db
      .transaction((): AnswerResult => {
        const attempt = this.requireAttempt(attemptId);
        if (attempt.completedAt) throw new AppError('conflict', 'This attempt is finished. Start a new attempt to answer again.');
        const lesson = this.catalog.version(attempt.lessonId, attempt.lessonVersion);
        const passage = lesson.passages[index];
        if (!passage)
          throw new AppError(
            'invalid_input',
            `Passage ${index} does not exist in this lesson (it has ${lesson.passages.length}).`,
          );
        const given = this.sortAnswers(attemptId);
        if (given.some((a) => a.passageIndex === index))
          throw new AppError('conflict', `Passage ${index + 1} was already answered in this attempt.`);
        const feedback = grade(passage, choice, confidence);
        this.answers.add('sort', attemptId, {
          item: index,
          response: { choice },
          score: feedback.correct ? 1 : 0,
          correct: feedback.correct,
          confidence,
          seconds: null,
          answeredAt: this.now().toISOString(),
        });
        const answered = new Set([...given.map((a) => a.passageIndex), index]);
        const nextIndex = nextUnanswered(lesson, answered, index);
        if (nextIndex === null) this.attempts.complete(attemptId, this.now());
        return { feedback, nextIndex, status: nextIndex === null ? 'completed' : 'in_progress' };
      })
      .immediate();
  }

  summary(attemptId: number): AttemptSummary {
    const attempt = this.requireAttempt(attemptId);
    const lesson = this.catalog.version(attempt.lessonId, attempt.lessonVersion);
    return {
      ...summarise(
        { attemptId, lessonId: lesson.id, lessonTitle: lesson.title, completed: attempt.completedAt !== null },
        lesson.passages,
        this.sortAnswers(attemptId),
      ),
      hintsUsed: this.attempts.hintedPassages(attemptId).length,
    };
  }

  /** A hint counts as used only for a passage not yet answered (after answering, the key shows its cues). */
  async hint(attemptId: number, index: number): Promise<Hint> {
    const attempt = this.requireAttempt(attemptId);
    const lesson = this.catalog.version(attempt.lessonId, attempt.lessonVersion);
    if (!lesson.passages[index])
      throw new AppError('invalid_input', `Passage ${index} does not exist in this lesson (it has ${lesson.passages.length}).`);
    const hint = await this.hints.hintFor(lesson, index);
    const answered = this.sortAnswers(attemptId).some((a) => a.passageIndex === index);
    if (!answered && !attempt.completedAt) this.attempts.addHint(attemptId, index, this.now());
    return hint;
  }

  private view(attempt: AttemptRow): AttemptView {
    const lesson = this.catalog.version(attempt.lessonId, attempt.lessonVersion);
    const answers = this.sortAnswers(attempt.id);
    const feedback = answers.map((a) => grade(lesson.passages[a.passageIndex]!, a.choice, a.confidence));
    const answered = new Set(answers.map((a) => a.passageIndex));
    return {
      attemptId: attempt.id,
      profileId: attempt.profileId,
      status: attempt.completedAt ? 'completed' : 'in_progress',
      lesson: {
        id: lesson.id,
        title: lesson.title,
        version: lesson.version,
        source: lessonCredit(lesson),
        passages: lesson.passages.map(studentPassage),
      },
      answers: feedback,
      nextIndex: attempt.completedAt ? null : nextUnanswered(lesson, answered, -1),
    };
  }

  private sortAnswers(attemptId: number) {
    return this.answers.list<'sort'>(attemptId).map((a) => ({
      passageIndex: a.item,
      choice: a.response.choice,
      confidence: a.confidence,
      correct: a.correct,
    }));
  }

  private requireProfile(id: number) {
    const p = this.profiles.get(id);
    if (!p) throw new AppError('not_found', `There is no profile ${id}.`);
    return p;
  }

  private requireAttempt(id: number): AttemptRow {
    const a = this.attempts.get(id);
    if (!a) throw new AppError('not_found', `There is no attempt ${id}.`);
    return a;
  }
}

/** The source facts a student is shown (the free-text note is for teachers). */
function lessonCredit(lesson: LessonFile): LessonCredit {
  const { site, url, published, credit } = lesson.source;
  return {
    ...(site ? { site } : {}),
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
    ...(credit ? { credit } : {}),
  };
}

/** The first unanswered passage after `after` in page order, wrapping round to any skipped earlier. */
function nextUnanswered(lesson: LessonFile, answered: ReadonlySet<number>, after: number): number | null {
  const n = lesson.passages.length;
  for (let k = 1; k <= n; k++) {
    const i = (after + k + n) % n;
    if (!answered.has(i)) return i;
  }
  return null;
}
