/**
 * What a student does: profiles, the library, attempts and answers of the four exercises. Each user
 * action is one transaction, and an answer (with its grade) is committed before its feedback is returned
 * (so quitting at any moment loses nothing and resume is exact).
 */
import { randomInt } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AnswersRepository, type StoredAnswer } from '../../db/repositories/answers.js';
import { AttemptsRepository, type AttemptRow } from '../../db/repositories/attempts.js';
import { ProfilesRepository } from '../../db/repositories/profiles.js';
import type {
  AnswerResult,
  AttemptSummary,
  AttemptView,
  Confidence,
  ExerciseFeedback,
  Hint,
  LessonCredit,
  LibraryEntry,
  LibraryExercise,
  OpenAttemptInput,
  Profile,
  SortAnswerResult,
} from '../shared/contract.js';
import type { Label } from '../shared/domain.js';
import { EXERCISE_NAMES, type ExerciseKind, type Mode, type Order } from '../shared/exercises.js';
import { AppError } from './app-error.js';
import { exerciseOf, exercisesOffered } from './exercises/registry.js';
import { markTarget } from './exercises/mark.js';
import { summarise } from './grading/grade.js';
import { HintService } from './hints.js';
import { LessonCatalog, studentPassage } from './lesson/lesson-catalog.js';
import { lessonSettings, type LessonFile } from './lesson/lesson-schema.js';

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
      this.refuseTakenName(name, null);
      return this.profiles.create(name, this.now());
    })();
  }

  renameProfile(profileId: number, name: string): Profile {
    return this.db.transaction(() => {
      this.requireProfile(profileId);
      this.refuseTakenName(name, profileId);
      return this.profiles.rename(profileId, name);
    })();
  }

  /**
   * Deletes the profile with every attempt and answer it made on this computer (the screen says so before
   * asking). Kept nowhere: a shared desktop must be able to forget a student; results already exported
   * for the teacher are in the teacher's file.
   */
  deleteProfile(profileId: number): { deleted: number; attempts: number } {
    return this.db.transaction(() => {
      this.requireProfile(profileId);
      const attempts = this.attempts.ofProfile(profileId).length;
      this.profiles.delete(profileId); // attempts, answers and hints go with it (ON DELETE CASCADE)
      return { deleted: profileId, attempts };
    })();
  }

  listLibrary(profileId: number): LibraryEntry[] {
    this.requireProfile(profileId);
    const mine = this.attempts.ofProfile(profileId);
    return this.catalog.list().map((row) => {
      const lesson = this.catalog.version(row.id, row.currentVersion);
      const exercises = exercisesOffered(lesson).map((kind) => this.libraryExercise(lesson, kind, mine));
      const sort = exercises.find((e) => e.kind === 'sort')!;
      return {
        lessonId: row.id,
        title: row.title,
        description: row.description,
        version: row.currentVersion,
        source: lessonCredit(lesson),
        passageCount: lesson.passages.length,
        current: sort.current && {
          attemptId: sort.current.attemptId,
          status: sort.current.status,
          answered: sort.current.answered,
          total: sort.current.total,
        },
        completedAttempts: sort.completedAttempts,
        best: sort.best && { correct: sort.best.points, total: sort.best.total },
        exercises,
        settings: lessonSettings(lesson),
      };
    });
  }

  private libraryExercise(lesson: LessonFile, kind: ExerciseKind, mine: AttemptRow[]): LibraryExercise {
    const ofKind = mine.filter((a) => a.lessonId === lesson.id && a.exercise === kind);
    // Out of the items of the version attempted: an attempt left half done scores what it got.
    const done = ofKind
      .filter((a) => a.completedAt !== null)
      .map((a) => ({ points: round2(this.answers.scoreSum(a.id)), total: this.itemsOf(a).length }));
    const best = done.reduce<LibraryExercise['best']>((b, s) => (!b || s.points / s.total > b.points / b.total ? s : b), null);
    const latest = ofKind.find((a) => a.completedAt === null) ?? ofKind[ofKind.length - 1];
    return {
      kind,
      items: exerciseOf(kind).items(lesson).length,
      current: latest
        ? {
            attemptId: latest.id,
            status: latest.completedAt ? 'completed' : 'in_progress',
            mode: latest.mode,
            answered: this.answers.count(latest.id),
            total: this.itemsOf(latest).length,
          }
        : null,
      completedAttempts: done.length,
      best,
    };
  }

  /** Resume the attempt in progress at this exercise, or start one on the lesson's current version. */
  openAttempt(input: OpenAttemptInput): AttemptView {
    this.requireProfile(input.profileId);
    const exercise = input.exercise ?? 'sort';
    const attempt = this.db
      .transaction(() => {
        const open = this.attempts.findInProgress(input.profileId, input.lessonId, exercise);
        if (open) return open;
        return this.createAttempt(input, exercise);
      })
      .immediate();
    return this.view(attempt);
  }

  /** A retry (or a change of mode): earlier attempts are kept; an unfinished one is closed as it stands. */
  startNewAttempt(input: OpenAttemptInput): AttemptView {
    this.requireProfile(input.profileId);
    const exercise = input.exercise ?? 'sort';
    const attempt = this.db
      .transaction(() => {
        const open = this.attempts.findInProgress(input.profileId, input.lessonId, exercise);
        const { row } = this.catalog.current(input.lessonId);
        const fresh = open && open.lessonVersion === row.currentVersion && this.answers.count(open.id) === 0;
        if (open && fresh && (!input.mode || input.mode === open.mode) && (!input.order || input.order === orderOf(open)))
          return open;
        if (open) this.attempts.complete(open.id, this.now());
        return this.createAttempt(input, exercise);
      })
      .immediate();
    return this.view(attempt);
  }

  private createAttempt(input: OpenAttemptInput, exercise: ExerciseKind): AttemptRow {
    const { row, lesson } = this.catalog.current(input.lessonId);
    const ex = exerciseOf(exercise);
    const items = ex.items(lesson);
    if (items.length === 0)
      throw new AppError(
        'invalid_input',
        `This lesson does not offer “${EXERCISE_NAMES[exercise]}”: ${ex.missingKeys(lesson)[0] ?? 'its key has nothing for it.'}`,
      );
    const settings = lessonSettings(lesson);
    const mode = resolveMode(settings.mode, input.mode);
    const order: Order =
      exercise !== 'sort' ? 'page' : settings.order === 'student_choice' ? (input.order ?? 'page') : settings.order;
    return this.attempts.create(
      {
        profileId: input.profileId,
        lessonId: input.lessonId,
        lessonVersion: row.currentVersion,
        exercise,
        mode,
        itemOrder: order === 'shuffled' ? shuffle(items) : null,
      },
      this.now(),
    );
  }

  /** A sort answer (the call the sort screen has always made). */
  answer(
    attemptId: number,
    index: number,
    choice: Label,
    confidence: Confidence | null,
    seconds: number | null,
  ): SortAnswerResult {
    return this.submit(attemptId, index, { choice }, confidence, seconds, 'sort') as SortAnswerResult;
  }

  submit(
    attemptId: number,
    item: number,
    response: unknown,
    confidence: Confidence | null,
    seconds: number | null,
    expect?: ExerciseKind,
  ): AnswerResult {
    return this.db
      .transaction((): AnswerResult => {
        const attempt = this.requireAttempt(attemptId);
        if (attempt.completedAt) throw new AppError('conflict', 'This attempt is finished. Start a new attempt to answer again.');
        if (expect && attempt.exercise !== expect)
          throw new AppError(
            'invalid_input',
            `This attempt is “${EXERCISE_NAMES[attempt.exercise]}”, not “${EXERCISE_NAMES[expect]}”.`,
          );
        const ex = exerciseOf(attempt.exercise);
        const lesson = this.catalog.version(attempt.lessonId, attempt.lessonVersion);
        const parsed = ex.responseSchema.safeParse(response);
        if (!parsed.success)
          throw new AppError(
            'invalid_input',
            `This answer does not fit “${EXERCISE_NAMES[attempt.exercise]}”: ${parsed.error.issues[0]?.path.join('.') || 'response'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
          );
        const items = this.itemsOf(attempt);
        if (!items.includes(item)) {
          const p = lesson.passages[item];
          throw new AppError(
            'invalid_input',
            p || item === -1
              ? `Item ${item} is not part of “${EXERCISE_NAMES[attempt.exercise]}” in this lesson.`
              : `Passage ${item} does not exist in this lesson (it has ${lesson.passages.length}).`,
          );
        }
        const problem = ex.checkResponse(lesson, item, parsed.data as never);
        if (problem) throw new AppError('invalid_input', problem);
        const given = this.answers.list(attemptId);
        if (given.some((a) => a.item === item))
          throw new AppError(
            'conflict',
            item === -1
              ? 'The page was already submitted in this attempt.'
              : `Passage ${item + 1} was already answered in this attempt.`,
          );
        const grade = ex.grade(lesson, item, parsed.data as never);
        const stored: StoredAnswer = {
          item,
          seq: given.length + 1,
          response: parsed.data,
          score: grade.score,
          correct: grade.correct,
          confidence,
          seconds,
          answeredAt: this.now().toISOString(),
        };
        this.answers.add(attempt.exercise, attemptId, stored as never);
        const answered = new Set([...given.map((a) => a.item), item]);
        const nextIndex = nextUnanswered(items, answered, items.indexOf(item));
        if (nextIndex === null) this.attempts.complete(attemptId, this.now());
        return {
          feedback: attempt.mode === 'practice' ? ex.feedback(lesson, stored as never) : null,
          nextIndex,
          status: nextIndex === null ? 'completed' : 'in_progress',
        };
      })
      .immediate();
  }

  summary(attemptId: number): AttemptSummary {
    const attempt = this.requireAttempt(attemptId);
    const lesson = this.catalog.version(attempt.lessonId, attempt.lessonVersion);
    const stored = this.answers.list(attemptId);
    const sortAnswers =
      attempt.exercise === 'sort'
        ? (stored as Array<StoredAnswer<'sort'>>).map((a) => ({
            passageIndex: a.item,
            choice: a.response.choice,
            confidence: a.confidence,
            correct: a.correct,
          }))
        : [];
    const base = summarise(
      { attemptId, lessonId: lesson.id, lessonTitle: lesson.title, completed: attempt.completedAt !== null },
      attempt.exercise === 'sort' ? lesson.passages : [],
      sortAnswers,
    );
    const items = this.itemsOf(attempt).length;
    const points = stored.reduce((s, a) => s + a.score, 0);
    // Confidence calibration applies to every exercise that asks for it.
    const calibration = { sure: { total: 0, correct: 0 }, unsure: { total: 0, correct: 0 } };
    for (const a of stored)
      if (a.confidence) {
        calibration[a.confidence].total++;
        if (a.correct) calibration[a.confidence].correct++;
      }
    // In test mode an attempt in progress shows no key yet: the review waits for the end.
    const showKey = attempt.mode === 'practice' || attempt.completedAt !== null;
    const review = showKey
      ? stored.map((a) => exerciseOf(attempt.exercise).feedback(lesson, a as never)).sort((x, y) => x.item - y.item)
      : [];
    return {
      ...base,
      ...(showKey ? {} : { wrong: [], missed: [] }),
      total: items,
      answered: stored.length,
      correct: stored.filter((a) => a.correct).length,
      score: items === 0 ? 0 : Math.round((100 * points) / items),
      calibration,
      hintsUsed: this.attempts.hintedPassages(attemptId).length,
      exercise: attempt.exercise,
      mode: attempt.mode,
      items,
      points: round2(points),
      review,
      passages: lesson.passages.map(studentPassage),
    };
  }

  /** A hint counts as used only for a passage not yet answered (after answering, the key shows its cues). */
  async hint(attemptId: number, index: number): Promise<Hint> {
    const attempt = this.requireAttempt(attemptId);
    const lesson = this.catalog.version(attempt.lessonId, attempt.lessonVersion);
    if (!lesson.passages[index])
      throw new AppError('invalid_input', `Passage ${index} does not exist in this lesson (it has ${lesson.passages.length}).`);
    if (attempt.exercise !== 'sort') throw new AppError('invalid_input', 'Hints are given in “Sort the passages” only.');
    const hint = await this.hints.hintFor(lesson, index);
    const answered = this.answers.list(attemptId).some((a) => a.item === index);
    if (!answered && !attempt.completedAt) this.attempts.addHint(attemptId, index, this.now());
    return hint;
  }

  private itemsOf(attempt: AttemptRow): number[] {
    if (attempt.itemOrder) return attempt.itemOrder;
    return exerciseOf(attempt.exercise).items(this.catalog.version(attempt.lessonId, attempt.lessonVersion));
  }

  private view(attempt: AttemptRow): AttemptView {
    const lesson = this.catalog.version(attempt.lessonId, attempt.lessonVersion);
    const stored = this.answers.list(attempt.id);
    const items = this.itemsOf(attempt);
    const showKey = attempt.mode === 'practice' || attempt.completedAt !== null;
    const ex = exerciseOf(attempt.exercise);
    const markTargets: Record<number, 'outlet' | 'relayed'> = {};
    if (attempt.exercise === 'mark') for (const i of items) markTargets[i] = markTarget(lesson.passages[i]!);
    return {
      attemptId: attempt.id,
      uid: attempt.uid,
      profileId: attempt.profileId,
      status: attempt.completedAt ? 'completed' : 'in_progress',
      exercise: attempt.exercise,
      mode: attempt.mode,
      order: orderOf(attempt),
      lesson: {
        id: lesson.id,
        title: lesson.title,
        version: lesson.version,
        source: lessonCredit(lesson),
        passages: lesson.passages.map(studentPassage),
      },
      items,
      markTargets,
      given: stored.map((a) => ({ item: a.item, response: a.response, confidence: a.confidence })),
      answers: showKey ? stored.map((a): ExerciseFeedback => ex.feedback(lesson, a as never)) : [],
      nextIndex: attempt.completedAt ? null : nextUnanswered(items, new Set(stored.map((a) => a.item)), -1),
    };
  }

  private refuseTakenName(name: string, self: number | null): void {
    const existing = this.profiles.findByName(name);
    if (existing && existing.id !== self)
      throw new AppError(
        'conflict',
        `There is already a profile called "${existing.name}". Pick it from the list, or choose another name.`,
      );
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

/** The teacher's setting wins; where the student may choose, their choice (practice by default). */
function resolveMode(setting: 'practice' | 'test' | 'student_choice', asked: Mode | undefined): Mode {
  if (setting === 'student_choice') return asked ?? 'practice';
  if (asked && asked !== setting)
    throw new AppError(
      'invalid_input',
      `Your teacher set this lesson to ${setting} mode, so it cannot be done in ${asked} mode.`,
    );
  return setting;
}

function orderOf(a: AttemptRow): Order {
  return a.itemOrder ? 'shuffled' : 'page';
}

/** Fisher–Yates with a cryptographic source (an order a student cannot predict or game). */
function shuffle(items: readonly number[]): number[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

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

/** The first unanswered item after position `after` in asking order, wrapping round to any skipped earlier. */
function nextUnanswered(items: readonly number[], answered: ReadonlySet<number>, after: number): number | null {
  const n = items.length;
  for (let k = 1; k <= n; k++) {
    const i = items[(after + k + n) % n]!;
    if (!answered.has(i)) return i;
  }
  return null;
}
