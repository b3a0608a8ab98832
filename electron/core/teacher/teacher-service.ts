/**
 * The teacher area: a PIN set on first use (stored as a scrypt hash), unlocking for a while, and the
 * teacher-only calls behind it — the analyzer's suggestions for an article, and a lesson drafted from them.
 *
 * Why the lock lives in the backend, not the renderer: a student at the same desktop could otherwise
 * call the teacher's handlers from devtools or the HTTP bridge. Unlocking is per session (one window or
 * browser tab, see handlers.ts `Caller`); it lapses after IDLE_MS without a teacher call and ends when the
 * window closes, and five wrong PINs in a row impose a pause. Teacher-only calls are refused by the
 * dispatch through `admit`, so the methods below need not check the lock themselves.
 */
import type { Database } from 'better-sqlite3';
import { SettingsRepository } from '../../../db/repositories/settings.js';
import type { ArticleSource, ArticleSuggestions, LessonDraft, TeacherStatus } from '../../shared/contract.js';
import type { AnalyzedPassage } from '../analyzer/index.js';
import { decodeInput, InputError, removeControlCharacters } from '../analyzer/input.js';
import { AppError } from '../app-error.js';
import { runTask } from '../jobs/run-task.js';
import { LessonFormatError } from '../lesson/parse-lesson.js';
import { draftLessonFromAnalysis } from './lesson-draft.js';
import { hashPin, PIN_PATTERN, verifyPin } from './pin.js';

const PIN_KEY = 'teacher.pinHash';
export const IDLE_MS = 20 * 60 * 1000;
export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 30 * 1000;
/** Articles are a few hundred KB at most; a 4 MiB cap keeps analysis well under a second. */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

/** An article of the largest accepted size is read in about a second; anything slower is a hostile file. */
export const ANALYZE_BUDGET_MS = 30_000;

export class TeacherService {
  private readonly settings: SettingsRepository;
  /** session → the time its unlock lapses (ms since the epoch). */
  private readonly unlockedUntil = new Map<string, number>();
  private failures = 0;
  private lockedOutUntil = 0;

  constructor(
    db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.settings = new SettingsRepository(db);
  }

  status(session: string): TeacherStatus {
    return { pinSet: this.settings.get(PIN_KEY) !== undefined, unlocked: this.isUnlocked(session) };
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

  setPin(session: string, pin: string, currentPin: string | undefined): TeacherStatus {
    const stored = this.settings.get(PIN_KEY);
    if (stored !== undefined) {
      if (currentPin === undefined)
        throw new AppError('forbidden', 'A teacher PIN is already set: give the current PIN to change it.');
      this.checkPin(currentPin, stored);
    }
    if (!PIN_PATTERN.test(pin)) throw new AppError('invalid_input', 'pin: A PIN is 4 to 12 digits.');
    this.settings.set(PIN_KEY, hashPin(pin), this.now());
    this.touch(session);
    return this.status(session);
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

  private checkPin(pin: string, stored: string): void {
    const wait = this.lockedOutUntil - this.now().getTime();
    if (wait > 0) throw new AppError('forbidden', `Too many wrong PINs. Wait ${Math.ceil(wait / 1000)} seconds and try again.`);
    if (verifyPin(pin, stored)) {
      this.failures = 0;
      return;
    }
    this.failures++;
    if (this.failures >= MAX_FAILURES) {
      this.failures = 0;
      this.lockedOutUntil = this.now().getTime() + LOCKOUT_MS;
      throw new AppError('forbidden', `That PIN is not right. Too many wrong PINs: wait ${LOCKOUT_MS / 1000} seconds.`);
    }
    throw new AppError('forbidden', 'That PIN is not right.');
  }
}

export function resetTeacherPin(db: Database): boolean {
  return new SettingsRepository(db).delete(PIN_KEY);
}
