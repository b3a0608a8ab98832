/** `sourcewise results …` on real database files: export on a desktop, import, report and exports on the teacher's. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { main } from '../../electron/cli/main.js';
import type { ClassReport, ImportReport } from '../../electron/shared/contract.js';
import { captureIo } from '../helpers/capture-io.js';
import { parseCsv } from '../helpers/parse-csv.js';
import { expectedPercent, newClass, openInstall, storeClass, study } from '../helpers/results-setup.js';
import { tempDir } from '../helpers/temp-dir.js';

test('results export → import → report → gradebook, responses and xAPI files, all with --db', async () => {
  const dir = tempDir();
  const cls = newClass('8C');
  const teacher = openInstall(dir, 'teacher');
  storeClass(teacher.dbPath, cls, 'created');
  const desk = openInstall(dir, 'desk');
  storeClass(desk.dbPath, cls, 'imported');
  await study(desk, 'Ada', (i) => i % 4 !== 0);
  await study(desk, 'Ben', () => true, 3);
  desk.close();

  const file = path.join(dir, 'ada.json');
  let io = captureIo();
  assert.equal(await main(['results', 'export', '--profile', 'ada', '-o', file, '--db', desk.dbPath], io.io), 0, io.err.join(''));
  assert.match(io.out.join(''), /1 attempts, 32 answers/);
  const all = path.join(dir, 'desk.json');
  io = captureIo();
  assert.equal(await main(['results', 'export', '-o', all, '--db', desk.dbPath], io.io), 0);
  assert.match(io.out.join(''), /2 attempts, 35 answers/);
  const cut = path.join(dir, 'cut.json');
  fs.writeFileSync(cut, fs.readFileSync(file, 'utf8').slice(0, 500));

  io = captureIo();
  assert.equal(
    await main(['results', 'import', file, all, cut, '--json', '--db', teacher.dbPath], io.io),
    1,
    'a refused file: exit 1',
  );
  const report = JSON.parse(io.out.join('')) as ImportReport;
  assert.deepEqual([report.imported, report.refused, report.newAnswers], [2, 1, 35]);
  assert.match((report.files[2] as { message: string }).message, /^cut\.json: the file is cut short/);

  io = captureIo();
  assert.equal(await main(['results', 'report', '--json', '--db', teacher.dbPath], io.io), 0);
  const r = JSON.parse(io.out.join('')) as ClassReport;
  assert.deepEqual(
    r.students.map((s) => [s.name, s.answers, s.percent]),
    [
      ['Ada', 32, expectedPercent((i) => i % 4 !== 0)],
      ['Ben', 3, 100],
    ],
  );
  io = captureIo();
  assert.equal(await main(['results', 'report', '--lesson', 'doha-ceasefire-live', '--db', teacher.dbPath], io.io), 0);
  assert.match(io.out.join(''), /2 students, 2 attempts, 35 answers/);

  const gb = path.join(dir, 'gradebook.csv');
  io = captureIo();
  assert.equal(await main(['results', 'export', '--format', 'gradebook', '-o', gb, '--db', teacher.dbPath], io.io), 0);
  assert.deepEqual(parseCsv(fs.readFileSync(gb, 'utf8')).slice(1), [['Ada', String(expectedPercent((i) => i % 4 !== 0))]]);
  const responses = path.join(dir, 'responses.csv');
  assert.equal(
    await main(['results', 'export', '--format', 'responses', '-o', responses, '--db', teacher.dbPath], captureIo().io),
    0,
  );
  assert.equal(parseCsv(fs.readFileSync(responses, 'utf8')).length, 36);
  const xapi = path.join(dir, 'xapi.json');
  assert.equal(await main(['results', 'export', '--format', 'xapi', '-o', xapi, '--db', teacher.dbPath], captureIo().io), 0);
  assert.equal((JSON.parse(fs.readFileSync(xapi, 'utf8')) as unknown[]).length, 35 + 1);

  io = captureIo();
  assert.equal(await main(['results', 'export', '--format', 'pdf', '-o', gb, '--db', teacher.dbPath], io.io), 2);
  assert.match(io.err.join(''), /--format is gradebook, responses or xapi/);
  io = captureIo();
  assert.equal(await main(['results', 'export', '--profile', 'Nobody', '-o', file, '--db', desk.dbPath], io.io), 1);
  assert.match(io.err.join(''), /no profile "Nobody"/);
  teacher.close();
});
