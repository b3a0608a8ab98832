/**
 * Heavy work runs off the thread that answers students: a teacher's analysis of a large article (in a
 * worker thread, see run-task.ts) does not hold up a student's answer on the same install, and a task
 * can be stopped (time budget, cancellation) at once, not at its next check.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { openBackend, type Backend } from '../../electron/core/backend.js';
import { AppError } from '../../electron/core/app-error.js';
import { runTask, stopTaskWorkers } from '../../electron/core/jobs/run-task.js';
import type { AttemptView, Envelope, Profile } from '../../electron/shared/contract.js';
import type { LessonFile } from '../../electron/core/lesson/lesson-schema.js';
import { SEED_LESSON_FILE, SEED_PAGE_FILE, tempDir } from '../helpers/temp-dir.js';

after(() => stopTaskWorkers());

const key = JSON.parse(fs.readFileSync(SEED_LESSON_FILE, 'utf8')) as LessonFile;

/** About 3.5 million characters of real article text: most of a second of analysis here. */
function bigArticle(): string {
  const page = fs.readFileSync(SEED_PAGE_FILE, 'utf8');
  const parts: string[] = [];
  for (let n = 0; n < 3_500_000; n += page.length + 2) parts.push(page);
  return parts.join('\n\n');
}

async function call<T>(b: Backend, channel: string, input: unknown): Promise<T> {
  const env = (await b.dispatch(channel, input)) as Envelope<T>;
  if (!env.ok) throw new Error(`${channel}: ${env.error.code}: ${env.error.message}`);
  return env.value;
}

test("a student's answer round trip completes while a teacher's slow analysis runs", async () => {
  const b = openBackend({ dbPath: path.join(tempDir(), 'w.sqlite'), host: 'web' });
  await call(b, 'teacher:set-pin', { pin: '2468' });
  const me = await call<Profile>(b, 'profiles:create', { name: 'Ana' });
  const view = await call<AttemptView>(b, 'attempt:open', { profileId: me.id, lessonId: key.id });
  // Warm the worker, so the slow call below measures analysis, not a thread starting.
  await runTask('analyze', { kind: 'text', content: 'The council met on Monday.' });

  const order: string[] = [];
  const slow = b
    .dispatch('teacher:suggest-labels', { source: { kind: 'paste', text: bigArticle(), format: 'text' } })
    .then((env) => {
      order.push('analysis');
      return env;
    });
  // Were the analysis on this thread, this timer could only fire after it had finished.
  await new Promise((r) => setTimeout(r, 30));
  const answered = await call<{ feedback: { correct: boolean } }>(b, 'attempt:answer', {
    attemptId: view.attemptId,
    index: 0,
    choice: key.passages[0]!.label,
  });
  order.push('answer');
  assert.equal(answered.feedback.correct, true);
  const env = await slow;
  assert.equal(env.ok, true);
  assert.deepEqual(order, ['answer', 'analysis'], 'the answer came back while the analysis was still running');
  b.close();
});

test('a task over its time budget is stopped with a message for people; the next task runs normally', async () => {
  await assert.rejects(
    runTask('analyze', { kind: 'text', content: bigArticle() }, { timeoutMs: 50 }),
    (e: unknown) => e instanceof AppError && e.code === 'bad_file' && /took longer than/.test(e.message),
  );
  const out = await runTask('analyze', { kind: 'text', content: 'The council met on Monday. "We will act," the mayor said.' });
  assert.equal(out.passages.length, 2);
});

test('cancelling terminates a running task at once', async () => {
  const controller = new AbortController();
  const running = runTask('analyze', { kind: 'text', content: bigArticle() }, { signal: controller.signal });
  setTimeout(() => controller.abort(), 40);
  await assert.rejects(running, /cancelled/);
});
