/**
 * Publishing: a keyed article becomes a lesson in every student's library on this install (a new version
 * when its key changed), unpublishing hides a lesson without touching attempts, and a lesson file in the
 * documented format can be imported. Each is one transaction.
 */
import type { Database } from 'better-sqlite3';
import { ArticlesRepository, type ArticleRow, type PassageRow } from '../../../db/repositories/articles.js';
import { LessonsRepository } from '../../../db/repositories/lessons.js';
import { PublishingRepository } from '../../../db/repositories/publishing.js';
import type {
  LessonImportResult,
  PublishCheck,
  PublishDetails,
  PublishResult,
  TeacherLesson,
  UploadedFile,
} from '../../shared/contract.js';
import { AppError } from '../app-error.js';
import type { LessonFile } from '../lesson/lesson-schema.js';
import { LessonFormatError, parseLesson } from '../lesson/parse-lesson.js';
import { slugify } from '../teacher/lesson-draft.js';
import type { ArticleSummaries } from './article-summaries.js';
import { passageProblems } from './keying.js';
import { descriptionWarnings, lessonFromArticle } from './lesson-from-article.js';

export class LessonPublisher {
  private readonly articles: ArticlesRepository;
  private readonly lessons: LessonsRepository;
  private readonly publishing: PublishingRepository;

  constructor(
    private readonly db: Database,
    private readonly summaries: ArticleSummaries,
    private readonly now: () => Date,
  ) {
    this.articles = new ArticlesRepository(db);
    this.lessons = new LessonsRepository(db);
    this.publishing = new PublishingRepository(db);
  }

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

  private requireArticle(id: number): ArticleRow {
    return this.summaries.requireArticle(id);
  }
}
