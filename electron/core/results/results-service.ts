/**
 * The results calls, on one database: what the handlers call. Imports run as jobs (progress per file,
 * cancellable between files); a file is stored whole or not at all.
 */
import type { Database } from 'better-sqlite3';
import type {
  ClassReport,
  CsvDownload,
  ImportFileInput,
  ImportReport,
  JobInfo,
  MyProgress,
  ReportFilters,
  ResultsFileDownload,
  ResultsStudent,
} from '../../shared/contract.js';
import type { JobRunner } from '../jobs/job-runner.js';
import { runTask } from '../jobs/run-task.js';
import { classReport } from './class-report.js';
import { exportResults } from './export-results.js';
import { gradebook, gradebookCsv } from './gradebook.js';
import { ResultsImporter } from './import-results.js';
import { LessonKeys } from './lesson-keys.js';
import { myProgress } from './my-progress.js';
import { writeResponsesCsv } from './responses-csv.js';
import { confirmStudent, listStudents, mergeStudents } from './results-students.js';

export class ResultsService {
  private readonly importer: ResultsImporter;
  private readonly keys: LessonKeys;

  constructor(
    private readonly db: Database,
    private readonly appVersion: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.importer = new ResultsImporter(db, now);
    this.keys = new LessonKeys(db);
  }

  myProgress(profileId: number): MyProgress {
    return myProgress(this.db, profileId);
  }

  exportMine(profileId: number, classId?: string): ResultsFileDownload {
    const r = exportResults(this.db, {
      profileId,
      ...(classId ? { classId } : {}),
      appVersion: this.appVersion,
      now: this.now(),
    });
    return {
      fileName: r.fileName,
      json: JSON.stringify(r.file, null, 1) + '\n',
      attempts: r.attempts,
      answers: r.answers,
      leftOut: r.leftOut,
    };
  }

  /** Imports files one by one, in order; progress after each. */
  async importAll(
    files: readonly ImportFileInput[],
    signal?: AbortSignal,
    progress?: (done: number, total: number, note: string) => void,
  ): Promise<ImportReport> {
    const report: ImportReport = { files: [], imported: 0, refused: 0, newAnswers: 0 };
    for (const [i, f] of files.entries()) {
      if (signal?.aborted) break;
      progress?.(i, files.length, `Reading file ${i + 1} of ${files.length}: ${f.name}`);
      // Parsing is the heavy, pure part: a task (off the answering thread once tasks run in a worker).
      const parsed = await runTask('parseResultsFile', { text: f.text }, signal ? { signal } : {});
      const outcome = this.importer.importParsed(f.name, parsed);
      report.files.push(outcome);
      if (outcome.ok) {
        report.imported++;
        report.newAnswers += outcome.newAnswers;
      } else report.refused++;
    }
    progress?.(report.files.length, files.length, `Read ${report.files.length} of ${files.length} files`);
    return report;
  }

  startImport(jobs: JobRunner, session: string, files: readonly ImportFileInput[]): JobInfo {
    return jobs.start('import-results', session, (job) => this.importAll(files, job.signal, job.progress));
  }

  report(filters: ReportFilters): ClassReport {
    return classReport(this.db, filters, this.keys);
  }

  students(): ResultsStudent[] {
    return listStudents(this.db);
  }

  confirm(studentId: number, name: string): ResultsStudent[] {
    return confirmStudent(this.db, studentId, name);
  }

  merge(studentIds: number[], name: string): ResultsStudent[] {
    return mergeStudents(this.db, studentIds, name);
  }

  gradebookCsv(filters: ReportFilters): CsvDownload {
    const g = gradebook(this.db, filters);
    return { fileName: `gradebook-${this.now().toISOString().slice(0, 10)}.csv`, csv: gradebookCsv(g), rows: g.rows.length };
  }

  async responsesCsv(filters: ReportFilters): Promise<CsvDownload> {
    const parts: string[] = [];
    const rows = await writeResponsesCsv(this.db, filters, (chunk) => void parts.push(chunk));
    return { fileName: `responses-${this.now().toISOString().slice(0, 10)}.csv`, csv: parts.join(''), rows };
  }
}
