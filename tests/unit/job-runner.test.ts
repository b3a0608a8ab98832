import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../electron/core/app-error.js';
import { JobRunner } from '../../electron/core/jobs/job-runner.js';
import { runTask } from '../../electron/core/jobs/run-task.js';

const quiet = () => {};

test('a job answers at once, reports progress, and keeps its result for its own session only', async () => {
  const jobs = new JobRunner(quiet);
  let ran = false;
  const started = jobs.start('count', 'tab:a', async (ctx) => {
    ran = true;
    for (let i = 1; i <= 3; i++) {
      ctx.progress(i, 3, `item ${i}`);
      await new Promise((r) => setImmediate(r));
    }
    return { counted: 3 };
  });
  assert.equal(started.state, 'running');
  assert.equal(ran, false, 'the work starts after the call has answered');
  const done = await jobs.wait(started.id, 'tab:a');
  assert.equal(done.state, 'done');
  assert.deepEqual(done.result, { counted: 3 });
  assert.equal(done.done, 3);
  assert.equal(done.note, 'item 3');
  assert.throws(
    () => jobs.status(started.id, 'tab:b'),
    (e: unknown) => e instanceof AppError && e.code === 'not_found',
  );
});

test('cancelling stops the work at its next check and the job says cancelled', async () => {
  const jobs = new JobRunner(quiet);
  let seen = 0;
  const job = jobs.start('long', 's', async (ctx) => {
    for (let i = 0; i < 1000; i++) {
      if (ctx.signal.aborted) return 'stopped';
      seen++;
      await new Promise((r) => setTimeout(r, 1));
    }
    return 'all';
  });
  await new Promise((r) => setTimeout(r, 20));
  jobs.cancel(job.id, 's');
  const end = await jobs.wait(job.id, 's');
  assert.equal(end.state, 'cancelled');
  assert.ok(seen < 1000);
});

test('a failing job carries a message for people; an unexpected error is logged and reported as internal', async () => {
  const logged: string[] = [];
  const jobs = new JobRunner((m) => logged.push(m));
  const a = jobs.start('bad-file', 's', async () => {
    throw new AppError('bad_file', 'page.html is not a web page.');
  });
  const b = jobs.start('bug', 's', async () => {
    throw new Error('SQLITE_CORRUPT at line 3');
  });
  assert.deepEqual((await jobs.wait(a.id, 's')).error, { code: 'bad_file', message: 'page.html is not a web page.' });
  const failed = await jobs.wait(b.id, 's');
  assert.equal(failed.error?.code, 'internal');
  assert.doesNotMatch(failed.error?.message ?? '', /SQLITE/);
  assert.equal(logged.length, 1);
});

test('runTask runs a named task and refuses when already cancelled', async () => {
  const out = await runTask('analyze', { kind: 'text', content: 'The council met on Monday. "We will act," the mayor said.' });
  assert.equal(out.passages.length, 2);
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(runTask('analyze', { kind: 'text', content: 'x' }, { signal: controller.signal }), /cancelled/);
});
