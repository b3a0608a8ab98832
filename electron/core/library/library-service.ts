/**
 * The teacher workspace behind the `articles:*`, `keying:*` and `lessons:*` calls: the article library,
 * the keying editor and publishing. The dispatch has already refused callers without the teacher PIN.
 *
 * Every user action is one transaction: an import stores a whole article (metadata, blocks, passages) or
 * nothing; each keying edit is saved on its own before the view is returned, so a crash loses nothing.
 * Reading a page (Readability, the analyzer) is a task (`runTask`), kept out of the transactions.
 */
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import {
  ArticlesRepository,
  MATCH_END,
  MATCH_START,
  type ArticleRow,
  type PassageRow,
} from '../../../db/repositories/articles.js';
import { LessonsRepository } from '../../../db/repositories/lessons.js';
import { PublishingRepository } from '../../../db/repositories/publishing.js';
import type {
  ArticleDetail,
  ArticleKind,
  ArticleSearchHit,
  ArticleSummary,
  HighlightedText,
  ImportOutcome,
  ImportSummary,
  JobInfo,
  KeyingEdit,
  KeyingOrder,
  KeyingPassage,
  KeyingView,
  LessonImportResult,
  PublishCheck,
  PublishDetails,
  PublishResult,
  TeacherLesson,
  UploadedFile,
} from '../../shared/contract.js';
import { AppError } from '../app-error.js';
import type { JobContext, JobRunner } from '../jobs/job-runner.js';
import { runTask } from '../jobs/run-task.js';
import type { LessonFile } from '../lesson/lesson-schema.js';
import { LessonFormatError, parseLesson } from '../lesson/parse-lesson.js';
import { slugify } from '../teacher/lesson-draft.js';
import { checkCues, initialKey, mergeKeys, passageProblems, setLabel, setRole, setSubtype, sliceKey } from './keying.js';
import { descriptionWarnings, lessonFromArticle } from './lesson-from-article.js';
import { MAX_ARTICLE_FILE_BYTES, proposeFor, type ArticleInput, type ReadArticle } from './read-article.js';

/** Reading one page may take at most this long (the task runner enforces it once it runs in a worker). */
export const READ_BUDGET_MS = 5000;
/** A folder import reads at most this many files (deeper folders and more files are refused up front). */
export const MAX_FOLDER_FILES = 5000;
const MAX_FOLDER_DEPTH = 8;

type Analyzer = typeof import('../analyzer/index.js');

export class LibraryService {
  private readonly articles: ArticlesRepository;
  private readonly lessons: LessonsRepository;
  private readonly publishing: PublishingRepository;
  private analyzer: Promise<Analyzer> | undefined;

  constructor(
    private readonly db: Database,
    private readonly jobs: JobRunner,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.articles = new ArticlesRepository(db);
    this.lessons = new LessonsRepository(db);
    this.publishing = new PublishingRepository(db);
  }

  // ── importing ──────────────────────────────────────────────────────────────────────────────────────

  async importText(text: string, format: ArticleKind, name: string | undefined): Promise<ImportOutcome> {
    if (text.trim() === '') throw new AppError('invalid_input', 'Paste an article first.');
    const outcome = await this.importOne({ kind: 'paste', name: name ?? null, text, format });
    if (outcome.status === 'refused') throw new AppError('bad_file', outcome.reason);
    return outcome;
  }

  importFiles(session: string, files: UploadedFile[]): JobInfo {
    return this.jobs.start('import-articles', session, (job) =>
      this.importAll(
        job,
        files.map((f) => ({ name: f.name, load: () => Buffer.from(f.base64, 'base64') })),
      ),
    );
  }

  importFolder(session: string, dir: string): JobInfo {
    const files = this.listFolder(dir);
    return this.jobs.start('import-articles', session, (job) =>
      this.importAll(
        job,
        files.map((file) => ({ name: path.relative(dir, file), load: () => this.readFileBounded(file) })),
      ),
    );
  }

