/**
 * The teacher workspace on the command line, for teachers who script installs:
 *
 *   sourcewise import FILE|DIR… [--json]
 *   sourcewise article list [--json] | show ID [--json] | search QUERY [--json]
 *   sourcewise lesson publish ARTICLE-ID --title T [--description D] [--credit C] [--confirm-description]
 *
 * The same LibraryService as the app's `articles:*` and `lessons:*` calls. No PIN: whoever can run
 * commands on this computer can already read its database (as for `teacher reset-pin`).
 */
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../db/open-database.js';
import { AppError } from '../core/app-error.js';
import { JobRunner } from '../core/jobs/job-runner.js';
import { LibraryService } from '../core/library/library-service.js';
import { syncBundledLessons } from '../core/lesson/sync-bundled-lessons.js';
import { bundledLessonsDir, defaultDatabasePath } from '../core/paths.js';
import type { ArticleSummary, HighlightedText } from '../shared/contract.js';
import type { CliIo } from './cli-io.js';

export const IMPORT_USAGE = `Usage: sourcewise import FILE|DIR… [--json] [--db FILE]

Imports articles into the library: saved web pages (.html, .htm), .txt and .md files; a folder is read
whole (sub-folders too). Prints one line per file: the article id, or why it was refused. The same article
twice (same text) is stored once. Exits 1 when a file was refused (the others are still imported).
  --json   print { imported, duplicates, refused, outcomes: [ { status, name, articleId?, title?, reason? } ] }
`;

export const ARTICLE_USAGE = `Usage:
  sourcewise article list [--json] [--db FILE]          the library: id, words, keyed passages, title
  sourcewise article show ID [--json] [--db FILE]       an article's metadata and blocks (other blocks marked)
  sourcewise article search QUERY [--json] [--db FILE]  full-text search; matches shown in [brackets]
`;

export const PUBLISH_USAGE = `Usage: sourcewise lesson publish ARTICLE-ID --title T [--description D] [--credit C] [--confirm-description] [--db FILE]

Publishes the article as a lesson in every student's library on this computer. Passages the teacher has not
keyed are keyed with the analyzer's proposal. Publishing again after edits makes a new version.
`;

function withLibrary<T>(dbPath: string | undefined, work: (lib: LibraryService, db: Database) => Promise<T>): Promise<T> {
  const db = openDatabase(dbPath ?? defaultDatabasePath());
  const jobs = new JobRunner((m, e) => console.error(`[sourcewise] ${m}`, e instanceof Error ? e.stack : (e ?? '')));
  const lib = new LibraryService(db, jobs);
  return work(lib, db).finally(() => {
    jobs.cancelAll();
    db.close();
  });
}

