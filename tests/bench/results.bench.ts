/**
 * Classroom results at class scale, on a real database file:
 * - import: 40 students × 50 lessons × 4 exercises (≈ 250k answers) as 40 signed results files (answers/s);
 * - the class report at 1,000,000 answers (p50/p95 ms over filters: none, lesson, exercise, dates, class);
 * - the responses CSV of 1,000,000 answers streamed to a file (seconds, peak memory growth).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../db/open-database.js';
import { classReport } from '../../electron/core/results/class-report.js';
import { LessonKeys } from '../../electron/core/results/lesson-keys.js';
import { ResultsImporter } from '../../electron/core/results/import-results.js';
import { streamSink, writeResponsesCsv } from '../../electron/core/results/responses-csv.js';
import {
  RESULTS_FORMAT,
  RESULTS_FORMAT_VERSION,
  signResultsFile,
  type ResultsFile,
} from '../../electron/core/results/results-file.js';
import type { LessonFile } from '../../electron/core/lesson/lesson-schema.js';
import type { ReportFilters } from '../../electron/shared/contract.js';
import { bundledLessonsDir } from '../../electron/core/paths.js';
import { percentile, round } from './stats.js';

const STUDENTS = 40;
const LESSONS = 50;

export interface ResultsBench {
  importAnswers: number;
  importSeconds: number;
  importAnswersPerSecond: number;
  importAnswersPerCpuSecond: number;
  reportAnswers: number;
  reportP50Ms: number;
  reportP95Ms: number;
  reportSamples: number;
  /** CPU time of this process (user + system): the machine is shared, so wall time varies with its load. */
  reportCpuP50Ms: number;
  reportCpuP95Ms: number;
  importCpuSeconds: number;
  csvCpuSeconds: number;
  /** 1-minute load average when the figures were taken (2 cores here). */
  loadAverage: number;
  csvAnswers: number;
  csvSeconds: number;
  csvMegabytes: number;
  csvPeakRssGrowthMb: number;
  csvPeakHeapMb: number;
}

function seedLesson(): LessonFile {
  return JSON.parse(fs.readFileSync(path.join(bundledLessonsDir, 'doha-ceasefire-live.json'), 'utf8')) as LessonFile;
}

/** 50 lessons on the teacher's install (the seed lesson's passages under 50 ids), and a class. */
function setUpTeacher(db: Database, key: string, classId: string): Array<{ id: string; hash: string; lesson: LessonFile }> {
  const base = seedLesson();
  const now = new Date().toISOString();
  db.prepare("INSERT INTO classes VALUES (?, '7B', ?, 'created', ?)").run(classId, key, now);
  const lessons = [];
  for (let l = 0; l < LESSONS; l++) {
    const lesson = { ...base, id: `bench-lesson-${l}`, title: `Bench lesson ${l}` };
    const content = JSON.stringify(lesson);
    const hash = createHash('sha256').update(content).digest('hex');
    db.prepare("INSERT INTO lessons VALUES (?, ?, ?, '', 'imported')").run(lesson.id, lesson.version, lesson.title);
    db.prepare('INSERT INTO lesson_versions VALUES (?, ?, ?, ?, ?)').run(lesson.id, lesson.version, content, hash, now);
    lessons.push({ id: lesson.id, hash, lesson });
  }
  return lessons;
}

const LABELS = ['reported', 'quoted', 'commentary', 'not_article'] as const;

/** One desktop's file for one student: every lesson, sort (practice and test), intruder, who, mark. */
function studentFile(
  student: number,
  round_: number,
  lessons: ReturnType<typeof setUpTeacher>,
  classId: string,
  key: string,
): { text: string; answers: number } {
  const attempts: ResultsFile['profiles'][number]['attempts'] = [];
  let answers = 0;
  // Rounds fall on different days, so the date filter has something to cut.
  const day0 = Date.parse('2026-09-01T08:00:00Z') + round_ * 5 * 86_400_000;
  for (const [l, { id, hash, lesson }] of lessons.entries()) {
    const at = (k: number) => new Date(day0 + ((l % 5) * 86_400_000 + student * 60_000 + k * 1000)).toISOString();
    const kinds = [
      ['sort', 'practice'],
      ['sort', 'test'],
      ['intruder', 'practice'],
      ['who', 'practice'],
      ['mark', 'practice'],
    ] as const;
    for (const [exercise, mode] of kinds) {
      const items = exercise === 'intruder' ? [-1] : lesson.passages.map((p) => p.index);
      const list = items.map((item, k) => {
        const p = item >= 0 ? lesson.passages[item]! : null;
        const right = (student * 7 + item * 3 + l) % 5 !== 0;
        const choice = p ? (right ? p.label : LABELS.find((x) => x !== p.label && !p.accept.includes(x))!) : null;
        const response: ResultsFile['profiles'][number]['attempts'][number]['answers'][number]['response'] =
          exercise === 'sort'
            ? { choice: choice! }
            : exercise === 'intruder'
              ? { selected: [0, 9, 10] }
              : exercise === 'who'
                ? { sourceKind: 'named', verb: 'neutral' }
                : { ranges: [[0, 12]] };
        const score = exercise === 'mark' || exercise === 'intruder' ? (right ? 0.8 : 0.3) : right ? 1 : 0;
        return {
          item,
          response,
          score,
          correct: right,
          confidence: k % 3 === 0 ? ('sure' as const) : null,
          seconds: 4.5,
          hinted: false,
          answeredAt: at(k),
        };
      });
      answers += list.length;
      attempts.push({
        uid: randomUUID(),
        lessonId: id,
        lessonVersion: lesson.version,
        contentHash: hash,
        exercise,
        mode,
        startedAt: at(0),
        completedAt: at(list.length),
        answers: list,
      });
    }
  }
  const file = signResultsFile(
    {
      format: RESULTS_FORMAT,
      formatVersion: RESULTS_FORMAT_VERSION,
      appVersion: '0.1.0',
      installId: createHash('sha256').update(`desk-${student}-${round_}`).digest('hex').slice(0, 32),
      classId,
      exportedAt: new Date().toISOString(),
      profiles: [{ name: `Student ${String(student + 1).padStart(2, '0')}`, attempts }],
    },
    key,
  );
  return { text: JSON.stringify(file), answers };
}

