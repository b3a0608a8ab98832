/**
 * `sourcewise lesson list | export <id> | schema` — lessons as the app has them (the app's database,
 * with the bundled lessons loaded), for teachers' scripts.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase } from '../../db/open-database.js';
import { LessonCatalog } from '../core/lesson/lesson-catalog.js';
import { exportLesson } from '../core/lesson/export-lesson.js';
import { LESSON_FORMATS, lessonSchema } from '../core/lesson/lesson-schema.js';
import { syncBundledLessons } from '../core/lesson/sync-bundled-lessons.js';
import { bundledLessonsDir, defaultDatabasePath } from '../core/paths.js';
import type { CliIo } from './cli-io.js';

export const LESSON_USAGE = `Usage:
  sourcewise lesson list [--json] [--db FILE]       the lessons, one a line (id, version, passages, title)
  sourcewise lesson export <lesson-id> [--db FILE]  the lesson with its key, as JSON
  sourcewise lesson schema                          the JSON Schema of lesson files
  sourcewise lesson draft FILE --title T            a lesson file keyed by the analyzer, to review (JSON)`;

/** The JSON Schema of lesson files, generated from the one zod definition. */
export function lessonJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(lessonSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://sourcewise.invalid/lesson.schema.json',
    title: `Sourcewise lesson (format ${LESSON_FORMATS.join(' or ')})`,
  };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [sub, id, ...extra] = positionals;
  if (values.help || !sub) {
    io.out(LESSON_USAGE + '\n');
    return sub || values.help ? 0 : 2;
  }
  if (sub === 'schema') {
    io.out(JSON.stringify(lessonJsonSchema(), null, 2) + '\n');
    return 0;
  }
  if (sub === 'draft') return draft(id, extra, values.title, io);
  if (sub !== 'list' && sub !== 'export') {
    io.err(`Unknown lesson command "${sub}".\n${LESSON_USAGE}\n`);
    return 2;
  }
  if (sub === 'export' && (!id || extra.length > 0)) {
    io.err(`Give exactly one lesson id: sourcewise lesson export <lesson-id>\n`);
    return 2;
  }
  const db = openDatabase(values.db ?? defaultDatabasePath());
  try {
    const report = syncBundledLessons(db, bundledLessonsDir);
    for (const p of report.problems) io.err(`warning: ${p}\n`);
    const catalog = new LessonCatalog(db);
    if (sub === 'list') {
      const rows = catalog.list().map((r) => ({
        id: r.id,
        version: r.currentVersion,
        title: r.title,
        passages: catalog.version(r.id, r.currentVersion).passages.length,
        origin: r.origin,
      }));
      if (values.json) io.out(JSON.stringify(rows, null, 2) + '\n');
      else for (const r of rows) io.out(`${r.id}\tv${r.version}\t${r.passages} passages\t${r.title}\n`);
      return 0;
    }
    const row = catalog.list().find((r) => r.id === id);
    if (!row) {
      io.err(
        `There is no lesson "${id}". Lessons: ${
          catalog
            .list()
            .map((r) => r.id)
            .join(', ') || '(none)'
        }\n`,
      );
      return 1;
    }
    io.out(JSON.stringify(exportLesson(catalog.version(row.id, row.currentVersion)), null, 2) + '\n');
    return 0;
  } finally {
    db.close();
  }
}

/** Drafts a lesson from an article with the analyzer: the same code path as the app's teacher area. */
async function draft(file: string | undefined, extra: string[], title: string | undefined, io: CliIo): Promise<number> {
  if (!file || extra.length > 0 || !title?.trim()) {
    io.err('Give one article file and a title: sourcewise lesson draft FILE --title "Lesson title"\n');
    return 2;
  }
  const { decodeInput, InputError } = await import('../core/analyzer/input.js');
  const { analyzeDocument } = await import('../core/analyzer/index.js');
  const { draftLessonFromAnalysis } = await import('../core/teacher/lesson-draft.js');
  const { MAX_ARTICLE_BYTES } = await import('../core/teacher/teacher-service.js');
  let input;
  try {
    input = decodeInput(io.readFile(file), file, MAX_ARTICLE_BYTES);
  } catch (err) {
    if (err instanceof InputError || (err as NodeJS.ErrnoException).code) {
      io.err(`sourcewise lesson draft: ${(err as Error).message}\n`);
      return 1;
    }
    throw err;
  }
  const analysis = analyzeDocument(input);
  if (analysis.passages.length === 0) {
    io.err(`sourcewise lesson draft: ${file} has no text to make a lesson from\n`);
    return 1;
  }
  io.out(draftLessonFromAnalysis(analysis, { title: title.trim(), sourceName: `the file “${file}”`, now: new Date() }).json);
  return 0;
}
