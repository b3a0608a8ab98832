/**
 * Real installs for results tests: backends on real database files, a class made on the teacher's install
 * and stored on each desktop as a lesson pack would store it, and students answering through the real
 * handlers (the same path the screens use).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { openBackend, type Backend } from '../../electron/core/backend.js';
import type { AnswerResult, AttemptView, Envelope, Profile } from '../../electron/shared/contract.js';
import type { LessonFile } from '../../electron/core/lesson/lesson-schema.js';
import { LABELS, type Label } from '../../electron/shared/domain.js';
import { SEED_LESSON_FILE } from './temp-dir.js';

export const SEED_LESSON = JSON.parse(fs.readFileSync(SEED_LESSON_FILE, 'utf8')) as LessonFile;

export async function call<T>(b: Backend, channel: string, input: unknown): Promise<T> {
  const env = (await b.dispatch(channel, input)) as Envelope<T>;
  if (!env.ok) throw new Error(`${channel}: ${env.error.code}: ${env.error.message}`);
  return env.value;
}

export interface TestClass {
  id: string;
  name: string;
  key: string;
}

export function newClass(name = '7B'): TestClass {
  return { id: `class-${randomBytes(6).toString('hex')}`, name, key: randomBytes(32).toString('hex') };
}

/** Stores a class (as the packs work does: created on the teacher's, imported on desktops) and links lessons. */
export function storeClass(
  dbPath: string,
  cls: TestClass,
  origin: 'created' | 'imported',
  lessonIds: string[] = [SEED_LESSON.id],
): void {
  const db = new BetterSqlite3(dbPath);
  db.prepare('INSERT INTO classes (id, name, results_key, origin, created_at) VALUES (?, ?, ?, ?, ?)').run(
    cls.id,
    cls.name,
    cls.key,
    origin,
    '2026-11-01T08:00:00.000Z',
  );
  for (const l of lessonIds) db.prepare('INSERT INTO lesson_classes VALUES (?, ?, ?)').run(l, cls.id, '2026-11-01T08:00:00.000Z');
  db.close();
}

export function openInstall(dir: string, name: string, now?: () => Date): Backend {
  return openBackend({ dbPath: path.join(dir, `${name}.sqlite`), host: 'web', log: () => {}, ...(now ? { now } : {}) });
}

/** A wrong label for a passage: the first label that is neither its key nor also acceptable. */
export function wrongLabel(p: LessonFile['passages'][number]): Label {
  return LABELS.find((l) => l !== p.label && !p.accept.includes(l))!;
}

/**
 * A student answers the seed lesson: `right` decides per passage whether to give the key's label.
 * Answers `count` passages (all by default); returns the attempt id.
 */
export async function study(
  b: Backend,
  name: string,
  right: (index: number) => boolean,
  count = SEED_LESSON.passages.length,
): Promise<number> {
  const profiles = await call<Profile[]>(b, 'profiles:list', {});
  const profile = profiles.find((p) => p.name === name) ?? (await call<Profile>(b, 'profiles:create', { name }));
  let view = await call<AttemptView>(b, 'attempt:open', { profileId: profile.id, lessonId: SEED_LESSON.id });
  if (view.status === 'completed')
    view = await call<AttemptView>(b, 'attempt:start-new', { profileId: profile.id, lessonId: SEED_LESSON.id });
  let next = view.nextIndex;
  for (let n = 0; n < count && next !== null; n++) {
    const p = SEED_LESSON.passages[next]!;
    const r = await call<AnswerResult>(b, 'attempt:answer', {
      attemptId: view.attemptId,
      index: next,
      choice: right(next) ? p.label : wrongLabel(p),
      confidence: n % 2 === 0 ? 'sure' : 'unsure',
    });
    next = r.nextIndex;
  }
  return view.attemptId;
}

/** The share of the seed lesson a pattern gets right, as the import should score it (0..1 per answer). */
export function expectedPercent(right: (index: number) => boolean, count = SEED_LESSON.passages.length): number {
  let ok = 0;
  for (let i = 0; i < count; i++) if (right(i)) ok++;
  return Math.round((1000 * ok) / count) / 10;
}
