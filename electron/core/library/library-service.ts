/**
 * The teacher workspace behind the `articles:*`, `keying:*` and `lessons:*` calls: the article library
 * (import: article-importer.ts; list, show, search: here), the keying editor (keying-editor.ts) and
 * publishing (lesson-publisher.ts). The dispatch has already refused callers without the teacher PIN.
 *
 * Every user action is one transaction: an import stores a whole article (metadata, blocks, passages) or
 * nothing; each keying edit is saved on its own before the view is returned, so a crash loses nothing.
 */
import type { Database } from 'better-sqlite3';
import { ArticlesRepository, MATCH_END, MATCH_START } from '../../../db/repositories/articles.js';
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
  KeyingView,
  LessonImportResult,
  PublishCheck,
  PublishDetails,
  PublishResult,
  TeacherLesson,
  UploadedFile,
} from '../../shared/contract.js';
import { AppError } from '../app-error.js';
import type { JobRunner } from '../jobs/job-runner.js';
import { ArticleImporter } from './article-importer.js';
import { ArticleSummaries } from './article-summaries.js';
import { KeyingEditor } from './keying-editor.js';
import { LessonPublisher } from './lesson-publisher.js';

export { MAX_FOLDER_FILES, READ_BUDGET_MS } from './article-importer.js';

export class LibraryService {
  private readonly articles: ArticlesRepository;
  private readonly summaries: ArticleSummaries;
  private readonly importer: ArticleImporter;
  private readonly editor: KeyingEditor;
  private readonly publisher: LessonPublisher;

  constructor(db: Database, jobs: JobRunner, now: () => Date = () => new Date()) {
    this.articles = new ArticlesRepository(db);
    this.summaries = new ArticleSummaries(db);
    this.importer = new ArticleImporter(db, jobs, now);
    this.editor = new KeyingEditor(db, this.summaries, now);
    this.publisher = new LessonPublisher(db, this.summaries, now);
  }

  importText(text: string, format: ArticleKind, name: string | undefined): Promise<ImportOutcome> {
    return this.importer.importText(text, format, name);
  }

  importFiles(session: string, files: UploadedFile[]): JobInfo {
    return this.importer.importFiles(session, files);
  }

  importFolder(session: string, dir: string): JobInfo {
    return this.importer.importFolder(session, dir);
  }

  /** Files and folders given on the command line: the same import, waited for. */
  importPaths(session: string, paths: readonly string[]): Promise<ImportSummary> {
    return this.importer.importPaths(session, paths);
  }

  listArticles(): ArticleSummary[] {
    const rows = this.articles.list();
    const counts = this.articles.counts();
    const refs = this.summaries.lessonRefs();
    return rows.map((r) => this.summaries.summary(r, counts.get(r.id), refs.get(r.id)));
  }

  getArticle(articleId: number): ArticleDetail {
    const row = this.summaries.requireArticle(articleId);
    return { article: this.summaries.summaryOf(row), blocks: this.articles.blocks(articleId) };
  }

  search(query: string, limit = 50): ArticleSearchHit[] {
    const words = query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    const hits = this.articles.search(words.slice(0, 12), limit);
    const ids = hits.map((h) => h.id);
    const counts = this.articles.counts(ids);
    const refs = this.summaries.lessonRefs();
    return hits.flatMap((h) => {
      const row = this.articles.get(h.id);
      if (!row) return [];
      return [
        {
          article: this.summaries.summary(row, counts.get(h.id), refs.get(h.id)),
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

  openKeying(articleId: number, order: KeyingOrder | undefined): Promise<KeyingView> {
    return this.editor.openKeying(articleId, order);
  }

  editKeying(articleId: number, edit: KeyingEdit, order: KeyingOrder | undefined): Promise<KeyingView> {
    return this.editor.editKeying(articleId, edit, order);
  }

  checkPublish(details: PublishDetails): PublishCheck {
    return this.publisher.checkPublish(details);
  }

  publish(details: PublishDetails & { fillFromAnalyzer?: boolean; confirmDescription?: boolean }): PublishResult {
    return this.publisher.publish(details);
  }

  unpublish(lessonId: string): TeacherLesson {
    return this.publisher.unpublish(lessonId);
  }

  republish(lessonId: string): TeacherLesson {
    return this.publisher.republish(lessonId);
  }

  listLessons(): TeacherLesson[] {
    return this.publisher.listLessons();
  }

  importLessonFile(file: UploadedFile): LessonImportResult {
    return this.publisher.importLessonFile(file);
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
  // a snippet spans paragraphs: shown as one line
  return out.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
}
