import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LibraryEntry } from '../../electron/shared/contract.js';
import { lessonProgress, percent, scoreText } from '../../renderer/src/lib/pure/library-progress.js';

const entry = (over: Partial<LibraryEntry>): LibraryEntry => ({
  lessonId: 'doha',
  title: 'Ceasefire talks in Doha (live page)',
  description: '',
  version: 1,
  source: {},
  passageCount: 38,
  current: null,
  completedAttempts: 0,
  best: null,
  exercises: [],
  settings: { mode: 'student_choice', order: 'page' },
  ...over,
});

test('not started: Start only, no bar, no best score', () => {
  const p = lessonProgress(entry({}));
  assert.equal(p.state, 'not_started');
  assert.equal(p.status, 'Not started');
  assert.deepEqual(p.actions, ['start']);
  assert.equal(p.bar, null);
  assert.equal(p.best, null);
});

test('in progress: "n of N answered" and Resume', () => {
  const p = lessonProgress(entry({ current: { attemptId: 4, status: 'in_progress', answered: 7, total: 38 } }));
  assert.equal(p.status, '7 of 38 answered');
  assert.deepEqual(p.actions, ['resume']);
  assert.deepEqual(p.bar, { value: 7, max: 38 });
});

test('a retry in progress after a completed attempt still shows the best score', () => {
  const p = lessonProgress(
    entry({
      current: { attemptId: 5, status: 'in_progress', answered: 2, total: 38 },
      completedAttempts: 1,
      best: { correct: 30, total: 38 },
    }),
  );
  assert.equal(p.status, '2 of 38 answered · completed once before');
  assert.equal(p.best, 'Best score: 30 of 38 (79%)');
});

test('completed: Review summary first, then Try again', () => {
  const p = lessonProgress(
    entry({
      current: { attemptId: 4, status: 'completed', answered: 38, total: 38 },
      completedAttempts: 2,
      best: { correct: 38, total: 38 },
    }),
  );
  assert.equal(p.state, 'completed');
  assert.equal(p.status, 'Completed twice');
  assert.deepEqual(p.actions, ['review', 'retry']);
  assert.equal(p.best, 'Best score: 38 of 38 (100%)');
  const once = lessonProgress(
    entry({ current: { attemptId: 4, status: 'completed', answered: 38, total: 38 }, completedAttempts: 1 }),
  );
  assert.equal(once.status, 'Completed');
  const many = lessonProgress(
    entry({ current: { attemptId: 9, status: 'completed', answered: 38, total: 38 }, completedAttempts: 5 }),
  );
  assert.equal(many.status, 'Completed 5 times');
});

test('percent rounds and never divides by zero', () => {
  assert.equal(percent(1, 3), 33);
  assert.equal(percent(2, 3), 67);
  assert.equal(percent(0, 0), 0);
  assert.equal(scoreText(29, 38), '29 of 38 (76%)');
});
