/**
 * First-run setup under concurrency: several processes (the app, the CLI, a second window) open the same
 * fresh database at the same instant, many times over. Every one of them must open it (no "table already
 * exists", no UNIQUE failure, no "database is locked"), and the lessons are loaded exactly once.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { listBundledLessonFiles } from '../../electron/core/lesson/sync-bundled-lessons.js';
import { bundledLessonsDir } from '../../electron/core/paths.js';
import { tempDir } from '../helpers/temp-dir.js';

const BACKEND = path.resolve(import.meta.dirname, '../../electron/core/backend.js');
const ROUNDS = 15;
const PROCESSES = 3;

/** A process that waits for `startAt`, then opens the backend and reports how it went. */
function opener(dbPath: string, startAt: number): Promise<{ code: number | null; out: string }> {
  const script = `
    const { openBackend } = await import(${JSON.stringify(BACKEND)});
    while (Date.now() < ${startAt}) {}
    try {
      const b = openBackend({ dbPath: ${JSON.stringify(dbPath)}, host: 'web', log: () => {} });
      const profiles = await b.dispatch('profiles:list', {});
      b.close();
      console.log(profiles.ok ? 'opened' : 'call failed');
    } catch (err) {
      console.log('refused: ' + err.message);
      process.exitCode = 1;
    }`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out: out.trim() }));
  });
}

test(`${PROCESSES} processes opening one fresh database at once, ${ROUNDS} times: all open, lessons loaded once`, async () => {
  const dir = tempDir();
  const bundled = listBundledLessonFiles(bundledLessonsDir).length;
  const failures: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const file = path.join(dir, `race-${round}.sqlite`);
    // Far enough ahead that every process has loaded its modules and is spinning when the moment comes.
    const startAt = Date.now() + 700;
    const results = await Promise.all(Array.from({ length: PROCESSES }, () => opener(file, startAt)));
    for (const r of results) if (r.code !== 0 || r.out !== 'opened') failures.push(`round ${round}: ${r.out}`);
    const db = new BetterSqlite3(file, { readonly: true });
    assert.equal(db.pragma('user_version', { simple: true }), LATEST_SCHEMA_VERSION);
    const versions = (db.prepare('SELECT COUNT(*) AS n FROM lesson_versions').get() as { n: number }).n;
    db.close();
    assert.equal(versions, bundled, `round ${round}: every bundled lesson stored once`);
    assert.equal(fs.existsSync(file), true);
  }
  assert.deepEqual(failures, []);
});