  /** Files and folders given on the command line: the same import, waited for. */
  async importPaths(session: string, paths: readonly string[]): Promise<ImportSummary> {
    const items: Array<{ name: string; load: () => Uint8Array | string }> = [];
    for (const p of paths) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(p);
      } catch {
        items.push({ name: p, load: () => `${p}: no such file or folder` });
        continue;
      }
      if (stat.isDirectory()) for (const f of this.listFolder(p)) items.push({ name: f, load: () => this.readFileBounded(f) });
      else items.push({ name: p, load: () => this.readFileBounded(p) });
    }
    const info = this.jobs.start('import-articles', session, (job) => this.importAll(job, items));
    const done = await this.jobs.wait(info.id, session);
    if (done.state !== 'done') throw new AppError(done.error?.code ?? 'internal', done.error?.message ?? 'The import stopped.');
    return done.result as ImportSummary;
  }

  private async importAll(
    job: JobContext,
    items: ReadonlyArray<{ name: string; load: () => Uint8Array | string }>,
  ): Promise<ImportSummary> {
    const outcomes: ImportOutcome[] = [];
    for (let i = 0; i < items.length; i++) {
      if (job.signal.aborted) break;
      const item = items[i]!;
      job.progress(i, items.length, `Reading ${i + 1} of ${items.length}: ${path.basename(item.name)}`);
      let bytes: Uint8Array | string;
      try {
        bytes = item.load();
      } catch (err) {
        bytes = `${item.name}: could not be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
      }
      outcomes.push(
        typeof bytes === 'string'
          ? { status: 'refused', name: item.name, reason: bytes }
          : await this.importOne({ kind: 'file', name: item.name, bytes }, job.signal),
      );
    }
    job.progress(outcomes.length, items.length, `Read ${outcomes.length} of ${items.length}`);
    const count = (s: ImportOutcome['status']) => outcomes.filter((o) => o.status === s).length;
    return { imported: count('imported'), duplicates: count('duplicate'), refused: count('refused'), outcomes };
  }

  /** Reads one article (a task) and stores it in one transaction, or says why not. */
  private async importOne(input: ArticleInput, signal?: AbortSignal): Promise<ImportOutcome> {
    const name = input.name ?? 'pasted text';
    let read;
    try {
      read = await runTask('readArticle', input, { timeoutMs: READ_BUDGET_MS, ...(signal ? { signal } : {}) });
    } catch (err) {
      // one unreadable page refuses that page, not the rest of the import
      if (err instanceof AppError) return { status: 'refused', name, reason: `${name}: ${err.message}` };
      return { status: 'refused', name, reason: `${name}: the page could not be read (${(err as Error).message.slice(0, 200)})` };
    }
    if (!read.ok) return { status: 'refused', name, reason: read.reason };
    try {
      return this.store(read.article, input.kind === 'file' ? path.basename(input.name) : input.name, name);
    } catch {
      // the transaction rolled back: nothing of this article is stored (no database text for the screen)
      return { status: 'refused', name, reason: `${name}: could not be stored; nothing of it was kept. Try again.` };
    }
  }

  private store(a: ReadArticle, sourceName: string | null, name: string): ImportOutcome {
    const now = this.now();
    return this.db.transaction((): ImportOutcome => {
      const same = this.articles.findByHash(a.sha256);
      if (same) return { status: 'duplicate', name, articleId: same.id, title: same.title };
      const id = this.articles.insert(
        {
          ...a.meta,
          title: a.meta.title.slice(0, 300),
          sourceName,
          format: a.format,
          reader: a.reader,
          sha256: a.sha256,
          body: a.body,
          words: a.words,
          bytes: a.bytes,
        },
        now,
      );
      this.articles.insertBlocks(id, a.blocks);
      a.passages.forEach((p, position) =>
        this.articles.insertPassage(
          id,
          {
            position,
            blockPosition: p.blockPosition,
            text: p.text,
            proposal: p.proposal,
            key: initialKey(p.proposal),
            keyed: false,
          },
          now,
        ),
      );
      return { status: 'imported', name, articleId: id, title: a.meta.title, reader: a.reader };
    })();
  }

  private readFileBounded(file: string): Uint8Array | string {
    const size = fs.statSync(file).size;
    if (size > MAX_ARTICLE_FILE_BYTES)
      return `${file} is too large (${(size / 1024 / 1024).toFixed(1)} MB); the library accepts files up to ${MAX_ARTICLE_FILE_BYTES / 1024 / 1024} MB`;
    return fs.readFileSync(file);
  }

  /** Every file under a folder (sorted, hidden files left out), bounded in count and depth. */
  private listFolder(dir: string): string[] {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(dir);
    } catch {
      throw new AppError('not_found', `There is no folder ${dir}.`);
    }
    if (!stat.isDirectory()) throw new AppError('invalid_input', `${dir} is not a folder.`);
    const out: string[] = [];
    const walk = (d: string, depth: number) => {
      for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
        if (entry.name.startsWith('.')) continue;
        const full = path.join(d, entry.name);
        if (entry.isDirectory()) {
          if (depth < MAX_FOLDER_DEPTH) walk(full, depth + 1);
        } else if (entry.isFile()) {
          out.push(full);
          if (out.length > MAX_FOLDER_FILES)
            throw new AppError('invalid_input', `${dir} holds more than ${MAX_FOLDER_FILES} files: import it in parts.`);
        }
      }
    };
    walk(dir, 0);
    return out;
  }

  // ── the library ────────────────────────────────────────────────────────────────────────────────────

  listArticles(): ArticleSummary[] {
    const rows = this.articles.list();
    const counts = this.articles.counts();
    const refs = this.lessonRefs();
    return rows.map((r) => this.summary(r, counts.get(r.id), refs.get(r.id)));
  }

  getArticle(articleId: number): ArticleDetail {
    const row = this.requireArticle(articleId);
    return { article: this.summaryOf(row), blocks: this.articles.blocks(articleId) };
  }

  search(query: string, limit = 50): ArticleSearchHit[] {
    const words = query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    const hits = this.articles.search(words.slice(0, 12), limit);
    const ids = hits.map((h) => h.id);
    const counts = this.articles.counts(ids);
    const refs = this.lessonRefs();
    return hits.flatMap((h) => {
      const row = this.articles.get(h.id);
      if (!row) return [];
      return [
        {
          article: this.summary(row, counts.get(h.id), refs.get(h.id)),
          title: highlighted(h.title),
          snippet: highlighted(h.snippet),
        },
      ];
    });
  }

  deleteArticle(articleId: number): { articleId: number } {
    if (!this.articles.delete(articleId)) throw new AppError('not_found', `There is no article ${articleId}.`);
    return { articleId };
  }

  // ── keying ─────────────────────────────────────────────────────────────────────────────────────────

  async openKeying(articleId: number, order: KeyingOrder | undefined): Promise<KeyingView> {
    await this.loadAnalyzer(); // merges and splits re-read a passage with it
    return this.view(articleId, order);
  }

  async editKeying(articleId: number, edit: KeyingEdit, order: KeyingOrder | undefined): Promise<KeyingView> {
    const analyzer = await this.loadAnalyzer();
    this.requireArticle(articleId);
    const now = this.now();
    this.db.transaction(() => {
      this.applyEdit(articleId, edit, analyzer, now);
      this.articles.bumpRevision(articleId);
    })();
    return this.view(articleId, order);
  }

  private applyEdit(articleId: number, edit: KeyingEdit, analyzer: Analyzer, now: Date): void {
    // all rows, dropped ones too: they keep their place in page order so that `restore` puts them back there
    const passages = this.articles.passages(articleId);
    const save = (p: PassageRow) => this.articles.updatePassage(p.id, p, now);
    const renumber = (list: PassageRow[]) => list.forEach((p, position) => position !== p.position && save({ ...p, position }));
    if (edit.op === 'includeBlock') return this.includeBlock(articleId, edit.blockPosition, edit.included, passages, now);
    if (edit.op === 'acceptAll') {
      for (const p of passages)
        if (!p.keyed && !p.dropped && p.proposal.confidence >= edit.minConfidence) save({ ...p, keyed: true });
      return;
    }
    const at = passages.findIndex((p) => p.id === edit.passageId);
    if (at < 0) throw new AppError('not_found', `There is no passage ${edit.passageId} in this article.`);
    const p = passages[at]!;
    if (p.dropped && edit.op !== 'restore')
      throw new AppError('conflict', 'This passage was dropped from the lesson: restore it before editing it.');
    const reread = (text: string) => {
      const c = analyzer.classifyPassage(text);
      return {
        ...p.proposal,
        label: c.label,
        subtype: c.subtype,
        role: p.proposal.role === 'headline' ? 'headline' : c.role,
        confidence: c.confidence,
        fromOutlet: c.fromOutlet,
        cues: c.cues,
        explanation: c.explanation,
        ...(c.source ? { source: c.source } : {}),
        ...(c.cueVerb ? { cueVerb: c.cueVerb } : {}),
      } as PassageRow['proposal'];
    };
    switch (edit.op) {
      case 'accept':
        return save({ ...p, keyed: true });
      case 'setLabel':
        return save({ ...p, key: setLabel(p.key, edit.label, edit.subtype, p.proposal), keyed: true });
      case 'setSubtype':
        return save({ ...p, key: setSubtype(p.key, edit.subtype, p.proposal), keyed: true });
      case 'setExplanation':
        return save({ ...p, key: { ...p.key, explanation: edit.explanation }, keyed: true });
      case 'setAccept':
        return save({ ...p, key: { ...p.key, accept: [...new Set(edit.accept)].filter((l) => l !== p.key.label) }, keyed: true });
      case 'setCues':
        checkCues(edit.cues, p.text);
        return save({
          ...p,
          key: { ...p.key, cues: [...edit.cues].sort((a, b) => a.start - b.start || a.end - b.end) },
          keyed: true,
        });
      case 'setRole':
        return save({ ...p, key: setRole(p.key, edit.role, p.proposal), keyed: true });
      case 'setText': {
        // cues and attribution whose words are unchanged stay; the rest go
        const text = edit.text.replace(/\s+/g, ' ');
        const same = (r: { start: number; end: number }) =>
          r.end <= text.length && text.slice(r.start, r.end) === p.text.slice(r.start, r.end);
        const key = { ...p.key, cues: p.key.cues.filter(same) };
        if (key.attribution && (!same(key.attribution.source) || (key.attribution.verb && !same(key.attribution.verb))))
          delete key.attribution;
        return save({ ...p, text, key, proposal: reread(text) });
      }
      case 'mergeNext': {
        const next = passages.slice(at + 1).find((x) => !x.dropped);
        if (!next) throw new AppError('conflict', 'This is the last passage: there is nothing after it to merge with.');
        if (next.blockPosition !== p.blockPosition)
          throw new AppError(
            'conflict',
            'The next passage is in another paragraph: only passages of one paragraph can be merged.',
          );
        const text = `${p.text} ${next.text}`;
        save({ ...p, text, key: mergeKeys(p.key, next.key, p.text.length + 1), keyed: false, proposal: reread(text) });
        this.articles.deletePassage(next.id);
        return renumber(passages.filter((x) => x.id !== next.id));
      }
      case 'split': {
        const head = p.text.slice(0, edit.at);
        const tail = p.text.slice(edit.at);
        if (edit.at >= p.text.length || head.trim() === '' || tail.trim() === '')
          throw new AppError(
            'invalid_input',
            `at: split inside the text (between 1 and ${p.text.length - 1}), with words on both sides.`,
          );
        const lead = head.length - head.trimStart().length;
        const tailLead = tail.length - tail.trimStart().length;
        const first = {
          ...p,
          text: head.trim(),
          key: sliceKey(p.key, lead, lead + head.trim().length),
          keyed: false,
          proposal: reread(head.trim()),
        };
        const secondText = tail.trim();
        const secondKey = sliceKey(p.key, edit.at + tailLead, edit.at + tailLead + secondText.length);
        save(first);
        const second = {
          ...p,
          id: 0,
          text: secondText,
          key: { ...secondKey, role: secondKey.role === 'headline' ? 'body' : secondKey.role } as PassageRow['key'],
          keyed: false,
          proposal: reread(secondText),
        };
        const id = this.articles.insertPassage(articleId, { ...second, position: p.position + 1 }, now);
        const list = [...passages];
        list.splice(at + 1, 0, { ...second, id, position: -1 });
        return renumber(list);
      }
      case 'drop':
        return save({ ...p, dropped: true });
      case 'restore':
        return save({ ...p, dropped: false });
    }
  }

  private includeBlock(articleId: number, position: number, included: boolean, passages: PassageRow[], now: Date): void {
    const blocks = this.articles.blocks(articleId);
    const block = blocks.find((b) => b.position === position);
    if (!block) throw new AppError('not_found', `There is no block ${position} on this page.`);
    if (block.included === included) return;
    this.articles.setIncluded(articleId, position, included);
    const kept = included ? passages : passages.filter((p) => p.blockPosition !== position);
    for (const p of passages) if (!included && p.blockPosition === position) this.articles.deletePassage(p.id);
    let list = kept;
    if (included) {
      // read the block among the lesson's blocks, so that page-level signals (typography, neighbours) count
      const lessonBlocks = blocks.filter((b) => b.included || b.position === position);
      const added = proposeFor(
        lessonBlocks.map((b) => ({ text: b.text, heading: b.heading, part: b.part, position: b.position })),
      ).filter((p) => p.blockPosition === position);
      const insertAt = kept.findIndex((p) => p.blockPosition > position);
      const rows = added.map((a) => ({
        id: 0,
        position: -1,
        blockPosition: position,
        text: a.text,
        proposal: a.proposal,
        key: initialKey(a.proposal),
        keyed: false,
        dropped: false,
      }));
      for (const r of rows) r.id = this.articles.insertPassage(articleId, r, now);
      list = [...kept];
      list.splice(insertAt < 0 ? kept.length : insertAt, 0, ...rows);
    }
    list.forEach((p, i) => {
      if (p.position !== i) this.articles.updatePassage(p.id, { ...p, position: i }, now);
    });
  }

  private view(articleId: number, order: KeyingOrder | undefined): KeyingView {
    const row = this.requireArticle(articleId);
    const blocks = this.articles.blocks(articleId);
    const partOf = new Map(blocks.map((b) => [b.position, b.part]));
    let paragraph = -1;
    let last = -1;
    let next = 0;
    const passages: KeyingPassage[] = [];
    const dropped: KeyingPassage[] = [];
    for (const p of this.articles.passages(articleId)) {
      // a dropped passage shows the index and paragraph it would take back: where `restore` puts it
      const opens = p.blockPosition !== last;
      const row: KeyingPassage = {
        id: p.id,
        index: next,
        paragraph: opens ? paragraph + 1 : paragraph,
        blockPosition: p.blockPosition,
        part: partOf.get(p.blockPosition) ?? 'article',
        text: p.text,
        proposal: p.proposal,
        key: p.key,
        keyed: p.keyed,
        problems: p.dropped ? [] : passageProblems(p),
      };
      if (p.dropped) {
        dropped.push(row);
        continue;
      }
      if (opens) {
        paragraph++;
        last = p.blockPosition;
      }
      next++;
      passages.push(row);
    }
    const keyed = passages.filter((p) => p.keyed).length;
    const problems: string[] = [];
    if (passages.length === 0) problems.push('The lesson has no passages: include a block of the page.');
    const ordered =
      order === 'confidence'
        ? [...passages].sort((a, b) => a.proposal.confidence - b.proposal.confidence || a.index - b.index)
        : passages;
    return {
      article: this.summaryOf(row),
      passages: ordered,
      otherBlocks: blocks.filter((b) => b.part !== 'article'),
      dropped,
      progress: { keyed, total: passages.length, line: `${keyed} of ${passages.length} keyed` },
      problems,
      publishable: problems.length === 0 && passages.every((p) => p.problems.length === 0),
    };
  }

  // ── publishing ─────────────────────────────────────────────────────────────────────────────────────

  checkPublish(details: PublishDetails): PublishCheck {
    const row = this.requireArticle(details.articleId);
    const passages = this.activePassages(row.id);
    const problems: PublishCheck['problems'] = [];
    if (passages.length === 0) problems.push({ passageId: null, index: null, message: 'The lesson has no passages.' });
    if (details.description.trim() === '')
      problems.push({ passageId: null, index: null, message: 'Write a short description for students: what the page is about.' });
    passages.forEach((p, index) => {
      for (const message of passageProblems(p)) problems.push({ passageId: p.id, index, message });
    });
    return { problems, descriptionWarnings: descriptionWarnings(details.description, passages) };
  }

  publish(details: PublishDetails & { fillFromAnalyzer?: boolean; confirmDescription?: boolean }): PublishResult {
    const article = this.requireArticle(details.articleId);
    const now = this.now();
    return this.db.transaction((): PublishResult => {
      if (details.fillFromAnalyzer)
        for (const p of this.activePassages(article.id))
          if (!p.keyed) this.articles.updatePassage(p.id, { ...p, keyed: true }, now);
      const check = this.checkPublish(details);
      if (check.problems.length > 0) {
        const first = check.problems[0]!;
        const where = first.index === null ? '' : `passage ${first.index + 1}: `;
        const more = check.problems.length > 1 ? ` (and ${check.problems.length - 1} more problems)` : '';
        throw new AppError('conflict', `The lesson cannot be published yet — ${where}${first.message}${more}`);
      }
      if (check.descriptionWarnings.length > 0 && !details.confirmDescription)
        throw new AppError('conflict', `${check.descriptionWarnings.join(' ')} Change it, or confirm to publish anyway.`);
      const fresh = this.requireArticle(article.id);
      const passages = this.activePassages(article.id);
      const existing = this.publishing.byArticle(article.id);
      const lessonId = existing?.lessonId ?? this.freeLessonId(details.title);
      const current = existing ? this.lessons.get(lessonId) : undefined;
      const build = (version: number) =>
        lessonFromArticle(fresh, passages, {
          id: lessonId,
          version,
          title: details.title,
          description: details.description,
          ...(details.credit ? { credit: details.credit } : {}),
          now,
        });
      let outcome: PublishResult['outcome'] = 'new';
      let version = 1;
      if (current) {
        const same = build(current.currentVersion);
        const stored = this.lessons.getVersion(lessonId, current.currentVersion);
        outcome = stored && stored.sha256 === same.sha256 ? 'unchanged' : 'version';
        version = outcome === 'unchanged' ? current.currentVersion : current.currentVersion + 1;
      }
      if (outcome !== 'unchanged') {
        const { lesson, json, sha256 } = build(version);
        this.lessons.putVersion(
          { id: lessonId, version, title: lesson.title, description: lesson.description, origin: 'imported' },
          json,
          sha256,
          now,
        );
      }
      this.publishing.recordPublish(lessonId, article.id, fresh.keyRevision, now);
      this.publishing.setHidden(lessonId, false, now);
      return { lesson: this.teacherLesson(lessonId), outcome, descriptionWarnings: check.descriptionWarnings };
    })();
  }

  unpublish(lessonId: string): TeacherLesson {
    if (!this.lessons.get(lessonId)) throw new AppError('not_found', `There is no lesson "${lessonId}".`);
    this.publishing.setHidden(lessonId, true, this.now());
    return this.teacherLesson(lessonId);
  }

  listLessons(): TeacherLesson[] {
    const hidden = this.publishing.hiddenLessons();
    const attempts = this.publishing.attemptCounts();
    const made = new Map(this.publishing.all().map((w) => [w.lessonId, w]));
    return this.lessons.list().map((row) => this.lessonOf(row.id, hidden, attempts, made));
  }

  importLessonFile(file: UploadedFile): LessonImportResult {
    const bytes = Buffer.from(file.base64, 'base64');
    let parsed;
    try {
      parsed = parseLesson(bytes, file.name);
    } catch (err) {
      if (err instanceof LessonFormatError) throw new AppError('bad_file', err.message);
      throw err;
    }
    const { lesson, json, sha256 } = parsed;
    const now = this.now();
    return this.db.transaction((): LessonImportResult => {
      const stored = this.lessons.get(lesson.id);
      let outcome: LessonImportResult['outcome'] = 'new';
      if (stored) {
        if (stored.currentVersion >= lesson.version) {
          const same = this.lessons.getVersion(lesson.id, lesson.version);
          if (same && same.sha256 === sha256) outcome = 'unchanged';
          else
            throw new AppError(
              'conflict',
              `${file.name}: version ${lesson.version} of lesson "${lesson.id}" is already here (version ${stored.currentVersion} is current) with a different key; raise "version" to bring a changed key.`,
            );
        } else outcome = 'version';
      }
      if (outcome !== 'unchanged')
        this.lessons.putVersion(
          { id: lesson.id, version: lesson.version, title: lesson.title, description: lesson.description, origin: 'imported' },
          json,
          sha256,
          now,
        );
      this.publishing.setHidden(lesson.id, false, now);
      return { lesson: this.teacherLesson(lesson.id), outcome };
    })();
  }

  republish(lessonId: string): TeacherLesson {
    if (!this.lessons.get(lessonId)) throw new AppError('not_found', `There is no lesson "${lessonId}".`);
    this.publishing.setHidden(lessonId, false, this.now());
    return this.teacherLesson(lessonId);
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────

  private activePassages(articleId: number): PassageRow[] {
    return this.articles.passages(articleId).filter((p) => !p.dropped);
  }

  private teacherLesson(lessonId: string): TeacherLesson {
    return this.lessonOf(
      lessonId,
      this.publishing.hiddenLessons(),
      this.publishing.attemptCounts(),
      new Map(this.publishing.all().map((w) => [w.lessonId, w])),
    );
  }

  private lessonOf(
    lessonId: string,
    hidden: Set<string>,
    attempts: Map<string, number>,
    made: Map<string, { articleId: number | null }>,
  ): TeacherLesson {
    const row = this.lessons.get(lessonId)!;
    const content = JSON.parse(this.lessons.getVersion(lessonId, row.currentVersion)!.content) as LessonFile;
    const { site, url, published, credit } = content.source;
    const w = made.get(lessonId);
    return {
      lessonId,
      title: row.title,
      description: row.description,
      version: row.currentVersion,
      state: hidden.has(lessonId) ? 'unpublished' : 'published',
      origin: w ? 'workspace' : row.origin,
      articleId: w?.articleId ?? null,
      passages: content.passages.length,
      attempts: attempts.get(lessonId) ?? 0,
      source: {
        ...(site ? { site } : {}),
        ...(url ? { url } : {}),
        ...(published ? { published } : {}),
        ...(credit ? { credit } : {}),
      },
      versions: this.publishing.versions(lessonId),
    };
  }

  private freeLessonId(title: string): string {
    const base = slugify(title).slice(0, 70);
    if (!this.lessons.get(base)) return base;
    for (let n = 2; ; n++) if (!this.lessons.get(`${base}-${n}`)) return `${base}-${n}`;
  }

  private lessonRefs(): Map<number, ArticleSummary['lesson']> {
    const hidden = this.publishing.hiddenLessons();
    const out = new Map<number, ArticleSummary['lesson']>();
    for (const w of this.publishing.all()) {
      if (w.articleId === null) continue;
      const row = this.lessons.get(w.lessonId);
      if (!row) continue;
      const rev = this.articles.get(w.articleId)?.keyRevision ?? 0;
      out.set(w.articleId, {
        lessonId: w.lessonId,
        version: row.currentVersion,
        state: hidden.has(w.lessonId) ? 'unpublished' : 'published',
        changedSincePublish: rev > w.publishedRevision,
      });
    }
    return out;
  }

  private summaryOf(row: ArticleRow): ArticleSummary {
    return this.summary(row, this.articles.counts([row.id]).get(row.id), this.lessonRefs().get(row.id));
  }

  private summary(
    r: ArticleRow,
    c: { articleBlocks: number; otherBlocks: number; keyed: number; passages: number } | undefined,
    lesson: ArticleSummary['lesson'] | undefined,
  ): ArticleSummary {
    return {
      id: r.id,
      title: r.title,
      byline: r.byline,
      siteName: r.siteName,
      published: r.published,
      url: r.url,
      language: r.language,
      excerpt: r.excerpt,
      sourceName: r.sourceName,
      format: r.format,
      reader: r.reader,
      importedAt: r.importedAt,
      words: r.words,
      articleBlocks: c?.articleBlocks ?? 0,
      otherBlocks: c?.otherBlocks ?? 0,
      keyed: c?.keyed ?? 0,
      passages: c?.passages ?? 0,
      lesson: lesson ?? null,
    };
  }

  private requireArticle(id: number): ArticleRow {
    const row = this.articles.get(id);
    if (!row) throw new AppError('not_found', `There is no article ${id}.`);
    return row;
  }

  private loadAnalyzer(): Promise<Analyzer> {
    return (this.analyzer ??= import('../analyzer/index.js'));
  }
}

/** FTS5 output with the markers → text runs, matched or not (the renderer shows them as text, never markup). */
export function highlighted(marked: string): HighlightedText {
  const out: HighlightedText = [];
  let match = false;
  let run = '';
  for (const ch of marked) {
    if (ch === MATCH_START || ch === MATCH_END) {
      if (run) out.push({ text: run, match });
      run = '';
      match = ch === MATCH_START;
    } else run += ch;
  }
  if (run) out.push({ text: run, match });
  return out;
}
