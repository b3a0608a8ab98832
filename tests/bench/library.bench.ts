/**
 * The teacher workspace's figures:
 * - import of 1,000 saved pages to keyed-ready passages (read with Readability, analysed, stored), through
 *   the same folder import the app runs as a job: articles/s. The pages are the ten real ones in
 *   ../shared/pages, each saved 100 times with one paragraph of its own (so none is a duplicate);
 * - full-text search over a library of 10,000 articles (FTS5, with highlighted title and snippet): p50/p95;
 * - reading one saved page: the slowest of the ten real ones, and a page nested 20,000 deep.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArticlesRepository } from '../../db/repositories/articles.js';
import { openDatabase } from '../../db/open-database.js';
import { JobRunner } from '../../electron/core/jobs/job-runner.js';
import { LibraryService } from '../../electron/core/library/library-service.js';
import { readPage } from '../../electron/core/reader/index.js';
import { projectRoot } from '../../electron/core/paths.js';
import { percentile, round } from './stats.js';

const PAGES = path.resolve(projectRoot, '../shared/pages');

export interface LibraryBench {
  importFiles: number;
  importSeconds: number;
  importArticlesPerSecond: number;
  importPassages: number;
  searchArticles: number;
  searchQueries: number;
  searchP50Ms: number;
  searchP95Ms: number;
  readSlowestRealPageMs: number;
  readSlowestRealPage: string;
  readDeep20000Ms: number;
}

function realPages(): Array<{ name: string; html: string }> {
  return fs
    .readdirSync(PAGES)
    .filter((d) => fs.existsSync(path.join(PAGES, d, 'source.html')))
    .sort()
    .map((name) => ({ name, html: fs.readFileSync(path.join(PAGES, name, 'source.html'), 'utf8') }));
}

function withLibrary<T>(work: (lib: LibraryService, dir: string, file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcewise-bench-lib-'));
  const file = path.join(dir, 'lib.sqlite');
  const db = openDatabase(file);
  const jobs = new JobRunner(() => {});
  const lib = new LibraryService(db, jobs);
  return work(lib, dir, file).finally(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

async function benchImport(files: number): Promise<{ seconds: number; imported: number; passages: number }> {
  const pages = realPages();
  return withLibrary(async (lib, dir) => {
    const folder = path.join(dir, 'pages');
    fs.mkdirSync(folder);
    for (let i = 0; i < files; i++) {
      const page = pages[i % pages.length]!;
      // one paragraph of its own inside the article's first paragraph, so that no copy is a duplicate
      const html = page.html.replace(/<p([\s>])/i, `<p>Copy ${i} of this page, saved for the bench.</p><p$1`);
      fs.writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}-${page.name}.html`), html);
    }
    const t = performance.now();
    const summary = await lib.importPaths('bench', [folder]);
    const seconds = (performance.now() - t) / 1000;
    const passages = lib.listArticles().reduce((n, a) => n + a.passages, 0);
    return { seconds, imported: summary.imported, passages };
  });
}

async function benchSearch(articles: number, queries: number): Promise<{ p50: number; p95: number }> {
  const pages = realPages();
  const paragraphs = pages.flatMap((p) =>
    readPage(p.html)
      .blocks.filter((b) => b.part === 'article' && !b.heading)
      .map((b) => b.text),
  );
  const words = [
    ...new Set(
      paragraphs
        .join(' ')
        .toLowerCase()
        .match(/\p{L}{5,}/gu) ?? [],
    ),
  ];
  return withLibrary(async (lib, _dir, file) => {
    const db = openDatabase(file);
    const repo = new ArticlesRepository(db);
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    db.transaction(() => {
      for (let i = 0; i < articles; i++) {
        const body = Array.from({ length: 12 }, () => paragraphs[rand(paragraphs.length)]!).join('\n\n');
        repo.insert(
          {
            title: `${words[rand(words.length)]} ${words[rand(words.length)]} ${i}`,
            byline: null,
            siteName: null,
            published: null,
            url: null,
            language: 'en',
            excerpt: null,
            sourceName: `a${i}.html`,
            format: 'html',
            reader: 'readability',
            sha256: `bench-${i}`,
            body,
            words: 0,
            bytes: body.length,
          },
          new Date(),
        );
      }
    })();
    db.close();
    const times: number[] = [];
    for (let q = 0; q < queries; q++) {
      const query = q % 3 === 0 ? `${words[rand(words.length)]} ${words[rand(words.length)]}` : words[rand(words.length)]!;
      const t = performance.now();
      lib.search(query, 50);
      times.push(performance.now() - t);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  });
}

function benchRead(): { slowestMs: number; slowest: string; deepMs: number } {
  let slowestMs = 0;
  let slowest = '';
  for (const p of realPages()) {
    readPage(p.html); // warm
    const t = performance.now();
    readPage(p.html);
    const ms = performance.now() - t;
    if (ms > slowestMs) [slowestMs, slowest] = [ms, p.name];
  }
  const para = '<p>The council voted on Tuesday, after a long debate, to rezone the rail yards for new homes.</p>';
  const deep = `<html><body>${'<div>\n'.repeat(20_000)}${para.repeat(3)}${'</div>\n'.repeat(20_000)}</body></html>`;
  const t = performance.now();
  readPage(deep);
  return { slowestMs, slowest, deepMs: performance.now() - t };
}

export async function benchLibrary(): Promise<LibraryBench> {
  const files = Number(process.env.SOURCEWISE_BENCH_IMPORT_FILES ?? 1000);
  const imp = await benchImport(files);
  const search = await benchSearch(10_000, 300);
  const read = benchRead();
  return {
    importFiles: files,
    importSeconds: round(imp.seconds, 1),
    importArticlesPerSecond: round(imp.imported / imp.seconds, 1),
    importPassages: imp.passages,
    searchArticles: 10_000,
    searchQueries: 300,
    searchP50Ms: round(search.p50, 2),
    searchP95Ms: round(search.p95, 2),
    readSlowestRealPageMs: round(read.slowestMs, 1),
    readSlowestRealPage: read.slowest,
    readDeep20000Ms: round(read.deepMs, 1),
  };
}
