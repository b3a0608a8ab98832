/** What the library shows for one lesson and one profile: a status line and which buttons to offer. */
import type { LibraryEntry, LibraryExercise } from '../../../../electron/shared/contract.js';

export type LessonAction = 'start' | 'resume' | 'review' | 'retry';

export interface LessonProgress {
  state: 'not_started' | 'in_progress' | 'completed';
  /** e.g. "Not started", "7 of 38 answered", "Completed". */
  status: string;
  /** e.g. "Best score: 31 of 38 (82%)", or null before any completed attempt. */
  best: string | null;
  /** Answered out of total for a progress bar; null when there is nothing to show. */
  bar: { value: number; max: number } | null;
  /** Buttons in the order shown; the first is the main one. */
  actions: LessonAction[];
}

export function percent(part: number, whole: number): number {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return 0;
  return Math.round((part / whole) * 100);
}

export function scoreText(correct: number, total: number): string {
  return `${correct} of ${total} (${percent(correct, total)}%)`;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

export function lessonProgress(entry: LibraryEntry): LessonProgress {
  const best = entry.best ? `Best score: ${scoreText(entry.best.correct, entry.best.total)}` : null;
  const current = entry.current;
  if (!current) {
    return { state: 'not_started', status: 'Not started', best, bar: null, actions: ['start'] };
  }
  if (current.status === 'in_progress') {
    return {
      state: 'in_progress',
      status:
        `${current.answered} of ${current.total} answered` +
        (entry.completedAttempts > 0 ? ` · completed ${times(entry.completedAttempts)} before` : ''),
      best,
      bar: { value: current.answered, max: current.total },
      actions: ['resume'],
    };
  }
  return {
    state: 'completed',
    status: entry.completedAttempts > 1 ? `Completed ${times(entry.completedAttempts)}` : 'Completed',
    best,
    bar: { value: current.total, max: current.total },
    actions: ['review', 'retry'],
  };
}

export const ACTION_NAMES: Record<LessonAction, string> = {
  start: 'Start',
  resume: 'Resume',
  review: 'Review summary',
  retry: 'Try again',
};

/** "4.5" for partial credit, "4" for whole points. */
export function pointsText(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1).replace(/\.0$/, '');
}

/** The same status, best score and buttons for one exercise of a lesson (partial credit in the best score). */
export function exerciseProgress(ex: LibraryExercise): LessonProgress {
  const best = ex.best
    ? `Best score: ${pointsText(ex.best.points)} of ${ex.best.total} (${percent(ex.best.points, ex.best.total)}%)`
    : null;
  const current = ex.current;
  const mode = current?.mode === 'test' ? ' · test mode' : '';
  if (!current) return { state: 'not_started', status: 'Not started', best, bar: null, actions: ['start'] };
  if (current.status === 'in_progress')
    return {
      state: 'in_progress',
      status:
        `${current.answered} of ${current.total} answered${mode}` +
        (ex.completedAttempts > 0 ? ` · completed ${times(ex.completedAttempts)} before` : ''),
      best,
      bar: { value: current.answered, max: current.total },
      actions: ['resume'],
    };
  return {
    state: 'completed',
    status: ex.completedAttempts > 1 ? `Completed ${times(ex.completedAttempts)}` : 'Completed',
    best,
    bar: { value: current.total, max: current.total },
    actions: ['review', 'retry'],
  };
}
