/**
 * Schema version 7: the teacher workspace.
 *
 * - `articles`: one imported page or text, its metadata and the file it came from. `content_sha256` is the
 *   hash of the article's own text (whitespace folded), so the same article saved twice is stored once.
 *   `body` is that text (blocks joined by blank lines): what the full-text index searches.
 * - `article_blocks`: every block of the page in page order, marked with the part of the page it belongs
 *   to (the article, or a comment thread, consent text, a banner, related links, navigation…) and whether
 *   the lesson includes it (the article's blocks by default; others when the teacher pulls them in).
 * - `articles_fts`: FTS5 over title and body (external content: the text is stored once, in `articles`).
 * - `key_passages`: the editor's passages, one row each, so that every edit is its own small transaction:
 *   the analyzer's proposal (kept as made) beside the teacher's key, and whether the teacher keyed it.
 * - `workspace_lessons`: which lesson was published from which article, and at which key revision
 *   (`articles.key_revision` counts edits; a later edit means publishing again makes a new version).
 * - `lesson_visibility`: lessons hidden from students (unpublished); attempts are never deleted.
 */
import type { Database } from 'better-sqlite3';

export const version = 7;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE articles (
      id             INTEGER PRIMARY KEY,
      title          TEXT NOT NULL,
      byline         TEXT,
      site_name      TEXT,
      published      TEXT,
      url            TEXT,
      language       TEXT,
      excerpt        TEXT,
      source_name    TEXT,               -- the file's name; NULL for pasted text
      format         TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
      reader         TEXT NOT NULL CHECK (reader IN ('readability', 'blocks', 'text', 'markdown')),
      content_sha256 TEXT NOT NULL UNIQUE,
      body           TEXT NOT NULL,
      words          INTEGER NOT NULL,
      bytes          INTEGER NOT NULL,
      key_revision   INTEGER NOT NULL DEFAULT 0,
      imported_at    TEXT NOT NULL
    );

    CREATE TABLE article_blocks (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      position   INTEGER NOT NULL,
      part       TEXT NOT NULL CHECK (part IN ('article', 'comment', 'consent', 'banner', 'related', 'navigation', 'other')),
      heading    INTEGER NOT NULL CHECK (heading IN (0, 1)),
      text       TEXT NOT NULL,
      included   INTEGER NOT NULL CHECK (included IN (0, 1)),
      PRIMARY KEY (article_id, position)
    ) WITHOUT ROWID;

    CREATE VIRTUAL TABLE articles_fts USING fts5(
      title, body, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
      INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
      INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
      INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END;

    CREATE TABLE key_passages (
      id             INTEGER PRIMARY KEY,
      article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      position       INTEGER NOT NULL,   -- lesson order; renumbered by merge and split
      block_position INTEGER NOT NULL,
      text           TEXT NOT NULL,
      proposal       TEXT NOT NULL,      -- JSON: the analyzer's proposal
      key            TEXT NOT NULL,      -- JSON: the key as the teacher has it
      keyed          INTEGER NOT NULL CHECK (keyed IN (0, 1)),
      dropped        INTEGER NOT NULL DEFAULT 0 CHECK (dropped IN (0, 1)),  -- left out by the teacher; restorable
      updated_at     TEXT NOT NULL,
      FOREIGN KEY (article_id, block_position) REFERENCES article_blocks(article_id, position) ON DELETE CASCADE
    );
    CREATE INDEX key_passages_by_article ON key_passages(article_id, position);

    CREATE TABLE workspace_lessons (
      lesson_id          TEXT PRIMARY KEY REFERENCES lessons(id) ON DELETE CASCADE,
      article_id         INTEGER UNIQUE REFERENCES articles(id) ON DELETE SET NULL,
      published_revision INTEGER NOT NULL,
      published_at       TEXT NOT NULL
    );

    CREATE TABLE lesson_visibility (
      lesson_id  TEXT PRIMARY KEY REFERENCES lessons(id) ON DELETE CASCADE,
      hidden     INTEGER NOT NULL CHECK (hidden IN (0, 1)),
      changed_at TEXT NOT NULL
    );
  `);
}
