/**
 * Lesson packs: export of 100 lessons as one pack and its import on a fresh install, through the real
 * handlers and jobs (what the teacher screen does: call, poll jobs:status, read the result), on database
 * files in a temp folder. The lessons are copies of the seed lesson (32 passages, about 36 KB of JSON each).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../../electron/core/backend.js';
import { projectRoot } from '../../electron/core/paths.js';
import type { Envelope, JobInfo, PackExport, PackImportResult } from '../../electron/shared/contract.js';
import type { LessonFile } from '../../electron/core/lesson/lesson-schema.js';
import { percentile, round } from './stats.js';

export interface PacksBench {
  lessons: number;
  packBytes: number;
  /** Median over the runs, seconds. */
  exportSeconds: number;
  previewSeconds: number;
  importSeconds: number;
  /** The same pack again on the same install: every lesson a duplicate, nothing written. */
  reimportSeconds: number;
  runs: number;
}

const LESSONS = 100;
const RUNS = 5;

async function call<T>(b: Backend, channel: string, input: unknown): Promise<T> {
  const env = (await b.dispatch(channel, input)) as Envelope<T>;
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value;
}

async function timedJob<T>(b: Backend, channel: string, input: unknown): Promise<{ seconds: number; result: T }> {
  const t0 = performance.now();
  const started = await call<JobInfo>(b, channel, input);
  for (;;) {
    const info = await call<JobInfo>(b, 'jobs:status', { jobId: started.id });
    if (info.state === 'done') return { seconds: (performance.now() - t0) / 1000, result: info.result as T };
    if (info.state !== 'running') throw new Error(`${channel}: ${info.error?.message ?? info.state}`);
    await new Promise((r) => setImmediate(r));
  }
}

export async function benchPacks(): Promise<PacksBench> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcewise-bench-packs-'));
  try {
    const seed = JSON.parse(
      fs.readFileSync(path.join(projectRoot, 'resources/lessons/doha-ceasefire-live.json'), 'utf8'),
    ) as LessonFile;
    const lessonsDir = path.join(root, 'lessons');
    fs.mkdirSync(lessonsDir);
    const ids: string[] = [];
    for (let i = 0; i < LESSONS; i++) {
      const id = `bench-lesson-${i}`;
      ids.push(id);
      fs.writeFileSync(
        path.join(lessonsDir, `${id}.json`),
        JSON.stringify({ ...seed, id, version: 1, title: `Bench lesson ${i}` }),
      );
    }
    const noLessons = path.join(root, 'none');
    fs.mkdirSync(noLessons);
    const teacher = openBackend({ dbPath: path.join(root, 'teacher.sqlite'), host: 'web', lessonsDir, log: () => {} });
    await call(teacher, 'teacher:set-pin', { pin: '2468' });
    const cls = await call<{ id: string }>(teacher, 'packs:create-class', { name: 'Bench class' });
    const samples = { export: [] as number[], preview: [] as number[], import: [] as number[], reimport: [] as number[] };
    let packBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const exp = await timedJob<PackExport>(teacher, 'packs:export', { lessons: ids.map((id) => ({ id })), classId: cls.id });
      samples.export.push(exp.seconds);
      packBytes = exp.result.bytes;
      const file = { fileName: exp.result.fileName, base64: exp.result.base64 };
      const room = openBackend({
        dbPath: path.join(root, `room-${run}.sqlite`),
        host: 'web',
        lessonsDir: noLessons,
        log: () => {},
      });
      await call(room, 'teacher:set-pin', { pin: '2468' });
      samples.preview.push((await timedJob(room, 'packs:preview', file)).seconds);
      const imp = await timedJob<PackImportResult>(room, 'packs:import', file);
      if (imp.result.stored.length !== LESSONS) throw new Error(`stored ${imp.result.stored.length} of ${LESSONS}`);
      samples.import.push(imp.seconds);
      samples.reimport.push((await timedJob(room, 'packs:import', file)).seconds);
      room.close();
    }
    teacher.close();
    const median = (xs: number[]) => round(percentile(xs, 50), 3);
    return {
      lessons: LESSONS,
      packBytes,
      exportSeconds: median(samples.export),
      previewSeconds: median(samples.preview),
      importSeconds: median(samples.import),
      reimportSeconds: median(samples.reimport),
      runs: RUNS,
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