function importRound(db: Database, round_: number, lessons: ReturnType<typeof setUpTeacher>, classId: string, key: string) {
  const importer = new ResultsImporter(db);
  let answers = 0;
  let ms = 0;
  let cpuMs = 0;
  for (let s = 0; s < STUDENTS; s++) {
    const f = studentFile(s, round_, lessons, classId, key); // making the file is not part of the import
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const outcome = importer.importFile(`student-${s}-${round_}.json`, f.text);
    ms += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpuMs += (c.user + c.system) / 1000;
    if (!outcome.ok) throw new Error(outcome.message);
    answers += outcome.newAnswers;
  }
  return { answers, ms, cpuMs };
}

/** A teacher's database with imported results up to `target` answers; the first round's import is timed. */
export function buildTeacherDb(
  file: string,
  target: number,
): { db: Database; classId: string; first: { answers: number; ms: number; cpuMs: number }; total: number } {
  const db = openDatabase(file);
  const key = randomBytes(32).toString('hex');
  const classId = 'bench-class';
  const lessons = setUpTeacher(db, key, classId);
  const first = importRound(db, 0, lessons, classId, key);
  let total = first.answers;
  for (let r = 1; total < target; r++) total += importRound(db, r, lessons, classId, key).answers;
  return { db, classId, first, total };
}

export async function benchResults(): Promise<ResultsBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcewise-bench-results-'));
  try {
    const { db, classId, first, total } = buildTeacherDb(path.join(dir, 'teacher.sqlite'), 1_000_000);

    const filters: ReportFilters[] = [
      {},
      { lessonId: 'bench-lesson-7' },
      { exercise: 'sort' },
      { from: '2026-09-03', to: '2026-09-12' },
      { classId },
      { lessonId: 'bench-lesson-3', exercise: 'sort', from: '2026-09-01', to: '2026-09-30' },
    ];
    const samples: number[] = [];
    const cpu: number[] = [];
    const keys = new LessonKeys(db); // kept between reports, as the results service keeps it
    for (let i = 0; i < 120; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      classReport(db, filters[i % filters.length]!, keys);
      samples.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }

    const out = path.join(dir, 'responses.csv');
    global.gc?.();
    const rss0 = process.memoryUsage().rss;
    let peakRss = rss0;
    let peakHeap = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 10);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const stream = fs.createWriteStream(out);
    const rows = await writeResponsesCsv(db, {}, streamSink(stream));
    await new Promise<void>((resolve) => stream.end(resolve));
    const csvMs = performance.now() - t0;
    const csvCpu = process.cpuUsage(c0);
    clearInterval(sampler);
    const bytes = fs.statSync(out).size;
    db.close();
    return {
      importAnswers: first.answers,
      importSeconds: round(first.ms / 1000),
      importAnswersPerSecond: Math.round(first.answers / (first.ms / 1000)),
      importAnswersPerCpuSecond: Math.round(first.answers / (first.cpuMs / 1000)),
      reportAnswers: total,
      reportP50Ms: round(percentile(samples, 50)),
      reportP95Ms: round(percentile(samples, 95)),
      reportCpuP50Ms: round(percentile(cpu, 50)),
      reportCpuP95Ms: round(percentile(cpu, 95)),
      importCpuSeconds: round(first.cpuMs / 1000),
      csvCpuSeconds: round((csvCpu.user + csvCpu.system) / 1e6),
      loadAverage: round(os.loadavg()[0]!, 1),
      reportSamples: samples.length,
      csvAnswers: rows,
      csvSeconds: round(csvMs / 1000),
      csvMegabytes: round(bytes / 1e6, 1),
      csvPeakRssGrowthMb: round((peakRss - rss0) / 1e6, 1),
      csvPeakHeapMb: round(peakHeap / 1e6, 1),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone: node build/tests/bench/results.bench.js
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  benchResults().then((r) => console.log(JSON.stringify(r, null, 2)));
}
