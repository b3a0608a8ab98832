/**
 * The article library: articles with their metadata, their page blocks, the full-text index (kept by
 * triggers, see migration 7) and the editor's passage rows. Methods that write are called inside the
 * caller's transaction.
 */
import type { Database } from 'better-sqlite3';
import type { ArticleKind, ArticleReader, BlockPart, PassageKeyDraft, Proposal } from '../../electron/shared/contract.js';

export interface ArticleRow {
  id: number;
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  excerpt: string | null;
  sourceName: string | null;
  format: ArticleKind;
  reader: ArticleReader;
  contentSha256: string;
  words: number;
  bytes: number;
  keyRevision: number;
  importedAt: string;
}

export interface ArticleCounts {
  articleBlocks: number;
  otherBlocks: number;
  keyed: number;
  passages: number;
}

export interface BlockRow {
  position: number;
  part: BlockPart;
  heading: boolean;
  text: string;
  included: boolean;
}

export interface PassageRow {
  id: number;
  position: number;
  blockPosition: number;
  text: string;
  proposal: Proposal;
  key: PassageKeyDraft;
  keyed: boolean;
  dropped: boolean;
}

export interface NewArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  excerpt: string | null;
  sourceName: string | null;
  format: ArticleKind;
  reader: ArticleReader;
  sha256: string;
  body: string;
  words: number;
  bytes: number;
}

const ARTICLE_COLUMNS = `a.id, a.title, a.byline, a.site_name AS siteName, a.published, a.url, a.language, a.excerpt,
  a.source_name AS sourceName, a.format, a.reader, a.content_sha256 AS contentSha256, a.words, a.bytes,
  a.key_revision AS keyRevision, a.imported_at AS importedAt`;

/** Markers for FTS5's highlight() and snippet(): control characters, which article text never holds (read-article strips them). */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

interface RawPassage {
  id: number;
  position: number;
  blockPosition: number;
  text: string;
  proposal: string;
  key: string;
  keyed: number;
  dropped: number;
}

export class ArticlesRepository {
  constructor(private readonly db: Database) {}

  findByHash(sha256: string): { id: number; title: string } | undefined {
    return this.db.prepare('SELECT id, title FROM articles WHERE content_sha256 = ?').get(sha256) as
      { id: number; title: string } | undefined;
  }

