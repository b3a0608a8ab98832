/** `npm run web` as a person runs it: the real serve.js in a child process. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../helpers/temp-dir.js';

const SERVE = path.resolve(import.meta.dirname, '../../electron/web/serve.js');

test('npm run web prints the address to open, with its token, and serves the app there', async () => {
  const db = path.join(tempDir(), 'web.sqlite');
  const child = spawn(process.execPath, [SERVE, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
        if (m) resolve(m[0]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html lang="en"/);
    assert.ok(fs.existsSync(db), 'the database was created where --db said');
  } finally {
    child.kill();
  }
});

test('npm run web refuses a database from a newer version with a clear message, leaving it untouched', () => {
  const db = path.join(tempDir(), 'future.sqlite');
  const raw = new BetterSqlite3(db);
  raw.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('precious')");
  raw.pragma('user_version = 1000');
  raw.close();
  const before = fs.readFileSync(db);
  const r = spawnSync(process.execPath, [SERVE, '--db', db], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Sourcewise could not start: The database .* was written by a newer version of Sourcewise/);
  assert.deepEqual(fs.readFileSync(db), before);
});

test('npm run web rejects a bad --port', () => {
  const r = spawnSync(process.execPath, [SERVE, '--port', 'eighty', '--db', path.join(tempDir(), 'x.sqlite')], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /--port must be a number/);
});
