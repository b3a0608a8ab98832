/** The exports from a teacher's install with imported results: xAPI statements, the responses CSV, the gradebook. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import type { CsvDownload, ImportReport, JobInfo, ResultsFileDownload } from '../../electron/shared/contract.js';
import { writeXapi } from '../../electron/core/results/xapi.js';
import { streamSink, writeResponsesCsv, RESPONSES_HEADER } from '../../electron/core/results/responses-csv.js';
import { call, expectedPercent, newClass, openInstall, storeClass, study, SEED_LESSON } from '../helpers/results-setup.js';
import { parseCsv } from '../helpers/parse-csv.js';
import { tempDir } from '../helpers/temp-dir.js';
import { xapiViolations } from '../helpers/xapi-rules.js';

async function teacherWithResults() {
  const dir = tempDir();
  const cls = newClass();
  const teacher = openInstall(dir, 'teacher');
  storeClass(teacher.dbPath, cls, 'created');
  await call(teacher, 'teacher:set-pin', { pin: '2468' });
  const desk = openInstall(dir, 'desk');
  storeClass(desk.dbPath, cls, 'imported');
  await study(desk, '=HYPERLINK("x")', (i) => i % 3 !== 0);
  await study(desk, 'Zoë, "Z"', (i) => i < 20, 25);
  const files = [];
  for (const p of await call<Array<{ id: number }>>(desk, 'profiles:list', {}))
    files.push({
      name: `${p.id}.json`,
      text: (await call<ResultsFileDownload>(desk, 'results:export-mine', { profileId: p.id })).json,
    });
  const job = await call<JobInfo>(teacher, 'results:import', { files });
  let info = job;
  while (info.state === 'running') {
    await new Promise((r) => setTimeout(r, 5));
    info = await call<JobInfo>(teacher, 'jobs:status', { jobId: job.id });
  }
  assert.equal((info.result as ImportReport).imported, 2);
  desk.close();
  return { dir, teacher, cls };
}

async function collect(write: (db: BetterSqlite3.Database, sink: (s: string) => void) => Promise<number>, dbPath: string) {
  const db = new BetterSqlite3(dbPath, { readonly: true });
  const parts: string[] = [];
  const n = await write(db, (s) => void parts.push(s));
  db.close();
  return { n, text: parts.join('') };
}

test('xAPI: one statement per answer and per completed exercise, each valid under the 1.0.3 rules, with stable ids', async () => {
  const { teacher } = await teacherWithResults();
  const a = await collect((db, sink) => writeXapi(db, {}, sink), teacher.dbPath);
  const statements = JSON.parse(a.text) as Array<Record<string, unknown>>;
  // 32 + 25 answers, and one completed attempt (the second student stopped at 25 of 32)
  assert.equal(statements.length, 32 + 25 + 1);
  assert.equal(a.n, statements.length);
  for (const s of statements) assert.deepEqual(xapiViolations(s), [], JSON.stringify(s));
  assert.equal(new Set(statements.map((s) => s.id)).size, statements.length);
  const completed = statements.filter((s) => (s.verb as { id: string }).id.endsWith('/completed'));
  assert.equal(completed.length, 1);
  const result = completed[0]!.result as { score: { scaled: number }; success: boolean };
  assert.equal(
    Math.round(result.score.scaled * 1000) / 10,
    expectedPercent((i) => i % 3 !== 0),
  );
  const b = await collect((db, sink) => writeXapi(db, {}, sink), teacher.dbPath);
  assert.equal(b.text, a.text, 'the same export twice gives the same statements (stable ids)');
  // The rules do catch a broken statement.
  assert.notDeepEqual(xapiViolations({ ...statements[0], result: { score: { scaled: 2 } }, timestamp: 'yesterday' }), []);
  teacher.close();
});

test('responses CSV: one row per answer with passage text and key, streamed to a file; the gradebook via the call', async () => {
  const { dir, teacher } = await teacherWithResults();
  const file = path.join(dir, 'responses.csv');
  const db = new BetterSqlite3(teacher.dbPath, { readonly: true });
  const out = fs.createWriteStream(file);
  const n = await writeResponsesCsv(db, {}, streamSink(out));
  await new Promise<void>((resolve) => out.end(resolve));
  db.close();
  const rows = parseCsv(fs.readFileSync(file, 'utf8'));
  assert.equal(n, 57);
  assert.deepEqual(rows[0], [...RESPONSES_HEADER]);
  assert.equal(rows.length, 58);
  const zoe = rows.filter((r) => r[0] === 'Zoë, "Z"');
  assert.equal(zoe.length, 25);
  const first = zoe.find((r) => r[6] === '0')!;
  assert.equal(first[7], SEED_LESSON.passages[0]!.text);
  assert.equal(first[8], SEED_LESSON.passages[0]!.label);
  assert.equal(first[9], SEED_LESSON.passages[0]!.label);
  assert.equal(first[10], '1');
  assert.ok(
    rows.some((r) => r[0] === `'=HYPERLINK("x")`),
    'a formula-like name is neutralised',
  );

  const gradebook = await call<CsvDownload>(teacher, 'results:gradebook-csv', {});
  const g = parseCsv(gradebook.csv);
  assert.ok(gradebook.csv.startsWith('\uFEFF'));
  assert.deepEqual(g[0], ['Student', `${SEED_LESSON.title} — Sort the passages (%)`]);
  // Only completed attempts count in the gradebook: the second student has none yet.
  assert.deepEqual(g.slice(1), [[`'=HYPERLINK("x")`, String(expectedPercent((i) => i % 3 !== 0))]]);
  const filtered = await call<CsvDownload>(teacher, 'results:responses-csv', { from: '2000-01-01', to: '2000-01-02' });
  assert.equal(filtered.rows, 0);
  teacher.close();
});