  insert(a: NewArticle, now: Date): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO articles (title, byline, site_name, published, url, language, excerpt, source_name, format, reader,
             content_sha256, body, words, bytes, imported_at)
           VALUES (@title, @byline, @siteName, @published, @url, @language, @excerpt, @sourceName, @format, @reader,
             @sha256, @body, @words, @bytes, @importedAt)`,
        )
        .run({ ...a, importedAt: now.toISOString() }).lastInsertRowid,
    );
  }

  insertBlocks(articleId: number, blocks: ReadonlyArray<{ part: BlockPart; heading: boolean; text: string }>): void {
    const stmt = this.db.prepare('INSERT INTO article_blocks VALUES (?, ?, ?, ?, ?, ?)');
    blocks.forEach((b, position) =>
      stmt.run(articleId, position, b.part, b.heading ? 1 : 0, b.text, b.part === 'article' ? 1 : 0),
    );
  }

  get(id: number): ArticleRow | undefined {
    return this.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`).get(id) as ArticleRow | undefined;
  }

  list(): ArticleRow[] {
    return this.db
      .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.imported_at DESC, a.id DESC`)
      .all() as ArticleRow[];
  }

  /** Block and passage counts of every article (or of the given ones), in one pass each. */
  counts(ids?: readonly number[]): Map<number, ArticleCounts> {
    const where = ids ? `WHERE article_id IN (${ids.map(() => '?').join(',') || 'NULL'})` : '';
    const out = new Map<number, ArticleCounts>();
    const at = (id: number) => {
      let c = out.get(id);
      if (!c) out.set(id, (c = { articleBlocks: 0, otherBlocks: 0, keyed: 0, passages: 0 }));
      return c;
    };
    const args = ids ?? [];
    for (const r of this.db
      .prepare(
        `SELECT article_id AS id, sum(part = 'article') AS own, sum(part <> 'article') AS other FROM article_blocks ${where} GROUP BY article_id`,
      )
      .all(...args) as Array<{ id: number; own: number; other: number }>) {
      const c = at(r.id);
      c.articleBlocks = r.own;
      c.otherBlocks = r.other;
    }
    for (const r of this.db
      .prepare(
        `SELECT article_id AS id, count(*) AS n, sum(keyed) AS keyed FROM key_passages ${where ? `${where} AND` : 'WHERE'} dropped = 0 GROUP BY article_id`,
      )
      .all(...args) as Array<{ id: number; n: number; keyed: number }>) {
      const c = at(r.id);
      c.passages = r.n;
      c.keyed = r.keyed;
    }
    return out;
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM articles WHERE id = ?').run(id).changes > 0;
  }

  blocks(articleId: number): BlockRow[] {
    return (
      this.db
        .prepare('SELECT position, part, heading, text, included FROM article_blocks WHERE article_id = ? ORDER BY position')
        .all(articleId) as Array<{ position: number; part: BlockPart; heading: number; text: string; included: number }>
    ).map((b) => ({ ...b, heading: b.heading === 1, included: b.included === 1 }));
  }

  setIncluded(articleId: number, position: number, included: boolean): boolean {
    return (
      this.db
        .prepare('UPDATE article_blocks SET included = ? WHERE article_id = ? AND position = ?')
        .run(included ? 1 : 0, articleId, position).changes > 0
    );
  }

  /**
   * Full-text search: every word of the query must occur (a prefix match for each, so "harb" finds
   * "harbour"); ranked by bm25 with the title weighted above the text.
   */
  search(words: readonly string[], limit: number): Array<{ id: number; title: string; snippet: string }> {
    const match = words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
    // Rank first, then mark up only the hits kept: in one query SQLite would compute highlight() and
    // snippet() for every matching row before sorting, which for a common word is most of the library.
    const ids = this.db
      .prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?')
      .pluck()
      .all(match, limit) as number[];
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT rowid AS id,
                highlight(articles_fts, 0, '${MATCH_START}', '${MATCH_END}') AS title,
                snippet(articles_fts, 1, '${MATCH_START}', '${MATCH_END}', '…', 24) AS snippet
           FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (${ids.map(() => '?').join(',')})`,
      )
      .all(match, ...ids) as Array<{ id: number; title: string; snippet: string }>;
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  // ── the editor's passages ──

  passages(articleId: number): PassageRow[] {
    return (
      this.db
        .prepare(
          `SELECT id, position, block_position AS blockPosition, text, proposal, key, keyed, dropped
             FROM key_passages WHERE article_id = ? ORDER BY position`,
        )
        .all(articleId) as RawPassage[]
    ).map((r) => ({
      id: r.id,
      position: r.position,
      blockPosition: r.blockPosition,
      text: r.text,
      proposal: JSON.parse(r.proposal) as Proposal,
      key: JSON.parse(r.key) as PassageKeyDraft,
      keyed: r.keyed === 1,
      dropped: r.dropped === 1,
    }));
  }

  insertPassage(
    articleId: number,
    p: { position: number; blockPosition: number; text: string; proposal: Proposal; key: PassageKeyDraft; keyed: boolean },
    now: Date,
  ): number {
    // a new passage is never dropped
    return Number(
      this.db
        .prepare(
          `INSERT INTO key_passages (article_id, position, block_position, text, proposal, key, keyed, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          articleId,
          p.position,
          p.blockPosition,
          p.text,
          JSON.stringify(p.proposal),
          JSON.stringify(p.key),
          p.keyed ? 1 : 0,
          now.toISOString(),
        ).lastInsertRowid,
    );
  }

  updatePassage(
    id: number,
    p: { text: string; proposal: Proposal; key: PassageKeyDraft; keyed: boolean; position: number; dropped?: boolean },
    now: Date,
  ): void {
    this.db
      .prepare(
        'UPDATE key_passages SET text = ?, proposal = ?, key = ?, keyed = ?, position = ?, dropped = ?, updated_at = ? WHERE id = ?',
      )
      .run(
        p.text,
        JSON.stringify(p.proposal),
        JSON.stringify(p.key),
        p.keyed ? 1 : 0,
        p.position,
        p.dropped ? 1 : 0,
        now.toISOString(),
        id,
      );
  }

  deletePassage(id: number): void {
    this.db.prepare('DELETE FROM key_passages WHERE id = ?').run(id);
  }

  /** Counts an edit of the article's key (publishing compares it with the revision last published). */
  bumpRevision(articleId: number): void {
    this.db.prepare('UPDATE articles SET key_revision = key_revision + 1 WHERE id = ?').run(articleId);
  }
}
