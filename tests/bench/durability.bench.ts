/**
 * Hardening figures: what `synchronous=FULL` costs on the answer round trip (the answer is on disk before
 * its feedback, so it survives a power cut) against NORMAL, and the round trip while a teacher's slow
 * analysis runs (it runs in a worker thread, so the answers should not notice it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/open-database.js';
import { openBackend } from '../../electron/core/backend.js';
import { LessonCatalog } from '../../electron/core/lesson/lesson-catalog.js';
import { syncBundledLessons } from '../../electron/core/lesson/sync-bundled-lessons.js';
import { bundledLessonsDir, projectRoot } from '../../electron/core/paths.js';
import { StudyService } from '../../electron/core/study-service.js';
import { stopTaskWorkers } from '../../electron/core/jobs/run-task.js';
import type { AttemptView, Envelope, Profile } from '../../electron/shared/contract.js';
import { percentile, round } from './stats.js';

export interface DurabilityBench {
  answerFullP50Ms: number;
  answerFullP95Ms: number;
  answerNormalP50Ms: number;
  answerNormalP95Ms: number;
  answerDuringAnalysisP50Ms: number;
  answerDuringAnalysisP95Ms: number;
  analysisMs: number;
  samples: number;
}

const LABELS = ['reported', 'quoted', 'commentary', 'not_article'] as const;

function answerTimes(study: StudyService, name: string, count: number): number[] {
  const me = study.createProfile(name);
  const lessonId = study.listLibrary(me.id)[0]!.lessonId;
  const times: number[] = [];
  while (times.length < count) {
    const view = study.startNewAttempt({ profileId: me.id, lessonId });
    for (let i = 0; i < view.lesson.passages.length && times.length < count; i++) {
      const t = performance.now();
      study.answer(view.attemptId, i, LABELS[i % 4]!, null, null);
      times.push(performance.now() - t);
    }
  }
  return times;
}

export async function benchDurability(samples = 300): Promise<DurabilityBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcewise-bench-durability-'));
  try {
    const db = openDatabase(path.join(dir, 'sync.sqlite'));
    syncBundledLessons(db, bundledLessonsDir);
    const study = new StudyService(db, new LessonCatalog(db));
    answerTimes(study, 'Warm Up', 20);
    const full = answerTimes(study, 'Full Sync', samples);
    db.pragma('synchronous = NORMAL');
    const normal = answerTimes(study, 'Normal Sync', samples);
    db.close();

    // Answers while a 3.5 MB article is analysed for the teacher.
    const b = openBackend({ dbPath: path.join(dir, 'busy.sqlite'), host: 'web', log: () => {} });
    const call = async <T>(channel: string, input: unknown) => {
      const env = (await b.dispatch(channel, input)) as Envelope<T>;
      if (!env.ok) throw new Error(env.error.message);
      return env.value;
    };
    await call('teacher:set-pin', { pin: '24681357' });
    const page = fs.readFileSync(path.join(projectRoot, 'tests/fixtures/analyzer/doha-ceasefire-live.txt'), 'utf8');
    const parts: string[] = [];
    for (let n = 0; n < 3_500_000; n += page.length + 2) parts.push(page);
    const me = await call<Profile>('profiles:create', { name: 'Busy Day' });
    const lessonId = (await call<Array<{ lessonId: string }>>('library:list', { profileId: me.id }))[0]!.lessonId;
    await call('teacher:suggest-labels', { source: { kind: 'paste', text: page, format: 'text' } }); // warm the worker
    const started = performance.now();
    let analysisMs = 0;
    const slow = call('teacher:suggest-labels', { source: { kind: 'paste', text: parts.join('\n\n'), format: 'text' } }).then(
      () => (analysisMs = performance.now() - started),
    );
    const during: number[] = [];
    while (analysisMs === 0) {
      const view = await call<AttemptView>('attempt:start-new', { profileId: me.id, lessonId });
      for (let i = 0; i < view.lesson.passages.length && analysisMs === 0; i++) {
        // Answers arrive as separate requests (IPC, HTTP): let the event loop turn between them, as it does then.
        await new Promise((r) => setImmediate(r));
        const t = performance.now();
        await call('attempt:answer', { attemptId: view.attemptId, index: i, choice: LABELS[i % 4] });
        during.push(performance.now() - t);
      }
    }
    await slow;
    b.close();
    await stopTaskWorkers();
    return {
      answerFullP50Ms: round(percentile(full, 50), 3),
      answerFullP95Ms: round(percentile(full, 95), 3),
      answerNormalP50Ms: round(percentile(normal, 50), 3),
      answerNormalP95Ms: round(percentile(normal, 95), 3),
      answerDuringAnalysisP50Ms: round(percentile(during, 50), 3),
      answerDuringAnalysisP95Ms: round(percentile(during, 95), 3),
      analysisMs: round(analysisMs, 0),
      samples,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
