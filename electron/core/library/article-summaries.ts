/**
 * The library's view of an article (metadata, counts, the lesson made from it), shared by the library,
 * the keying editor and the command line.
 */
import type { Database } from 'better-sqlite3';
import { ArticlesRepository, type ArticleRow } from '../../../db/repositories/articles.js';
import { LessonsRepository } from '../../../db/repositories/lessons.js';
import { PublishingRepository } from '../../../db/repositories/publishing.js';
import type { ArticleSummary } from '../../shared/contract.js';
import { AppError } from '../app-error.js';

export class ArticleSummaries {
  private readonly articles: ArticlesRepository;
  private readonly lessons: LessonsRepository;
  private readonly publishing: PublishingRepository;

  constructor(db: Database) {
    this.articles = new ArticlesRepository(db);
    this.lessons = new LessonsRepository(db);
    this.publishing = new PublishingRepository(db);
  }

  lessonRefs(): Map<number, ArticleSummary['lesson']> {
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

  summaryOf(row: ArticleRow): ArticleSummary {
    return this.summary(row, this.articles.counts([row.id]).get(row.id), this.lessonRefs().get(row.id));
  }

  summary(
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

  requireArticle(id: number): ArticleRow {
    const row = this.articles.get(id);
    if (!row) throw new AppError('not_found', `There is no article ${id}.`);
    return row;
  }
}
