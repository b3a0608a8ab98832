/**
 * The teacher area: a PIN (stored as a scrypt hash) with a recovery code, unlocking for a while, and the
 * teacher-only calls behind it — the analyzer's suggestions for an article, and a lesson drafted from them.
 *
 * Why the lock lives in the backend, not the renderer: a student at the same desktop could otherwise
 * call the teacher's handlers from devtools or the HTTP bridge. Unlocking is per session (one window or
 * browser tab, see handlers.ts `Caller`); it lapses after IDLE_MS without a teacher call and ends when the
 * window closes. Teacher-only calls are refused by the dispatch through `admit`, so the methods below
 * need not check the lock themselves.
 *
 * - Choosing the PIN in the app is for the teacher setting up a fresh install: it is allowed only while
 *   no student profile exists. Later it is chosen on the command line of this computer
 *   (`sourcewise teacher set-pin`), which a student at the app cannot reach.
 * - Wrong PINs are counted in the database (schema 5) with a growing delay (pin-delay.ts) that a restart
 *   does not reset and that never locks the teacher out: after the delay the right PIN always works.
 * - Choosing a PIN gives a recovery code, shown once; `sourcewise teacher reset-pin` asks for it.
 */
import type { Database } from 'better-sqlite3';
import { SettingsRepository } from '../../../db/repositories/settings.js';
import { TeacherLockRepository } from '../../../db/repositories/teacher-lock.js';
import type { ArticleSource, ArticleSuggestions, LessonDraft, PinChosen, TeacherStatus } from '../../shared/contract.js';
import type { AnalyzedPassage } from '../analyzer/index.js';
import { decodeInput, InputError, removeControlCharacters } from '../analyzer/input.js';
import { AppError } from '../app-error.js';
import { runTask } from '../jobs/run-task.js';
import { LessonFormatError } from '../lesson/parse-lesson.js';
import { draftLessonFromAnalysis } from './lesson-draft.js';
import { hashPin, newRecoveryCode, normalizeRecoveryCode, PIN_PATTERN, PIN_RULE, verifyPin } from './pin.js';
import { remainingWait } from './pin-delay.js';

const PIN_KEY = 'teacher.pinHash';
const RECOVERY_KEY = 'teacher.recoveryHash';
export const IDLE_MS = 20 * 60 * 1000;
/** Articles are a few hundred KB at most; a 4 MiB cap keeps analysis well under a second. */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;
/** An article of the largest accepted size is read in about a second; anything slower is a hostile file. */
export const ANALYZE_BUDGET_MS = 30_000;

export const SET_PIN_ON_COMMAND_LINE =
  'Students already use Sourcewise on this computer, so the teacher PIN is chosen on its command line: ' +
  'run `npx sourcewise teacher set-pin` there.';

const waitMessage = (ms: number) => `Too many wrong PINs. Wait ${Math.ceil(ms / 1000)} seconds and try again.`;

