/**
 * The teacher workspace through the real handlers and a real database file: importing the ten saved
 * pages in ../shared/pages (read in place), refusing bad files, search, keying edit by edit, publishing
 * to students, versions and unpublishing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openBackend, type Backend } from '../../electron/core/backend.js';
import type {
  ArticleDetail,
  ArticleSearchHit,
  ArticleSummary,
  AttemptView,
  Envelope,
  ImportOutcome,
  ImportSummary,
  JobInfo,
  KeyingView,
  LessonImportResult,
  LibraryEntry,
  Profile,
  PublishCheck,
  PublishResult,
  TeacherLesson,
} from '../../electron/shared/contract.js';
import { LIBRARY_CALLS } from '../../electron/shared/contract.js';
import { SEED_LESSON_FILE, tempDir } from '../helpers/temp-dir.js';

const PAGES = path.resolve(import.meta.dirname, '../../../../shared/pages');
const pageNames = fs
  .readdirSync(PAGES)
  .filter((d) => fs.existsSync(path.join(PAGES, d, 'source.html')))
  .sort();
const pageFile = (name: string) => path.join(PAGES, name, 'source.html');
const upload = (name: string, bytes: Buffer) => ({ name, base64: bytes.toString('base64') });

async function call<T>(b: Backend, channel: string, input: unknown, session = 'local'): Promise<T> {
  const env = (await b.dispatch(channel, input, { session })) as Envelope<T>;
  if (!env.ok) throw new Error(`${channel}: ${env.error.code}: ${env.error.message}`);
  return env.value;
}
async function fails(b: Backend, channel: string, input: unknown, session = 'local') {
  const env = await b.dispatch(channel, input, { session });
  assert.equal(env.ok, false, `${channel} should fail`);
  return (env as { ok: false; error: { code: string; message: string } }).error;
}
async function job<T>(b: Backend, started: JobInfo): Promise<T> {
  for (;;) {
    const info = await call<JobInfo>(b, 'jobs:status', { jobId: started.id });
    if (info.state !== 'running') {
      assert.equal(info.state, 'done', JSON.stringify(info.error));
      return info.result as T;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function teacherBackend(file: string): Promise<Backend> {
  const b = openBackend({ dbPath: file, host: 'web' });
  const status = await call<{ pinSet: boolean }>(b, 'teacher:status', {});
  if (status.pinSet) await call(b, 'teacher:unlock', { pin: '2468' });
  else await call(b, 'teacher:set-pin', { pin: '2468' });
  return b;
}

async function importPages(b: Backend, names: readonly string[]): Promise<ImportSummary> {
  const files = names.map((n) => upload(`${n}.html`, fs.readFileSync(pageFile(n))));
  return job<ImportSummary>(b, await call<JobInfo>(b, 'articles:import-files', { files }));
}

test('every workspace call is teacher-only and refused while locked', async () => {
  const b = await teacherBackend(path.join(tempDir(), 'lock.sqlite'));
  for (const decl of Object.values(LIBRARY_CALLS)) {
    assert.equal(decl.access, 'teacher', decl.channel);
    assert.equal((await fails(b, decl.channel, {}, 'another-window')).code, 'forbidden', decl.channel);
  }
  b.close();
});

test('the ten saved pages import with their metadata; again they are duplicates; search highlights matches', async () => {
  const b = await teacherBackend(path.join(tempDir(), 'lib.sqlite'));
  const first = await importPages(b, pageNames);
  // the two Lifehacker pages hold the same article, one with its comment thread loaded: two articles
  assert.equal(first.imported, 10, JSON.stringify(first.outcomes));
  const articles = await call<ArticleSummary[]>(b, 'articles:list', {});
  assert.equal(articles.length, 10);
  for (const name of pageNames) {
    const meta = JSON.parse(fs.readFileSync(path.join(PAGES, name, 'metadata.json'), 'utf8')) as {
      title: string;
      byline: string | null;
    };
    const a = articles.find((x) => x.sourceName === `${name}.html`)!;
    assert.equal(a.title, meta.title.replace(/\s+/g, ' ').trim(), name);
    assert.equal(a.byline, meta.byline?.replace(/\s+/g, ' ').trim() ?? null, name);
    assert.equal(a.reader, 'readability');
    assert.equal(a.format, 'html');
    assert.ok(a.passages > 0 && a.keyed === 0, `${name}: keyed-ready, none keyed yet`);
    assert.ok(a.otherBlocks > 0);
  }
  // the same pages again (under other names): detected by content, not stored twice
  const again = await importPages(b, pageNames.slice(0, 3));
  assert.deepEqual([again.imported, again.duplicates], [0, 3]);
  assert.equal(
    (again.outcomes[0] as Extract<ImportOutcome, { status: 'duplicate' }>).articleId,
    articles.find((a) => a.sourceName === `${pageNames[0]}.html`)!.id,
  );
  assert.equal((await call<ArticleSummary[]>(b, 'articles:list', {})).length, 10);

  const hits = await call<ArticleSearchHit[]>(b, 'articles:search', { query: 'terrarium' });
  assert.equal(hits[0]?.article.sourceName, 'ehow-1.html');
  const marked = [...hits[0]!.title, ...hits[0]!.snippet].filter((r) => r.match).map((r) => r.text.toLowerCase());
  assert.ok(marked.length > 0 && marked.every((t) => t.startsWith('terrarium')), JSON.stringify(marked));
  // prefix match, several words (all must occur), and FTS syntax typed by a person is just text
  assert.ok(
    (await call<ArticleSearchHit[]>(b, 'articles:search', { query: 'peanut allerg' })).some(
      (h) => h.article.sourceName === 'webmd-1.html',
    ),
  );
  assert.deepEqual(await call<ArticleSearchHit[]>(b, 'articles:search', { query: 'terrarium peanut' }), []);
  assert.ok(Array.isArray(await call(b, 'articles:search', { query: '"AND( OR* NEAR(x' })));
  assert.equal((await fails(b, 'articles:search', { query: '  ' })).code, 'invalid_input');

  const detail = await call<ArticleDetail>(b, 'articles:get', { articleId: hits[0]!.article.id });
  assert.ok(detail.blocks.some((bl) => bl.part === 'article' && bl.included));
  assert.ok(detail.blocks.some((bl) => bl.part !== 'article' && !bl.included));
  assert.equal((await fails(b, 'articles:get', { articleId: 999 })).code, 'not_found');
  b.close();
});

test('bad files are refused with the file and the problem named, and nothing of them is stored', async () => {
  const file = path.join(tempDir(), 'bad.sqlite');
  const b = await teacherBackend(file);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const files = [
    upload('photo.html', png),
    upload('latin1.txt', Buffer.from('Caf\xe9 talks resumed on Monday.', 'latin1')),
    upload('huge.html', Buffer.alloc(8 * 1024 * 1024 + 1, 0x61)),
    upload('scripts-only.html', Buffer.from('<html><body><script>var x = "Some words";</script><p> </p></body></html>')),
    upload('report.pdf', Buffer.from('%PDF-1.4 hello')),
    upload('good.txt', Buffer.from('Council approves plan\n\nThe council approved the harbour plan on Monday.')),
  ];
  const summary = await job<ImportSummary>(b, await call<JobInfo>(b, 'articles:import-files', { files }));
  assert.deepEqual([summary.imported, summary.refused], [1, 5]);
  const reason = (name: string) => (summary.outcomes.find((o) => o.name === name) as { reason?: string }).reason ?? '';
  assert.match(reason('photo.html'), /photo\.html .*binary data/);
  assert.match(reason('latin1.txt'), /latin1\.txt is not valid UTF-8 \(invalid byte 0xe9 at offset 3\)/);
  assert.match(reason('huge.html'), /huge\.html is too large \(8\.0 MB\)/);
  assert.match(reason('scripts-only.html'), /scripts-only\.html: no readable text/);
  assert.match(reason('report.pdf'), /report\.pdf: not an article file \(\.pdf\)/);
  // pasted text: refused at once with the problem named
  assert.equal((await fails(b, 'articles:import-text', { text: '   ', format: 'text' })).message, 'Paste an article first.');
  assert.match((await fails(b, 'articles:import-text', { text: '<p>   </p>', format: 'html' })).message, /no readable text/);
  b.close();
  const raw = new BetterSqlite3(file, { readonly: true });
  assert.equal(raw.prepare('SELECT count(*) FROM articles').pluck().get(), 1);
  assert.equal(raw.prepare('SELECT count(DISTINCT article_id) FROM article_blocks').pluck().get(), 1);
  raw.close();
});

test('a file that fails while it is stored leaves no partial article; the rest of the import goes on', async () => {
  const file = path.join(tempDir(), 'atomic.sqlite');
  const b = await teacherBackend(file);
  // make storing the passages of one page fail, after its article row and blocks were written
  const raw = new BetterSqlite3(file);
  raw.exec(`CREATE TRIGGER fail_one BEFORE INSERT ON key_passages WHEN new.text LIKE '%Dropbox%'
            BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;`);
  raw.close();
  const summary = await importPages(b, ['dropbox-blog', 'ehow-1']);
  assert.deepEqual(
    summary.outcomes.map((o) => o.status),
    ['refused', 'imported'],
  );
  assert.match(
    (summary.outcomes[0] as { reason: string }).reason,
    /dropbox-blog\.html: could not be stored; nothing of it was kept/,
  );
  assert.ok(!(summary.outcomes[0] as { reason: string }).reason.includes('disk trouble'), 'no database text');
  b.close();
  const check = new BetterSqlite3(file, { readonly: true });
  assert.equal(check.prepare('SELECT count(*) FROM articles').pluck().get(), 1);
  assert.equal(check.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'dropbox'").pluck().get(), 0);
  assert.equal(
    check.prepare('SELECT count(*) FROM article_blocks WHERE article_id NOT IN (SELECT id FROM articles)').pluck().get(),
    0,
  );
  check.close();
});

test('a folder imports as a job with progress; unknown folders are refused', async () => {
  const b = await teacherBackend(path.join(tempDir(), 'folder.sqlite'));
  const summary = await job<ImportSummary>(b, await call<JobInfo>(b, 'articles:import-folder', { path: PAGES }));
  // ten pages, plus each page's metadata.json and the folder's README.md (an .md article)
  assert.equal(summary.imported, 11, JSON.stringify(summary.outcomes.filter((o) => o.status !== 'imported')));
  assert.equal(summary.refused, 10);
  assert.ok(
    summary.outcomes
      .filter((o) => o.status === 'refused')
      .every((o) => /metadata\.json: not an article file \(\.json\)/.test((o as { reason: string }).reason)),
  );
  assert.equal((await fails(b, 'articles:import-folder', { path: path.join(PAGES, 'nope') })).code, 'not_found');
  b.close();
});

test('keying: proposals, edits saved one by one (kept across a restart), a reader comment pulled in, validation per passage', async () => {
  const file = path.join(tempDir(), 'key.sqlite');
  let b = await teacherBackend(file);
  const [outcome] = (await importPages(b, ['lifehacker-post-comment-load'])).outcomes;
  const articleId = (outcome as { articleId: number }).articleId;
  let v = await call<KeyingView>(b, 'keying:open', { articleId });
  const total = v.passages.length;
  assert.ok(total > 30, `${total} passages`);
  assert.equal(v.progress.line, `0 of ${total} keyed`);
  assert.equal(v.publishable, false);
  assert.ok(v.passages.every((p) => p.problems.includes('Not keyed yet: accept the suggestion or choose a label.')));
  assert.equal(v.passages[0]!.key.role, 'headline');
  assert.ok(
    v.passages.every((p) => p.part === 'article'),
    'by default a lesson holds the article',
  );
  const byConfidence = (await call<KeyingView>(b, 'keying:open', { articleId, order: 'confidence' })).passages.map(
    (p) => p.proposal.confidence,
  );
  assert.deepEqual(
    byConfidence,
    [...byConfidence].sort((x, y) => x - y),
  );

  // accept, override, explain, also-acceptable, cues
  const [p0, p1, p2] = v.passages;
  v = await call<KeyingView>(b, 'keying:edit', { articleId, edit: { op: 'accept', passageId: p0!.id } });
  v = await call<KeyingView>(b, 'keying:edit', { articleId, edit: { op: 'setLabel', passageId: p1!.id, label: 'commentary' } });
  assert.equal(
    v.passages[1]!.key.subtype,
    v.passages[1]!.proposal.label === 'commentary' ? v.passages[1]!.proposal.subtype : 'analysis',
  );
  v = await call<KeyingView>(b, 'keying:edit', { articleId, edit: { op: 'setSubtype', passageId: p1!.id, subtype: 'opinion' } });
  v = await call<KeyingView>(b, 'keying:edit', {
    articleId,
    edit: { op: 'setExplanation', passageId: p1!.id, explanation: '“you don’t really need” is the writer’s judgement.' },
  });
  v = await call<KeyingView>(b, 'keying:edit', {
    articleId,
    edit: { op: 'setAccept', passageId: p1!.id, accept: ['reported', 'commentary'] },
  });
  assert.deepEqual(v.passages[1]!.key.accept, ['reported']);
  v = await call<KeyingView>(b, 'keying:edit', {
    articleId,
    edit: { op: 'setCues', passageId: p1!.id, cues: [{ start: 0, end: 6, kind: 'first_second_person' }] },
  });
  const tooFar = await fails(b, 'keying:edit', {
    articleId,
    edit: { op: 'setCues', passageId: p1!.id, cues: [{ start: 0, end: p1!.text.length + 1, kind: 'evaluative' }] },
  });
  assert.match(tooFar.message, /cues\[0\]: .*goes past the passage's end/);
  assert.equal(
    (await fails(b, 'keying:edit', { articleId, edit: { op: 'setSubtype', passageId: 424242, subtype: 'event' } })).code,
    'not_found',
  );
  assert.equal(v.progress.line, `2 of ${total} keyed`);

  // split, merge back, drop and restore
  const cut = p2!.text.indexOf(' ', 20);
  v = await call<KeyingView>(b, 'keying:edit', { articleId, edit: { op: 'split', passageId: p2!.id, at: cut } });
  assert.equal(v.passages.length, total + 1);
  assert.equal(v.passages[2]!.text + ' ' + v.passages[3]!.text, p2!.text);
  v = await call<KeyingView>(b, 'keying:edit', { articleId, edit: { op: 'mergeNext', passageId: p2!.id } });
  assert.equal(v.passages[2]!.text, p2!.text);
  assert.equal(v.passages.length, total);
  v = await call<KeyingView>(b, 'keying:edit', { articleId, edit: { op: 'drop', passageId: p2!.id } });
  assert.deepEqual([v.passages.length, v.dropped.map((d) => [d.id, d.index])], [total - 1, [[p2!.id, 2]]]);
  v = await call<KeyingView>(b, 'keying:edit', { articleId, edit: { op: 'restore', passageId: p2!.id } });
  assert.equal(v.passages[2]!.id, p2!.id);

  // pull one reader comment into the lesson: its passages arrive where the page has it, marked as a comment
  const comment = v.otherBlocks.find((o) => o.part === 'comment' && o.text.startsWith('This is one of my hardest habits'))!;
  v = await call<KeyingView>(b, 'keying:edit', {
    articleId,
    edit: { op: 'includeBlock', blockPosition: comment.position, included: true },
  });
  const pulled = v.passages.filter((p) => p.blockPosition === comment.position);
  assert.ok(pulled.length >= 1);
  assert.ok(pulled.every((p) => p.part === 'comment' && p.index > v.passages.findLast((x) => x.part === 'article')!.index));
  assert.ok(
    pulled.some((p) => !p.proposal.fromOutlet),
    'the analyzer sees the markup says comment',
  );
  assert.equal(v.otherBlocks.find((o) => o.position === comment.position)!.included, true);

  // everything so far survives closing the app
  b.close();
  b = await teacherBackend(file);
  const after = await call<KeyingView>(b, 'keying:open', { articleId });
  assert.deepEqual(after.passages, v.passages);
  assert.equal(after.passages[1]!.key.explanation, '“you don’t really need” is the writer’s judgement.');

  // publishing is refused while passages are not keyed, naming the passage
  const check = await call<PublishCheck>(b, 'lessons:check-publish', {
    articleId,
    title: 'Buying less',
    description: 'Find the reader comment.',
  });
  assert.ok(check.problems.some((p) => p.index === 2 && /Not keyed yet/.test(p.message)));
  assert.match(check.descriptionWarnings[0]!, /names “reader comment”/);
  assert.match(
    (await fails(b, 'lessons:publish', { articleId, title: 'Buying less', description: 'How shops get us to buy.' })).message,
    /cannot be published yet — passage 3: Not keyed yet/,
  );
  b.close();
});

test('publish → students see it with its credit; a changed key is a new version, attempts keep theirs; unpublish hides it', async () => {
  const b = await teacherBackend(path.join(tempDir(), 'pub.sqlite'));
  const { articleId } = (await importPages(b, ['medium-1'])).outcomes[0] as { articleId: number };
  const details = { articleId, title: 'Student journalism', description: 'A blog post about a student newspaper project.' };
  // a description that gives the answers away needs confirming
  assert.match(
    (
      await fails(b, 'lessons:publish', {
        ...details,
        description: 'Spot the intruder: one passage is commentary.',
        fillFromAnalyzer: true,
      })
    ).message,
    /names “commentary”, “intruder”.*confirm/,
  );
  const first = await call<PublishResult>(b, 'lessons:publish', { ...details, fillFromAnalyzer: true });
  assert.equal(first.outcome, 'new');
  assert.equal(first.lesson.version, 1);
  assert.deepEqual(first.lesson.source, {
    site: 'Medium',
    url: 'https://medium.com/@pippinlee/the-open-journalism-project-better-student-journalism-fb39f4f701bb',
    published: '2015-03-17T16:27:40.294Z',
    credit: 'Medium — Pippin Lee',
  });
  const lessonId = first.lesson.lessonId;
  assert.equal(lessonId, 'student-journalism');

  const ada = await call<Profile>(b, 'profiles:create', { name: 'Ada' });
  const entry = (await call<LibraryEntry[]>(b, 'library:list', { profileId: ada.id })).find((e) => e.lessonId === lessonId)!;
  assert.equal(entry.description, details.description);
  assert.equal(entry.source.credit, 'Medium — Pippin Lee');
  const attempt = await call<AttemptView>(b, 'attempt:open', { profileId: ada.id, lessonId });
  assert.equal(attempt.lesson.version, 1);
  assert.equal(attempt.lesson.passages[0]!.display, 'heading');

  // publishing again with nothing changed is not a new version
  assert.equal((await call<PublishResult>(b, 'lessons:publish', details)).outcome, 'unchanged');
  // an edit of the key: the article says it changed; publishing makes version 2
  const v = await call<KeyingView>(b, 'keying:open', { articleId });
  const target = v.passages[3]!;
  const other = target.key.label === 'quoted' ? 'reported' : 'quoted';
  await call(b, 'keying:edit', { articleId, edit: { op: 'setLabel', passageId: target.id, label: other } });
  assert.equal((await call<ArticleSummary[]>(b, 'articles:list', {}))[0]!.lesson?.changedSincePublish, true);
  const second = await call<PublishResult>(b, 'lessons:publish', details);
  assert.deepEqual([second.outcome, second.lesson.version], ['version', 2]);
  assert.deepEqual(
    second.lesson.versions.map((x) => x.version),
    [1, 2],
  );
  assert.equal((await call<ArticleSummary[]>(b, 'articles:list', {}))[0]!.lesson?.changedSincePublish, false);
  // Ada's attempt stays on version 1; a new student starts on version 2
  assert.equal((await call<AttemptView>(b, 'attempt:open', { profileId: ada.id, lessonId })).lesson.version, 1);
  const bo = await call<Profile>(b, 'profiles:create', { name: 'Bo' });
  assert.equal((await call<AttemptView>(b, 'attempt:open', { profileId: bo.id, lessonId })).lesson.version, 2);

  // unpublish: gone from the students' library, attempts kept; republish brings it back
  const hidden = await call<TeacherLesson>(b, 'lessons:unpublish', { lessonId });
  assert.deepEqual([hidden.state, hidden.attempts], ['unpublished', 2]);
  assert.equal(
    (await call<LibraryEntry[]>(b, 'library:list', { profileId: ada.id })).some((e) => e.lessonId === lessonId),
    false,
  );
  assert.ok(
    (await call<TeacherLesson[]>(b, 'lessons:list-teacher', {})).some(
      (l) => l.lessonId === lessonId && l.state === 'unpublished',
    ),
  );
  assert.equal((await call<TeacherLesson>(b, 'lessons:republish', { lessonId })).state, 'published');
  assert.equal(
    (await call<LibraryEntry[]>(b, 'library:list', { profileId: ada.id })).find((e) => e.lessonId === lessonId)?.current
      ?.attemptId,
    attempt.attemptId,
  );
  // deleting the article keeps the lesson students have (and its attempts)
  await call(b, 'articles:delete', { articleId });
  const kept = (await call<TeacherLesson[]>(b, 'lessons:list-teacher', {})).find((l) => l.lessonId === lessonId)!;
  assert.deepEqual([kept.state, kept.articleId, kept.attempts, kept.origin], ['published', null, 2, 'workspace']);
  assert.equal((await fails(b, 'keying:open', { articleId })).code, 'not_found');
  b.close();
});

test('a lesson file imports from the app; an invalid one is refused with the field named', async () => {
  const b = await teacherBackend(path.join(tempDir(), 'lf.sqlite'));
  const seed = JSON.parse(fs.readFileSync(SEED_LESSON_FILE, 'utf8')) as {
    id: string;
    version: number;
    passages: Array<{ label: string }>;
  };
  const mine = { ...seed, id: 'my-copy' };
  const bytes = (o: unknown) => Buffer.from(JSON.stringify(o));
  const added = await call<LessonImportResult>(b, 'lessons:import-file', { file: upload('my-copy.json', bytes(mine)) });
  assert.deepEqual([added.outcome, added.lesson.origin, added.lesson.state], ['new', 'imported', 'published']);
  assert.equal(
    (await call<LessonImportResult>(b, 'lessons:import-file', { file: upload('my-copy.json', bytes(mine)) })).outcome,
    'unchanged',
  );
  const typo = {
    ...mine,
    version: seed.version + 1,
    passages: mine.passages.map((p, i) => (i === 4 ? { ...p, label: 'quote' } : p)),
  };
  const err = await fails(b, 'lessons:import-file', { file: upload('typo.json', bytes(typo)) });
  assert.equal(err.code, 'bad_file');
  assert.match(err.message, /^typo\.json: invalid lesson — passages\[4\]\.label: /);
  const changed = {
    ...mine,
    passages: mine.passages.map((p, i) => (i === 0 ? { ...p, explanation: 'A different explanation of the headline.' } : p)),
  };
  assert.match(
    (await fails(b, 'lessons:import-file', { file: upload('changed.json', bytes(changed)) })).message,
    /raise "version"/,
  );
  assert.equal(
    (
      await call<LessonImportResult>(b, 'lessons:import-file', {
        file: upload('v2.json', bytes({ ...changed, version: seed.version + 1 })),
      })
    ).outcome,
    'version',
  );
  b.close();
});

test('a bulk import runs as a job: a student answering meanwhile is answered before it ends; cancelling keeps whole articles only', async () => {
  const file = path.join(tempDir(), 'job.sqlite');
  const b = await teacherBackend(file);
  const ada = await call<Profile>(b, 'profiles:create', { name: 'Ada' });
  const attempt = await call<AttemptView>(b, 'attempt:open', { profileId: ada.id, lessonId: 'doha-ceasefire-live' });
  const files = pageNames.map((n) => upload(`${n}.html`, fs.readFileSync(pageFile(n))));
  const started = await call<JobInfo>(b, 'articles:import-files', { files });
  assert.equal(started.state, 'running');
  await call(b, 'attempt:answer', { attemptId: attempt.attemptId, index: 0, choice: 'not_article' });
  const during = await call<JobInfo>(b, 'jobs:status', { jobId: started.id });
  assert.equal(during.state, 'running', 'the answer did not wait for the import');
  // progress, then cancel
  for (;;) {
    const info = await call<JobInfo>(b, 'jobs:status', { jobId: started.id });
    if (info.done >= 2) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const progress = await call<JobInfo>(b, 'jobs:status', { jobId: started.id });
  assert.equal(progress.total, 10);
  assert.match(progress.note, /^Reading \d+ of 10: .+\.html$/);
  await call(b, 'jobs:cancel', { jobId: started.id });
  let end: JobInfo;
  do {
    await new Promise((r) => setTimeout(r, 10));
    end = await call<JobInfo>(b, 'jobs:status', { jobId: started.id });
  } while (end.state === 'running');
  assert.equal(end.state, 'cancelled');
  const stored = await call<ArticleSummary[]>(b, 'articles:list', {});
  assert.ok(stored.length >= 2 && stored.length < 10, `${stored.length} articles`);
  // every stored article is whole: its blocks and passages are all there
  for (const a of stored) assert.ok(a.articleBlocks > 0 && a.passages > 0, a.title);
  // another window does not see this session's job
  assert.equal((await fails(b, 'jobs:status', { jobId: started.id }, 'another-window')).code, 'not_found');
  b.close();
});
