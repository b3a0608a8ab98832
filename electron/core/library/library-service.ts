/**
 * The teacher workspace behind the `articles:*`, `keying:*` and `lessons:*` calls: the article library,
 * the keying editor and publishing. The dispatch has already refused callers without the teacher PIN.
 */
import type { Database } from 'better-sqlite3';
import type {
  ArticleDetail,
  ArticleKind,
  ArticleSearchHit,
  ArticleSummary,
  ImportOutcome,
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

export class LibraryService {
  constructor(
    readonly db: Database,
    readonly jobs: JobRunner,
    readonly now: () => Date = () => new Date(),
  ) {}

  importText(_text: string, _format: ArticleKind, _name: string | undefined): Promise<ImportOutcome> {
    return Promise.reject(notYet());
  }

  importFiles(_session: string, _files: UploadedFile[]): JobInfo {
    throw notYet();
  }

  importFolder(_session: string, _dir: string): JobInfo {
    throw notYet();
  }

  listArticles(): ArticleSummary[] {
    return [];
  }

  getArticle(_articleId: number): ArticleDetail {
    throw notYet();
  }

  search(_query: string, _limit: number | undefined): ArticleSearchHit[] {
    return [];
  }

  deleteArticle(_articleId: number): { articleId: number } {
    throw notYet();
  }

  openKeying(_articleId: number, _order: KeyingOrder | undefined): Promise<KeyingView> {
    return Promise.reject(notYet());
  }

  editKeying(_articleId: number, _edit: KeyingEdit, _order: KeyingOrder | undefined): KeyingView {
    throw notYet();
  }

  checkPublish(_details: PublishDetails): PublishCheck {
    throw notYet();
  }

  publish(_details: PublishDetails & { fillFromAnalyzer?: boolean; confirmDescription?: boolean }): PublishResult {
    throw notYet();
  }

  unpublish(_lessonId: string): TeacherLesson {
    throw notYet();
  }

  listLessons(): TeacherLesson[] {
    return [];
  }

  importLessonFile(_file: UploadedFile): LessonImportResult {
    throw notYet();
  }
}

function notYet(): AppError {
  return new AppError('conflict', 'This part of the teacher workspace is not built yet.');
}
