/**
 * The teacher PIN's lock, held in the database (schema 5): restarting between guesses no longer resets
 * it; however many wrong PINs, the right PIN works after at most MAX_DELAY_MS; the PIN is chosen in the
 * app only before any student profile exists, otherwise on the command line; resetting it needs the
 * recovery code shown once.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../db/open-database.js';
import { openBackend, type Backend } from '../../electron/core/backend.js';
import { run as teacherCommand } from '../../electron/cli/teacher-command.js';
import { delayAfter, MAX_DELAY_MS } from '../../electron/core/teacher/pin-delay.js';
import type { Envelope, PinChosen, TeacherStatus } from '../../electron/shared/contract.js';
import { captureIo } from '../helpers/capture-io.js';
import { migrateTo } from '../helpers/migrate-to.js';
import { tempDir } from '../helpers/temp-dir.js';

function clock() {
  let t = Date.parse('2026-12-02T09:00:00Z');
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}
async function dispatch<T>(b: Backend, channel: string, input: unknown = {}): Promise<Envelope<T>> {
  return (await b.dispatch(channel, input)) as Envelope<T>;
}
const messageOf = (env: Envelope<unknown>) => (env.ok ? '' : env.error.message);

test('migration 5 adds the failure count and keeps what was there', () => {
  const file = path.join(tempDir(), 'v4.sqlite');
  const v4 = new BetterSqlite3(file);
  migrateTo(v4, 4);
  v4.exec("INSERT INTO settings VALUES ('teacher.pinHash', 'h', '2026-01-01')");
  v4.close();
  const db = openDatabase(file);
  assert.equal(db.prepare("SELECT value FROM settings WHERE key = 'teacher.pinHash'").pluck().get(), 'h');
  db.prepare("INSERT INTO teacher_pin_failures VALUES (1, 3, '2026-01-02T00:00:00Z')").run();
  assert.throws(() => db.prepare("INSERT INTO teacher_pin_failures VALUES (2, 1, 'x')").run(), /CHECK|UNIQUE/);
  assert.throws(() => db.prepare('UPDATE teacher_pin_failures SET count = 0').run(), /CHECK/);
  db.close();
});

test('restarting the app between guesses keeps the count and the pause (it lived in memory before)', async () => {
  const c = clock();
  const file = path.join(tempDir(), 'restart.sqlite');
  let b = openBackend({ dbPath: file, host: 'web', now: c.now });
  await dispatch(b, 'teacher:set-pin', { pin: '73915' });
  b.close();
  const answers: string[] = [];
  for (let i = 0; i < 6; i++) {
    b = openBackend({ dbPath: file, host: 'web', now: c.now }); // a fresh host for every guess
    answers.push(messageOf(await dispatch(b, 'teacher:unlock', { pin: String(10000 + i) })));
    b.close();
  }
  assert.deepEqual(answers.slice(0, 3), Array(3).fill('That PIN is not right.'));
  assert.match(answers[3]!, /Too many wrong PINs. Wait 2 seconds/);
  assert.match(
    answers[4]!,
    /Too many wrong PINs. Wait 2 seconds/,
    'the pause survived the restart: this guess was not even checked',
  );
  b = openBackend({ dbPath: file, host: 'web', now: c.now });
  c.advance(2001);
  assert.match(messageOf(await dispatch(b, 'teacher:unlock', { pin: '99999' })), /Wait 4 seconds/);
  b.close();
});

test('a student typing wrong PINs for ever never keeps the teacher out longer than the ceiling', async () => {
  const c = clock();
  const b = openBackend({ dbPath: path.join(tempDir(), 'siege.sqlite'), host: 'web', now: c.now });
  await dispatch(b, 'teacher:set-pin', { pin: '55501234' });
  await dispatch(b, 'teacher:lock');
  // 200 wrong PINs, each typed as soon as the pause allows.
  for (let i = 0; i < 200; i++) {
    const env = await dispatch(b, 'teacher:unlock', { pin: '11112222' });
    assert.equal(env.ok, false);
    c.advance(delayAfter(i + 1) + 1);
  }
  assert.equal(delayAfter(200), MAX_DELAY_MS);
  // The student's last guess; the teacher arrives right after it: at most the ceiling to wait, then in.
  assert.equal((await dispatch(b, 'teacher:unlock', { pin: '11112222' })).ok, false);
  const waitSeconds = Number(/Wait (\d+) seconds/.exec(messageOf(await dispatch(b, 'teacher:unlock', { pin: '55501234' })))![1]);
  assert.ok(waitSeconds * 1000 <= MAX_DELAY_MS, `${waitSeconds} s`);
  c.advance(MAX_DELAY_MS);
  const ok = await dispatch<TeacherStatus>(b, 'teacher:unlock', { pin: '55501234' });
  assert.equal(ok.ok && ok.value.unlocked, true);
  // …and the count starts again from zero.
  await dispatch(b, 'teacher:lock');
  assert.equal(messageOf(await dispatch(b, 'teacher:unlock', { pin: '00000000' })), 'That PIN is not right.');
  b.close();
});

test('PINs of up to 20 digits are accepted; a clock set back never lengthens the pause', async () => {
  const c = clock();
  const b = openBackend({ dbPath: path.join(tempDir(), 'long.sqlite'), host: 'web', now: c.now });
  const long = '12345678901234567890';
  assert.ok((await dispatch(b, 'teacher:set-pin', { pin: long })).ok);
  await dispatch(b, 'teacher:lock');
  for (let i = 0; i < 10; i++) {
    await dispatch(b, 'teacher:unlock', { pin: '0000' });
    c.advance(MAX_DELAY_MS);
  }
  c.advance(-10 * 24 * 3600_000); // the clock jumps ten days back
  assert.match(messageOf(await dispatch(b, 'teacher:unlock', { pin: long })), /Wait (\d+) seconds/);
  const waited = Number(/Wait (\d+) seconds/.exec(messageOf(await dispatch(b, 'teacher:unlock', { pin: long })))![1]);
  assert.ok(waited * 1000 <= MAX_DELAY_MS);
  c.advance(MAX_DELAY_MS + 1);
  assert.ok((await dispatch(b, 'teacher:unlock', { pin: long })).ok);
  b.close();
});

test('the PIN is chosen in the app only before any student profile exists; then on the command line', async () => {
  const file = path.join(tempDir(), 'first-run.sqlite');
  const b = openBackend({ dbPath: file, host: 'web' });
  await dispatch(b, 'profiles:create', { name: 'A student' });
  const status = await dispatch<TeacherStatus>(b, 'teacher:status');
  assert.deepEqual(status.ok && status.value, { pinSet: false, unlocked: false, setupHere: false });
  const refused = await dispatch(b, 'teacher:set-pin', { pin: '1234' });
  assert.equal(refused.ok ? '' : refused.error.code, 'forbidden');
  assert.match(messageOf(refused), /chosen on its command line: run `npx sourcewise teacher set-pin`/);
  b.close();

  const typed = ['48151623', '48151623'];
  const c = captureIo();
  const io = { ...c.io, readSecret: async () => typed.shift() ?? '' };
  assert.equal(await teacherCommand(['set-pin', '--db', file], io, false), 0);
  const code = /Recovery code: ([A-Z0-9-]+)/.exec(c.out.join(''))![1]!;
  assert.match(c.out.join(''), /shown only this once/);

  const again = openBackend({ dbPath: file, host: 'web' });
  assert.ok((await dispatch(again, 'teacher:unlock', { pin: '48151623' })).ok);
  again.close();

  // Setting it again from the command line over an existing PIN is refused.
  const twice = captureIo();
  const io2 = { ...twice.io, readSecret: async () => '11112222' };
  assert.equal(await teacherCommand(['set-pin', '--db', file], io2, false), 1);
  assert.match(twice.err.join(''), /already set/);

  // Resetting needs the recovery code (any case, dashes optional); a wrong one changes nothing.
  const none = captureIo();
  assert.equal(await teacherCommand(['reset-pin', '--db', file], none.io, false), 1);
  assert.match(none.err.join(''), /Give the recovery code/);
  const wrong = captureIo();
  assert.equal(await teacherCommand(['reset-pin', '--code', 'AAAAA-BBBBB-CCCCC', '--db', file], wrong.io, false), 1);
  assert.match(wrong.err.join(''), /not right; the PIN was not reset/);
  const right = captureIo();
  assert.equal(
    await teacherCommand(['reset-pin', '--code', code.toLowerCase().replace(/-/g, ''), '--db', file], right.io, false),
    0,
  );
  assert.match(right.out.join(''), /The teacher PIN was reset/);
  // The administrator needs no code.
  const chosen = openBackend({ dbPath: file, host: 'web' });
  chosen.close();
  const typed2 = ['2468', '2468'];
  assert.equal(
    await teacherCommand(['set-pin', '--db', file], { ...captureIo().io, readSecret: async () => typed2.shift() ?? '' }, false),
    0,
  );
  const admin = captureIo();
  assert.equal(await teacherCommand(['reset-pin', '--db', file], admin.io, true), 0);
});

test('changing the PIN in the app gives a new recovery code and needs the current PIN', async () => {
  const b = openBackend({ dbPath: path.join(tempDir(), 'change.sqlite'), host: 'web' });
  const first = await dispatch<PinChosen>(b, 'teacher:set-pin', { pin: '2468' });
  const second = await dispatch<PinChosen>(b, 'teacher:set-pin', { pin: '13572468', currentPin: '2468' });
  assert.ok(first.ok && second.ok);
  assert.notEqual(first.value.recoveryCode, second.value.recoveryCode);
  b.close();
});

test('`sourcewise teacher set-pin` reads the PIN twice from piped standard input', async () => {
  const { spawnSync } = await import('node:child_process');
  const cli = path.resolve(import.meta.dirname, '../../../electron/cli/sourcewise.mjs');
  const file = path.join(tempDir(), 'piped.sqlite');
  const r = spawnSync(process.execPath, [cli, 'teacher', 'set-pin', '--db', file], {
    input: '97531864\n97531864\n',
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Recovery code: [A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}/);
  assert.doesNotMatch(r.stdout + r.stderr, /97531864/, 'the PIN is never printed');
  const b = openBackend({ dbPath: file, host: 'web' });
  assert.ok((await dispatch(b, 'teacher:unlock', { pin: '97531864' })).ok);
  b.close();
});
