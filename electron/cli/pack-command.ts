/**
 * `sourcewise pack export LESSON-ID… -o FILE [--class NAME]` and `sourcewise pack import FILE [--dry-run]
 * [--json]`: lesson packs for teachers who script installs. The same service as the app's teacher area, so
 * a pack made here imports there and the other way round.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/open-database.js';
import { AppError } from '../core/app-error.js';
import { syncBundledLessons } from '../core/lesson/sync-bundled-lessons.js';
import { PACK_LIMITS } from '../core/packs/pack-format.js';
import { PacksService } from '../core/packs/packs-service.js';
import { bundledLessonsDir, defaultDatabasePath, projectRoot } from '../core/paths.js';
import type { PackImportResult, PackPreview } from '../shared/contract.js';
import type { CliIo } from './cli-io.js';

export const PACK_USAGE = `Usage:
  sourcewise pack export LESSON-ID… -o FILE [--class NAME] [--db FILE]
      one .swpack file with the current version of each lesson (LESSON-ID@VERSION for another version);
      with --class, made for that class (see \`sourcewise class create\`)
  sourcewise pack import FILE [--dry-run] [--json] [--db FILE]
      what the pack holds (new, updates, duplicates, skipped) and, without --dry-run, import it`;

function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

function openService(dbPath: string | undefined, io: CliIo) {
  const db = openDatabase(dbPath ?? defaultDatabasePath());
  const report = syncBundledLessons(db, bundledLessonsDir);
  for (const p of report.problems) io.err(`warning: ${p}\n`);
  return { db, packs: new PacksService(db, appVersion()) };
}

/** "doha-ceasefire-live@2" → { id, version: 2 }; a bare id means the current version. */
function parseChoice(arg: string): { id: string; version?: number } {
  const m = /^([a-z0-9-]+)(?:@(\d+))?$/.exec(arg);
  if (!m) throw new AppError('invalid_input', `"${arg}" is not a lesson id (or LESSON-ID@VERSION)`);
  return m[2] ? { id: m[1]!, version: Number(m[2]) } : { id: m[1]! };
}

function describe(p: PackPreview | PackImportResult, dryRun: boolean): string {
  const lines = [`${p.fileName}: pack format ${p.format}, made by Sourcewise ${p.appVersion} on ${p.createdAt}`];
  if (p.class) lines.push(`class: ${p.class.name} (${p.class.known ? 'already here' : 'new here'})`);
  for (const l of p.lessons) lines.push(`  ${l.status.padEnd(9)}  ${l.id} v${l.version}  ${l.title}  — ${l.note}`);
  const c = p.counts;
  lines.push(
    dryRun
      ? `Would import ${c.new} new and ${c.update} updated lessons; ${c.duplicate} duplicates and ${c.skipped} skipped. Nothing was changed (dry run).`
      : `Imported ${c.new} new and ${c.update} updated lessons; ${c.duplicate} duplicates and ${c.skipped} skipped were left as they were.`,
  );
  return lines.join('\n') + '\n';
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      out: { type: 'string', short: 'o' },
      class: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [sub, ...args] = positionals;
  if (values.help || !sub) {
    (values.help ? io.out : io.err)(PACK_USAGE + '\n');
    return values.help ? 0 : 2;
  }
  if (sub === 'export') {
    if (args.length === 0 || !values.out) {
      io.err(`Give the lessons and the file: sourcewise pack export LESSON-ID… -o FILE\n`);
      return 2;
    }
    const choices = args.map(parseChoice);
    const { db, packs } = openService(values.db, io);
    try {
      let classId: string | undefined;
      if (values.class !== undefined) {
        const cls = packs.findClass(values.class);
        if (!cls) {
          io.err(`There is no class "${values.class}". Make it with: sourcewise class create "${values.class}"\n`);
          return 1;
        }
        classId = cls.id;
      }
      const pack = await packs.exportPack(classId ? { lessons: choices, classId } : { lessons: choices });
      // Written beside the target and renamed, so a failed export never leaves half a pack under its name.
      const tmp = `${values.out}.partial-${process.pid}`;
      fs.writeFileSync(tmp, Buffer.from(pack.base64, 'base64'));
      fs.renameSync(tmp, values.out);
      const what = pack.lessons.map((l) => `${l.id} v${l.version}`).join(', ');
      io.out(`Wrote ${values.out} (${pack.bytes} bytes): ${what}${pack.class ? ` for class ${pack.class.name}` : ''}\n`);
      return 0;
    } finally {
      db.close();
    }
  }
  if (sub === 'import') {
    if (args.length !== 1) {
      io.err(`Give one pack file: sourcewise pack import FILE [--dry-run] [--json]\n`);
      return 2;
    }
    const file = args[0]!;
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch (err) {
      io.err(`sourcewise pack import: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})\n`);
      return 1;
    }
    // Refused before it is read into memory at all.
    if (size > PACK_LIMITS.fileBytes) {
      io.err(
        `sourcewise pack import: ${path.basename(file)}: the file is ${size} bytes; a pack may be at most ${PACK_LIMITS.fileBytes}\n`,
      );
      return 1;
    }
    const bytes = io.readFile(file);
    const { db, packs } = openService(values.db, io);
    try {
      const dryRun = values['dry-run'] === true;
      const name = path.basename(file);
      const result = dryRun ? await packs.preview(bytes, name) : await packs.importPack(bytes, name);
      io.out(values.json ? JSON.stringify(result, null, 2) + '\n' : describe(result, dryRun));
      return 0;
    } finally {
      db.close();
    }
  }
  io.err(`Unknown pack command "${sub}".\n${PACK_USAGE}\n`);
  return 2;
}
