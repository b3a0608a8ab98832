/** The teacher area's lock, through the real handlers and a real database file. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openBackend, type Backend } from '../../electron/core/backend.js';
import { IDLE_MS } from '../../electron/core/teacher/teacher-service.js';
import { lessonSchema } from '../../electron/core/lesson/lesson-schema.js';
import type { ArticleSuggestions, Envelope, LessonDraft, TeacherStatus } from '../../electron/shared/contract.js';
import { SEED_PAGE_FILE, tempDir } from '../helpers/temp-dir.js';

async function call<T>(b: Backend, channel: string, input: unknown): Promise<T> {
  const env = (await b.dispatch(channel, input)) as Envelope<T>;
  if (!env.ok) throw new Error(`${channel}: ${env.error.code}: ${env.error.message}`);
  return env.value;
}
async function fails(b: Backend, channel: string, input: unknown) {
  const env = await b.dispatch(channel, input);
  assert.equal(env.ok, false, `${channel} should fail`);
  return (env as { ok: false; error: { code: string; message: string } }).error;
}

function clock() {
  let t = Date.parse('2026-11-25T09:00:00Z');
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

const seedPage = fs.readFileSync(SEED_PAGE_FILE, 'utf8');
const paste = { kind: 'paste', text: seedPage, format: 'text' } as const;

test('first use sets the PIN (stored hashed); a locked area refuses the teacher calls', async () => {
  const file = path.join(tempDir(), 't.sqlite');
  const b = openBackend({ dbPath: file, host: 'web' });
  assert.deepEqual(await call<TeacherStatus>(b, 'teacher:status', {}), { pinSet: false, unlocked: false, setupHere: true });
  assert.equal((await fails(b, 'teacher:suggest-labels', { source: paste })).code, 'forbidden');
  assert.equal((await fails(b, 'teacher:set-pin', { pin: '12' })).message, 'pin: A PIN is 4 to 20 digits.');
  assert.equal((await fails(b, 'teacher:set-pin', { pin: 'abcd' })).code, 'invalid_input');
  const chosen = await call<TeacherStatus & { recoveryCode: string }>(b, 'teacher:set-pin', { pin: '2468' });
  assert.deepEqual(
    { ...chosen, recoveryCode: undefined },
    { pinSet: true, unlocked: true, setupHere: false, recoveryCode: undefined },
  );
  assert.match(chosen.recoveryCode, /^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  const raw = new BetterSqlite3(file, { readonly: true });
  const stored = (raw.prepare("SELECT value FROM settings WHERE key = 'teacher.pinHash'").get() as { value: string }).value;
  raw.close();
  assert.match(stored, /^scrypt\$16384\$8\$1\$/);
  assert.equal(stored.includes('2468'), false);
  // Setting it again needs the current PIN.
  assert.equal((await fails(b, 'teacher:set-pin', { pin: '1357' })).code, 'forbidden');
  assert.equal((await fails(b, 'teacher:set-pin', { pin: '1357', currentPin: '0000' })).message, 'That PIN is not right.');
  await call(b, 'teacher:set-pin', { pin: '1357', currentPin: '2468' });
  await call(b, 'teacher:lock', {});
  assert.equal((await fails(b, 'teacher:draft-lesson', { source: paste, title: 'x' })).code, 'forbidden');
  assert.equal((await call<TeacherStatus>(b, 'teacher:unlock', { pin: '1357' })).unlocked, true);
  b.close();
});

test('wrong PINs impose a growing pause; the right PIN after the pause works; the unlock lapses after the idle time', async () => {
  const c = clock();
  const b = openBackend({ dbPath: path.join(tempDir(), 'lock.sqlite'), host: 'web', now: c.now });
  await call(b, 'teacher:set-pin', { pin: '864200' });
  await call(b, 'teacher:lock', {});
  for (let i = 0; i < 3; i++)
    assert.equal((await fails(b, 'teacher:unlock', { pin: '000000' })).message, 'That PIN is not right.');
  assert.match(
    (await fails(b, 'teacher:unlock', { pin: '000000' })).message,
    /That PIN is not right. Too many wrong PINs. Wait 2 seconds/,
  );
  // Even the right PIN waits out the pause.
  assert.match((await fails(b, 'teacher:unlock', { pin: '864200' })).message, /Wait 2 seconds/);
  c.advance(2001);
  assert.equal((await call<TeacherStatus>(b, 'teacher:unlock', { pin: '864200' })).unlocked, true);
  c.advance(IDLE_MS - 1000);
  await call(b, 'teacher:suggest-labels', {
    source: { kind: 'paste', text: 'Officials said the bridge would reopen on Monday.', format: 'text' },
  });
  c.advance(IDLE_MS - 1000); // each teacher call extends the unlock
  assert.equal((await call<TeacherStatus>(b, 'teacher:status', {})).unlocked, true);
  c.advance(2000);
  assert.equal((await call<TeacherStatus>(b, 'teacher:status', {})).unlocked, false);
  b.close();
});

test('suggestions for the seed page find both intruders; a lesson draft is a valid lesson file', async () => {
  const b = openBackend({ dbPath: path.join(tempDir(), 's.sqlite'), host: 'web' });
  await call(b, 'teacher:set-pin', { pin: '2468' });
  const s = await call<ArticleSuggestions>(b, 'teacher:suggest-labels', { source: paste });
  assert.equal(s.passages.length, 32);
  assert.equal(s.notFromOutlet, 5);
  const comment = s.passages.find((p) => p.text.startsWith('The US just keeps buying'))!;
  assert.deepEqual([comment.label, comment.subtype, comment.fromOutlet], ['commentary', 'reader_comment', false]);
  assert.ok(comment.explanation.length > 10);
  const draft = await call<LessonDraft>(b, 'teacher:draft-lesson', {
    source: { kind: 'file', name: 'doha.txt', base64: Buffer.from(seedPage).toString('base64') },
    title: 'Doha talks: a draft',
  });
  assert.equal(draft.fileName, 'doha-talks-a-draft.json');
  const lesson = lessonSchema.parse(JSON.parse(draft.json));
  assert.equal(lesson.passages.length, 32);
  assert.match(lesson.source.note, /Drafted by the Sourcewise analyzer from the file “doha\.txt”/);
  b.close();
});

test('bad article files are named and refused: binary, invalid UTF-8, UTF-16, too large, empty', async () => {
  const b = openBackend({ dbPath: path.join(tempDir(), 'bad.sqlite'), host: 'web' });
  await call(b, 'teacher:set-pin', { pin: '2468' });
  const file = (name: string, bytes: Buffer) => ({ source: { kind: 'file', name, base64: bytes.toString('base64') } });
  const cases: Array<[string, Buffer, RegExp]> = [
    [
      'photo.html',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      /photo\.html is not a text, Markdown or HTML file: binary data/,
    ],
    ['latin1.txt', Buffer.from('caf\xe9 cr\xe8me', 'latin1'), /latin1\.txt is not valid UTF-8 \(invalid byte 0xe9 at offset 3\)/],
    ['utf16.txt', Buffer.from('\ufeffhello', 'utf16le'), /utf16\.txt is UTF-16 text/],
    ['huge.txt', Buffer.alloc(4 * 1024 * 1024 + 1, 0x61), /huge\.txt is too large \(4\.0 MB\)/],
  ];
  for (const [name, bytes, message] of cases) {
    const err = await fails(b, 'teacher:suggest-labels', file(name, bytes));
    assert.equal(err.code, 'bad_file', name);
    assert.match(err.message, message);
  }
  assert.equal(
    (await fails(b, 'teacher:suggest-labels', { source: { kind: 'paste', text: '   ', format: 'text' } })).message,
    'Paste an article first.',
  );
  assert.equal(
    (await fails(b, 'teacher:suggest-labels', { source: { kind: 'file', name: 'x', base64: 'not base64!' } })).code,
    'invalid_input',
  );
  assert.equal(
    (await fails(b, 'teacher:draft-lesson', { source: paste, title: '  ' })).message,
    'title: Give the lesson a title.',
  );
  // Broken HTML still yields its text, scripts never do.
  const html = await call<ArticleSuggestions>(b, 'teacher:suggest-labels', {
    source: {
      kind: 'paste',
      format: 'html',
      text: '<p>The council voted 7-2 on Tuesday to close the pool.<script>alert(1)</script><p>“It is a disgrace,” a resident said.<div><b>unclosed',
    },
  });
  assert.ok(html.passages.length >= 2);
  assert.equal(
    html.passages.some((p) => p.text.includes('alert')),
    false,
  );
  b.close();
});
