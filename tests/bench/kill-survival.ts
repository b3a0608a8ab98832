/**
 * `node build/tests/bench/kill-survival.js [KILLS]`: power-cut style crashes. A child process answers
 * passages as fast as it can and prints each answer once the backend has acknowledged it (feedback
 * returned); it is killed with SIGKILL at a random moment, again and again, on one database (the first
 * kills land during first-run setup). Afterwards every acknowledged answer must be in the database.
 * Prints kills, acknowledged answers, answers found, and the first-run opens that failed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

const BACKEND = path.resolve(import.meta.dirname, '../../electron/core/backend.js');

function runChild(dbPath: string, name: string, killAfterMs: number): Promise<{ acked: string[]; failed: string | null }> {
  const script = `
    const { openBackend } = await import(${JSON.stringify(BACKEND)});
    const b = openBackend({ dbPath: ${JSON.stringify(dbPath)}, host: 'web', log: () => {} });
    const call = async (c, i) => { const e = await b.dispatch(c, i); if (!e.ok) throw new Error(e.error.message); return e.value; };
    const me = await call('profiles:create', { name: ${JSON.stringify(name)} });
    const lessonId = (await call('library:list', { profileId: me.id }))[0].lessonId;
    console.log('ready');
    for (;;) {
      const v = await call('attempt:start-new', { profileId: me.id, lessonId });
      for (let i = 0; i < v.lesson.passages.length; i++) {
        await call('attempt:answer', { attemptId: v.attemptId, index: i, choice: 'reported' });
        console.log('ack ' + v.attemptId + ':' + i);
      }
    }`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', () => {
      clearTimeout(timer);
      const acked = out
        .split('\n')
        .filter((l) => l.startsWith('ack '))
        .map((l) => l.slice(4));
      resolve({ acked, failed: !out.includes('ready') && err.trim() ? err.trim().split('\n')[0]! : null });
    });
  });
}

async function main(): Promise<void> {
  const kills = Number(process.argv[2] ?? 100);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcewise-kill-'));
  const dbPath = path.join(dir, 'kill.sqlite');
  const acked = new Set<string>();
  const failures: string[] = [];
  for (let k = 0; k < kills; k++) {
    // Early kills fall inside start-up and first-run setup; later ones mid-answering.
    const after = k < 10 ? 50 + k * 40 : 300 + Math.random() * 700;
    const r = await runChild(dbPath, `Kill ${k}`, after);
    for (const a of r.acked) acked.add(a);
    if (r.failed) failures.push(r.failed);
  }
  const db = new BetterSqlite3(dbPath, { readonly: true });
  const stored = new Set(
    (db.prepare('SELECT attempt_id AS a, passage_index AS i FROM answers').all() as Array<{ a: number; i: number }>).map(
      (r) => `${r.a}:${r.i}`,
    ),
  );
  db.close();
  const lost = [...acked].filter((a) => !stored.has(a));
  console.log(
    JSON.stringify({ kills, acknowledged: acked.size, stored: stored.size, lost: lost.length, openFailures: failures }),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  if (lost.length > 0) process.exitCode = 1;
}

void main();
