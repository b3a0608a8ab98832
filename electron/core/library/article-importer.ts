/**
 * Importing articles into the library: pasted text at once; files, folders and command-line paths as a
 * job (`ctx.jobs`) with progress and a summary of what was imported and what was refused and why.
 *
 * Each article is stored in one transaction (metadata, blocks, passages, search index), or not at all;
 * reading it (Readability, the analyzer) is a task (`runTask`) done before, outside any transaction.
 */
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ArticlesRepository } from '../../../db/repositories/articles.js';
import type { ArticleKind, ImportOutcome, ImportSummary, JobInfo, UploadedFile } from '../../shared/contract.js';
import { AppError } from '../app-error.js';
import type { JobContext, JobRunner } from '../jobs/job-runner.js';
import { runTask } from '../jobs/run-task.js';
import { initialKey } from './keying.js';
import {
  ARTICLE_FILE_PATTERN,
  MAX_ARTICLE_FILE_BYTES,
  notAnArticle,
  type ArticleInput,
  type ReadArticle,
} from './read-article.js';

/** Reading one page may take at most this long (the task runner enforces it once it runs in a worker). */
export const READ_BUDGET_MS = 5000;
/** A folder import reads at most this many files (deeper folders and more files are refused up front). */
export const MAX_FOLDER_FILES = 5000;
const MAX_FOLDER_DEPTH = 8;

/** One file to import: its name, how to get its bytes (or why not), and whether its name needs no check. */
interface ImportItem {
  name: string;
  load: () => Uint8Array | string;
  checked?: boolean;
}

export class ArticleImporter {
  private readonly articles: ArticlesRepository;

  constructor(
    private readonly db: Database,
    private readonly jobs: JobRunner,
    private readonly now: () => Date,
  ) {
    this.articles = new ArticlesRepository(db);
  }

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
    const items: ImportItem[] = [];
    for (const p of paths) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(p);
      } catch {
        items.push({ name: p, load: () => `${p}: no such file or folder`, checked: true });
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

  private async importAll(job: JobContext, items: readonly ImportItem[]): Promise<ImportSummary> {
    const outcomes: ImportOutcome[] = [];
    for (let i = 0; i < items.length; i++) {
      if (job.signal.aborted) break;
      const item = items[i]!;
      job.progress(i, items.length, `Reading ${i + 1} of ${items.length}: ${path.basename(item.name)}`);
      let bytes: Uint8Array | string;
      try {
        // a file that is not an article is refused by its name, unread (a folder may hold anything)
        bytes = item.checked || ARTICLE_FILE_PATTERN.test(item.name) ? item.load() : notAnArticle(item.name);
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
}