/** An AppError is a message for the person at the terminal; anything else is a bug and propagates. */
async function say(command: string, io: CliIo, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AppError) {
      io.err(`sourcewise ${command}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length === 0) {
    (values.help ? io.out : io.err)(IMPORT_USAGE);
    return values.help ? 0 : 2;
  }
  return say('import', io, () =>
    withLibrary(values.db, async (lib) => {
      const summary = await lib.importPaths('cli', positionals);
      if (values.json) io.out(JSON.stringify(summary, null, 2) + '\n');
      else {
        for (const o of summary.outcomes) {
          if (o.status === 'refused') io.err(`refused    ${o.reason}\n`);
          else io.out(`${o.status.padEnd(10)} ${String(o.articleId).padStart(5)}  ${o.name}  “${o.title}”\n`);
        }
        io.out(`${summary.imported} imported, ${summary.duplicates} already in the library, ${summary.refused} refused\n`);
      }
      return summary.refused > 0 ? 1 : 0;
    }),
  );
}

const marked = (runs: HighlightedText) => runs.map((r) => (r.match ? `[${r.text}]` : r.text)).join('');

function line(a: ArticleSummary): string {
  const lesson = a.lesson ? `  lesson ${a.lesson.lessonId} v${a.lesson.version} (${a.lesson.state})` : '';
  return `${String(a.id).padStart(5)}  ${String(a.words).padStart(6)} words  ${a.keyed}/${a.passages} keyed  ${a.title}${lesson}\n`;
}

export async function runArticle(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const [sub, ...rest] = positionals;
  if (values.help || !sub) {
    (values.help ? io.out : io.err)(ARTICLE_USAGE);
    return values.help ? 0 : 2;
  }
  const json = (v: unknown) => io.out(JSON.stringify(v, null, 2) + '\n');
  if (sub === 'list' && rest.length === 0)
    return say('article list', io, () =>
      withLibrary(values.db, async (lib) => {
        const all = lib.listArticles();
        if (values.json) json(all);
        else if (all.length === 0) io.out('The library is empty: sourcewise import FILE|DIR…\n');
        else for (const a of all) io.out(line(a));
        return 0;
      }),
    );
  if (sub === 'show' && rest.length === 1) {
    const id = Number(rest[0]);
    if (!Number.isSafeInteger(id) || id <= 0) {
      io.err(`sourcewise article show: "${rest[0]}" is not an article id (a whole number, see sourcewise article list)\n`);
      return 2;
    }
    return say('article show', io, () =>
      withLibrary(values.db, async (lib) => {
        const detail = lib.getArticle(id);
        if (values.json) return (json(detail), 0);
        const a = detail.article;
        const meta = [
          ['by', a.byline],
          ['site', a.siteName],
          ['published', a.published],
          ['address', a.url],
          ['from', a.sourceName ?? 'pasted text'],
          ['read with', a.reader],
        ].filter(([, v]) => v);
        io.out(`${a.title}\n${meta.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n\n`);
        for (const b of detail.blocks)
          io.out(
            b.part === 'article'
              ? `${b.heading ? '# ' : ''}${b.text}\n\n`
              : `  [${b.part}${b.included ? ', in the lesson' : ''}] ${b.text}\n\n`,
          );
        return 0;
      }),
    );
  }
  if (sub === 'search' && rest.length >= 1) {
    const query = rest.join(' ');
    return say('article search', io, () =>
      withLibrary(values.db, async (lib) => {
        if (!/[\p{L}\p{N}]/u.test(query)) throw new AppError('invalid_input', 'Give a word to search for.');
        const hits = lib.search(query, 50);
        if (values.json) return (json(hits), 0);
        if (hits.length === 0) io.out(`Nothing in the library matches “${query}”.\n`);
        for (const h of hits) io.out(`${String(h.article.id).padStart(5)}  ${marked(h.title)}\n       ${marked(h.snippet)}\n`);
        return 0;
      }),
    );
  }
  io.err(`sourcewise article: unknown or incomplete command "${positionals.join(' ')}"\n\n${ARTICLE_USAGE}`);
  return 2;
}

export async function runPublish(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      credit: { type: 'string' },
      'confirm-description': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return (io.out(PUBLISH_USAGE), 0);
  const id = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isSafeInteger(id) || id <= 0 || !values.title?.trim()) {
    io.err(`sourcewise lesson publish: give one article id and a title\n\n${PUBLISH_USAGE}`);
    return 2;
  }
  const title = values.title.trim();
  return say('lesson publish', io, () =>
    withLibrary(values.db, async (lib, db) => {
      for (const p of syncBundledLessons(db, bundledLessonsDir).problems) io.err(`warning: ${p}\n`);
      const article = lib.getArticle(id).article;
      const description =
        values.description?.trim() ||
        `${article.siteName ? `From ${article.siteName}: ` : ''}read the page sentence by sentence and say who is asserting what.`;
      const result = lib.publish({
        articleId: id,
        title: title.slice(0, 200),
        description,
        ...(values.credit?.trim() ? { credit: values.credit.trim() } : {}),
        fillFromAnalyzer: true,
        confirmDescription: values['confirm-description'] ?? false,
      });
      if (values.json) return (io.out(JSON.stringify(result, null, 2) + '\n'), 0);
      const l = result.lesson;
      const what =
        result.outcome === 'new'
          ? 'published'
          : result.outcome === 'version'
            ? `published as version ${l.version}`
            : 'already published (unchanged)';
      io.out(`${l.lessonId}\tv${l.version}\t${l.passages} passages\t${what}: “${l.title}”\n`);
      for (const w of result.descriptionWarnings) io.err(`warning: ${w}\n`);
      return 0;
    }),
  );
}
