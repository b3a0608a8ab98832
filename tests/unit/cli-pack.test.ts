/** `sourcewise class …` and `sourcewise pack …` through the real bin script, on real database files. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import type { ClassSummary, PackImportResult, PackPreview } from '../../electron/shared/contract.js';
import { SEED_LESSON } from '../helpers/pack-fixtures.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIN = path.resolve(import.meta.dirname, '../../../electron/cli/sourcewise.mjs');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

function rows(db: string, sql: string): unknown[] {
  const d = new BetterSqlite3(db, { readonly: true });
  try {
    return d.prepare(sql).all();
  } finally {
    d.close();
  }
}

test('class create / list, pack export for a class, pack import --dry-run then for real, on another database', () => {
  const dir = tempDir();
  const teacher = path.join(dir, 'teacher.sqlite');
  const room = path.join(dir, 'room.sqlite');
  const file = path.join(dir, 'out', '7b.swpack');
  fs.mkdirSync(path.dirname(file));

  const created = run(['class', 'create', '7B Media', '--db', teacher]);
  assert.equal(created.status, 0, created.stderr);
  const id = /\(id ([0-9a-f]{24})\)/.exec(created.stdout)?.[1];
  assert.ok(id, created.stdout);
  const taken = run(['class', 'create', '7b media', '--db', teacher]);
  assert.equal(taken.status, 1);
  assert.match(taken.stderr, /There is already a class called "7B Media"/);
  const listed = JSON.parse(run(['class', 'list', '--json', '--db', teacher]).stdout) as ClassSummary[];
  assert.deepEqual(
    listed.map((c) => [c.id, c.name, c.origin]),
    [[id, '7B Media', 'created']],
  );
  assert.equal(run(['class', 'list', '--db', teacher]).stdout, `${id}\tcreated\t0 lessons\t7B Media\n`);

  const exported = run(['pack', 'export', SEED_LESSON.id, '-o', file, '--class', '7b media', '--db', teacher]);
  assert.equal(exported.status, 0, exported.stderr);
  assert.match(
    exported.stdout,
    new RegExp(`^Wrote .*7b\\.swpack \\(\\d+ bytes\\): ${SEED_LESSON.id} v${SEED_LESSON.version} for class 7B Media\\n$`),
  );
  assert.deepEqual(fs.readdirSync(path.dirname(file)), ['7b.swpack'], 'no partial file left beside it');

  // The classroom desktop has the bundled seed lesson already: a duplicate; the class is new.
  const dry = run(['pack', 'import', file, '--dry-run', '--json', '--db', room]);
  assert.equal(dry.status, 0, dry.stderr);
  const preview = JSON.parse(dry.stdout) as PackPreview;
  assert.deepEqual([preview.class?.known, preview.counts.duplicate], [false, 1]);
  assert.deepEqual(rows(room, 'SELECT * FROM classes'), []);
  const human = run(['pack', 'import', file, '--dry-run', '--db', room]).stdout;
  assert.match(human, /class: 7B Media \(new here\)/);
  assert.match(human, /Nothing was changed \(dry run\)\.\n$/);

  const real = run(['pack', 'import', file, '--json', '--db', room]);
  assert.equal(real.status, 0, real.stderr);
  const result = JSON.parse(real.stdout) as PackImportResult;
  assert.deepEqual([result.classStored, result.linked], [true, 1]);
  assert.deepEqual(rows(room, 'SELECT id, origin FROM classes'), [{ id, origin: 'imported' }]);
  assert.match(run(['pack', 'import', file, '--db', room]).stdout, /Imported 0 new and 0 updated lessons; 1 duplicates/);
});

test('pack errors go to stderr with a non-zero exit, and change nothing', () => {
  const dir = tempDir();
  const db = path.join(dir, 'db.sqlite');
  const noLesson = run(['pack', 'export', 'no-such', '-o', path.join(dir, 'x.swpack'), '--db', db]);
  assert.equal(noLesson.status, 1);
  assert.match(noLesson.stderr, /There is no lesson "no-such"/);
  assert.equal(fs.existsSync(path.join(dir, 'x.swpack')), false);
  const noClass = run(['pack', 'export', SEED_LESSON.id, '-o', path.join(dir, 'x.swpack'), '--class', '9Z', '--db', db]);
  assert.equal(noClass.status, 1);
  assert.match(noClass.stderr, /There is no class "9Z"\. Make it with: sourcewise class create "9Z"/);
  assert.equal(run(['pack', 'export', SEED_LESSON.id, '--db', db]).status, 2);
  assert.equal(run(['pack', 'frobnicate', '--db', db]).status, 2);

  const notes = path.join(dir, 'notes.swpack');
  fs.writeFileSync(notes, 'not a pack');
  const before = rows(db, 'SELECT * FROM lessons');
  const bad = run(['pack', 'import', notes, '--db', db]);
  assert.equal(bad.status, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /notes\.swpack: this is not a lesson pack \(not a zip file\)/);
  assert.deepEqual(rows(db, 'SELECT * FROM lessons'), before);
  const big = path.join(dir, 'big.swpack');
  fs.writeFileSync(big, Buffer.alloc(4 * 1024 * 1024 + 1));
  assert.match(
    run(['pack', 'import', big, '--db', db]).stderr,
    /big\.swpack: the file is 4194305 bytes; a pack may be at most 4194304/,
  );
  assert.match(
    run(['pack', 'import', path.join(dir, 'missing.swpack'), '--db', db]).stderr,
    /cannot read .*missing\.swpack \(ENOENT\)/,
  );
});
