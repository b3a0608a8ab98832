import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../db/open-database.js';
import { migrateTo } from '../helpers/migrate-to.js';
import { tempDir } from '../helpers/temp-dir.js';

test('migration 7 adds the article library (FTS5 kept in step by triggers) and keeps what was there', () => {
  const file = path.join(tempDir(), 'v4.sqlite');
  const v4 = new BetterSqlite3(file);
  migrateTo(v4, 4);
  v4.exec(`
    INSERT INTO profiles (id, name, name_key, created_at) VALUES (1, 'Ada', 'ada', '2026-01-01');
    INSERT INTO lessons VALUES ('l', 1, 'L', '', 'bundled');
    INSERT INTO lesson_versions VALUES ('l', 1, '{}', 'x', '2026-01-01');
    INSERT INTO attempts (id, profile_id, lesson_id, lesson_version, started_at) VALUES (1, 1, 'l', 1, '2026-01-01');
  `);
  v4.close();

  const db = openDatabase(file);
  assert.ok((db.pragma('user_version', { simple: true }) as number) >= 7);
  assert.equal(db.prepare('SELECT count(*) FROM attempts').pluck().get(), 1);
  const insert = db.prepare(
    `INSERT INTO articles (title, source_name, format, reader, content_sha256, body, words, bytes, imported_at)
     VALUES (?, 'a.html', 'html', 'readability', ?, ?, 3, 10, '2026-01-02')`,
  );
  const id = Number(insert.run('Harbour plan approved', 'h1', 'The council approved the harbour plan.').lastInsertRowid);
  insert.run('Other', 'h2', 'Nothing about boats.');
  assert.throws(() => insert.run('Again', 'h1', 'The same text.'), /UNIQUE/);
  const search = db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank');
  assert.deepEqual(search.pluck().all('harbour'), [id]);
  db.prepare("INSERT INTO article_blocks VALUES (?, 0, 'article', 1, 'Harbour plan approved', 1)").run(id);
  db.prepare(
    "INSERT INTO key_passages (article_id, position, block_position, text, proposal, key, keyed, updated_at) VALUES (?, 0, 0, 't', '{}', '{}', 0, 'x')",
  ).run(id);
  assert.throws(() => db.prepare("INSERT INTO article_blocks VALUES (?, 1, 'sidebar', 0, 'x', 0)").run(id), /CHECK/);
  // an edit of the text re-indexes it; deleting the article takes its blocks, passages and index entry along
  db.prepare("UPDATE articles SET body = 'The council approved the marina plan.' WHERE id = ?").run(id);
  assert.deepEqual(search.pluck().all('harbour'), [id]); // still in the title
  assert.deepEqual(search.pluck().all('marina'), [id]);
  db.prepare('DELETE FROM articles WHERE id = ?').run(id);
  assert.deepEqual(search.pluck().all('marina'), []);
  assert.equal(db.prepare('SELECT count(*) FROM key_passages').pluck().get(), 0);
  assert.equal(db.prepare('SELECT count(*) FROM article_blocks').pluck().get(), 0);
  // visibility of a lesson, without touching its attempts
  db.prepare("INSERT INTO lesson_visibility VALUES ('l', 1, '2026-01-03')").run();
  assert.throws(() => db.prepare("INSERT INTO lesson_visibility VALUES ('nope', 1, 'x')").run(), /FOREIGN KEY/);
  db.close();
});
