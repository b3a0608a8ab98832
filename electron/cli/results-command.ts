/**
 * `sourcewise results …` — classroom results from the command line: a desktop's results file, importing
 * files on the teacher's computer, the class report, and the gradebook / responses / xAPI exports.
 * Like `teacher reset-pin`, the command line asks for no PIN: whoever can run commands here can already
 * read the database file.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/open-database.js';
import { ProfilesRepository } from '../../db/repositories/profiles.js';
import { AppError } from '../core/app-error.js';
import { defaultDatabasePath, projectRoot } from '../core/paths.js';
import { classReport } from '../core/results/class-report.js';
import { exportResults } from '../core/results/export-results.js';
import { gradebook, gradebookCsv } from '../core/results/gradebook.js';
import { ResultsService } from '../core/results/results-service.js';
import { streamSink, writeResponsesCsv } from '../core/results/responses-csv.js';
import { writeXapi } from '../core/results/xapi.js';
import { RESULT_EXERCISES, type ReportFilters, type ResultExercise } from '../shared/contract.js';
import { LABEL_NAMES } from '../shared/domain.js';
import type { CliIo } from './cli-io.js';
import path from 'node:path';

export const RESULTS_USAGE = `Usage:
  sourcewise results export [--profile NAME] [--class ID] -o FILE     this desktop's results file (one student, or all)
  sourcewise results export --format gradebook|responses|xapi -o FILE [filters]   exports of imported results
  sourcewise results import FILE… [--json]                             import results files (teacher's computer)
  sourcewise results report [--lesson ID] [filters] [--json]           the class report
Filters: --class ID --lesson ID --exercise sort|intruder|who|mark --from YYYY-MM-DD --to YYYY-MM-DD
All take --db FILE (default: this computer's database).`;

function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      profile: { type: 'string' },
      class: { type: 'string' },
      lesson: { type: 'string' },
      exercise: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [sub, ...files] = positionals;
  if (values.help || !sub) {
    io.out(RESULTS_USAGE + '\n');
    return values.help ? 0 : 2;
  }
  const usage = (message: string) => {
    io.err(`${message}\n${RESULTS_USAGE}\n`);
    return 2;
  };
  if (values.exercise !== undefined && !(RESULT_EXERCISES as readonly string[]).includes(values.exercise))
    return usage(`--exercise is one of ${RESULT_EXERCISES.join(', ')}.`);
  for (const d of [values.from, values.to])
    if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d)) return usage(`"${d}" is not a date (YYYY-MM-DD).`);
  const filters: ReportFilters = {
    ...(values.class ? { classId: values.class } : {}),
    ...(values.lesson ? { lessonId: values.lesson } : {}),
    ...(values.exercise ? { exercise: values.exercise as ResultExercise } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  };
  if (sub === 'export' && !values.output) return usage('Give the file to write: -o FILE.');
  if (sub === 'import' && files.length === 0) return usage('Give the results files to import.');
  if (!['export', 'import', 'report'].includes(sub)) return usage(`Unknown results command "${sub}".`);

  const db = openDatabase(values.db ?? defaultDatabasePath());
  try {
    if (sub === 'export') {
      const out = values.output!;
      if (values.format === undefined) {
        let profileId: number | undefined;
        if (values.profile !== undefined) {
          const p = new ProfilesRepository(db).findByName(values.profile);
          if (!p) throw new AppError('not_found', `There is no profile "${values.profile}" on this computer.`);
          profileId = p.id;
        }
        const r = exportResults(db, {
          ...(profileId !== undefined ? { profileId } : {}),
          ...(values.class ? { classId: values.class } : {}),
          appVersion: appVersion(),
          now: new Date(),
        });
        fs.writeFileSync(out, JSON.stringify(r.file, null, 1) + '\n');
        io.out(
          `Wrote ${out}: ${r.attempts} attempts, ${r.answers} answers` +
            (r.leftOut > 0 ? ` (${r.leftOut} attempts on lessons not handed out for this class left out)` : '') +
            '.\n',
        );
        return 0;
      }
      if (values.format === 'gradebook') {
        const g = gradebook(db, filters);
        fs.writeFileSync(out, gradebookCsv(g));
        io.out(`Wrote ${out}: ${g.rows.length} students × ${g.columns.length} lesson exercises.\n`);
        return 0;
      }
      if (values.format === 'responses' || values.format === 'xapi') {
        const stream = fs.createWriteStream(out);
        const write = values.format === 'responses' ? writeResponsesCsv : writeXapi;
        const n = await write(db, filters, streamSink(stream));
        await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
        io.out(`Wrote ${out}: ${n} ${values.format === 'responses' ? 'answers' : 'statements'}.\n`);
        return 0;
      }
      return usage(`--format is gradebook, responses or xapi (not "${values.format}").`);
    }
    if (sub === 'import') {
      const service = new ResultsService(db, appVersion());
      const report = await service.importAll(
        files.map((f) => ({ name: path.basename(f), text: io.readFile(f).toString('utf8') })),
      );
      if (values.json) io.out(JSON.stringify(report, null, 2) + '\n');
      else {
        for (const f of report.files)
          io.out(
            f.ok
              ? `${f.file}: ${f.newAnswers} new answers in ${f.newAttempts} new attempts (${f.attempts} in the file)` +
                  (f.flaggedAttempts ? `; ${f.flaggedAttempts} graded against a key this computer lacks` : '') +
                  (f.toConfirm.length ? `; merged by name, to confirm: ${f.toConfirm.join(', ')}` : '') +
                  '\n'
              : `REFUSED ${f.message}\n`,
          );
        io.out(`${report.imported} imported, ${report.refused} refused, ${report.newAnswers} new answers.\n`);
      }
      return report.refused > 0 ? 1 : 0;
    }
    const report = classReport(db, filters);
    if (values.json) {
      io.out(JSON.stringify(report, null, 2) + '\n');
      return 0;
    }
    io.out(`${report.totals.students} students, ${report.totals.attempts} attempts, ${report.totals.answers} answers\n\n`);
    io.out(
      `${'student'.padEnd(28)} ${'attempts'.padStart(8)} ${'answers'.padStart(8)} ${'score %'.padStart(8)}  d′ / c        last activity\n`,
    );
    for (const s of report.students)
      io.out(
        `${s.name.slice(0, 28).padEnd(28)} ${String(s.attempts).padStart(8)} ${String(s.answers).padStart(8)} ${String(s.percent ?? '').padStart(8)}  ` +
          `${(s.discernment ? `${s.discernment.dPrime} / ${s.discernment.c}` : 'too few').padEnd(13)} ${s.lastActivity ?? ''}` +
          (s.review ? '  (merged by name: confirm)' : '') +
          (s.flagged ? `  (${s.flagged} answers on a key this computer lacks)` : '') +
          '\n',
      );
    io.out('\nkey \\ chosen'.padEnd(20) + report.confusion.labels.map((l) => l.padStart(12)).join('') + '\n');
    report.confusion.labels.forEach((l, i) =>
      io.out(
        LABEL_NAMES[l].slice(0, 18).padEnd(19) + report.confusion.counts[i]!.map((n) => String(n).padStart(12)).join('') + '\n',
      ),
    );
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      io.err(`${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    db.close();
  }
}