export class TeacherService {
  private readonly settings: SettingsRepository;
  private readonly failures: TeacherLockRepository;
  /** session → the time its unlock lapses (ms since the epoch). */
  private readonly unlockedUntil = new Map<string, number>();

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.settings = new SettingsRepository(db);
    this.failures = new TeacherLockRepository(db);
  }

  status(session: string): TeacherStatus {
    const pinSet = this.settings.get(PIN_KEY) !== undefined;
    return { pinSet, unlocked: this.isUnlocked(session), setupHere: !pinSet && !this.studentsExist() };
  }

  /** For the dispatch: may this session make a teacher-only call now? Each admitted call renews the idle timer. */
  admit(session: string): boolean {
    if (!this.isUnlocked(session)) return false;
    this.touch(session);
    return true;
  }

  /** A window or tab went away: its unlock goes with it. */
  endSession(session: string): void {
    this.unlockedUntil.delete(session);
  }

  setPin(session: string, pin: string, currentPin: string | undefined): PinChosen {
    const stored = this.settings.get(PIN_KEY);
    if (stored !== undefined) {
      if (currentPin === undefined)
        throw new AppError('forbidden', 'A teacher PIN is already set: give the current PIN to change it.');
      this.checkPin(currentPin, stored);
    } else if (this.studentsExist()) {
      throw new AppError('forbidden', SET_PIN_ON_COMMAND_LINE);
    }
    if (!PIN_PATTERN.test(pin)) throw new AppError('invalid_input', `pin: ${PIN_RULE}`);
    const recoveryCode = choosePin(this.db, pin, this.now());
    this.touch(session);
    return { ...this.status(session), recoveryCode };
  }

  unlock(session: string, pin: string): TeacherStatus {
    const stored = this.settings.get(PIN_KEY);
    if (stored === undefined) throw new AppError('conflict', 'No teacher PIN is set yet: choose one first.');
    this.checkPin(pin, stored);
    this.touch(session);
    return this.status(session);
  }

  lock(session: string): TeacherStatus {
    this.unlockedUntil.delete(session);
    return this.status(session);
  }

  async suggest(source: ArticleSource): Promise<ArticleSuggestions> {
    const { kind, content } = this.decode(source);
    // In a worker thread: a student's answer on this install is answered while the article is read.
    const { passages } = await runTask('analyze', { kind, content }, { timeoutMs: ANALYZE_BUDGET_MS });
    return { format: kind, passages, notFromOutlet: passages.filter((p) => !p.fromOutlet).length };
  }

  async draft(source: ArticleSource, title: string): Promise<LessonDraft> {
    const { kind, content } = this.decode(source);
    const analysis: { passages: AnalyzedPassage[] } = await runTask(
      'analyze',
      { kind, content },
      { timeoutMs: ANALYZE_BUDGET_MS },
    );
    if (analysis.passages.length === 0) throw new AppError('bad_file', 'The article has no text to make a lesson from.');
    try {
      const { lesson, json } = draftLessonFromAnalysis(analysis, {
        title,
        sourceName: source.kind === 'file' ? `the file “${source.name}”` : 'pasted text',
        now: this.now(),
      });
      return { fileName: `${lesson.id}.json`, json };
    } catch (err) {
      if (err instanceof LessonFormatError)
        throw new AppError('bad_file', `This article cannot become a lesson as it is: ${err.message}`);
      throw err;
    }
  }

  private decode(source: ArticleSource): { kind: 'text' | 'markdown' | 'html'; content: string } {
    if (source.kind === 'paste') {
      if (source.text.trim() === '') throw new AppError('invalid_input', 'Paste an article first.');
      // Pasted text gets the same clean-up as a file: stray control characters never reach a lesson.
      return { kind: source.format, content: removeControlCharacters(source.text).text };
    }
    const bytes = Buffer.from(source.base64, 'base64');
    try {
      return decodeInput(bytes, source.name, MAX_ARTICLE_BYTES);
    } catch (err) {
      if (err instanceof InputError) throw new AppError('bad_file', err.message);
      throw err;
    }
  }

  private isUnlocked(session: string): boolean {
    return this.now().getTime() < (this.unlockedUntil.get(session) ?? 0);
  }

  private touch(session: string): void {
    this.unlockedUntil.set(session, this.now().getTime() + IDLE_MS);
  }

  private studentsExist(): boolean {
    return this.db.prepare('SELECT EXISTS (SELECT 1 FROM profiles)').pluck().get() === 1;
  }

  private checkPin(pin: string, stored: string): void {
    const { count, lastAt } = this.failures.current(this.now());
    const wait = remainingWait(count, lastAt, this.now().getTime());
    // During the wait nothing is checked, not even the right PIN: that is what slows guessing down.
    if (wait > 0) throw new AppError('forbidden', waitMessage(wait));
    if (verifyPin(pin, stored)) {
      if (count > 0) this.failures.clear();
      return;
    }
    const failures = this.failures.addFailure(this.now());
    const next = remainingWait(failures, this.now().getTime(), this.now().getTime());
    throw new AppError('forbidden', next > 0 ? `That PIN is not right. ${waitMessage(next)}` : 'That PIN is not right.');
  }
}

/** Stores a new PIN and a new recovery code (both hashed) in one transaction; returns the code. */
function choosePin(db: Database, pin: string, now: Date): string {
  const settings = new SettingsRepository(db);
  const code = newRecoveryCode();
  db.transaction(() => {
    settings.set(PIN_KEY, hashPin(pin), now);
    settings.set(RECOVERY_KEY, hashPin(normalizeRecoveryCode(code)), now);
    new TeacherLockRepository(db).clear();
  })();
  return code;
}

/** `sourcewise teacher set-pin`: choose the PIN on this computer's command line (students or not). */
export function setTeacherPinFromCommandLine(db: Database, pin: string, now = new Date()): string {
  if (new SettingsRepository(db).get(PIN_KEY) !== undefined)
    throw new AppError(
      'conflict',
      'A teacher PIN is already set. Change it in the teacher area, or reset it first with the recovery code.',
    );
  if (!PIN_PATTERN.test(pin)) throw new AppError('invalid_input', PIN_RULE);
  return choosePin(db, pin, now);
}

export type ResetOutcome = 'reset' | 'no_pin' | 'wrong_code' | 'no_code_stored';

/**
 * `sourcewise teacher reset-pin`: forgets the PIN if `code` is the recovery code shown when it was
 * chosen, or if `administrator` (the operating system's administrator runs the command). Wrong codes
 * count towards the same growing delay as wrong PINs.
 */
export function resetTeacherPin(
  db: Database,
  proof: { code?: string | undefined; administrator: boolean },
  now = new Date(),
): ResetOutcome | { wait: number } {
  const settings = new SettingsRepository(db);
  const failures = new TeacherLockRepository(db);
  if (settings.get(PIN_KEY) === undefined) return 'no_pin';
  if (!proof.administrator) {
    const stored = settings.get(RECOVERY_KEY);
    if (stored === undefined) return 'no_code_stored';
    const { count, lastAt } = failures.current(now);
    const wait = remainingWait(count, lastAt, now.getTime());
    if (wait > 0) return { wait };
    if (proof.code === undefined || !verifyPin(normalizeRecoveryCode(proof.code), stored)) {
      failures.addFailure(now);
      return 'wrong_code';
    }
  }
  db.transaction(() => {
    settings.delete(PIN_KEY);
    settings.delete(RECOVERY_KEY);
    failures.clear();
  })();
  return 'reset';
}
