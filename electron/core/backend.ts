/**
 * The backend as one object: open (or create and migrate) the database, load the bundled lessons, and
 * answer calls. Both hosts — the Electron shell and the browser host — use exactly this.
 */
import fs from 'node:fs';
import { DatabaseTooNewError, DatabaseUnreadableError, openDatabase } from '../../db/open-database.js';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import type { Envelope } from '../shared/contract.js';
import { dispatch, type Caller, type HandlerContext } from './handlers.js';
import { LessonCatalog } from './lesson/lesson-catalog.js';
import { syncBundledLessons, type SyncReport } from './lesson/sync-bundled-lessons.js';
import { bundledLessonsDir, projectRoot } from './paths.js';
import { StudyService } from './study-service.js';
import { TeacherService } from './teacher/teacher-service.js';
import { JobRunner } from './jobs/job-runner.js';
import { PacksService } from './packs/packs-service.js';
import { LibraryService } from './library/library-service.js';
import { BackupService } from './backup-service.js';
import { ResultsService } from './results/results-service.js';
import path from 'node:path';

export { DatabaseTooNewError, DatabaseUnreadableError };

export type { Caller };

export interface Backend {
  /** `caller` defaults to the one local session of the CLI and in-process tests. */
  dispatch(channel: string, input: unknown, caller?: Caller): Promise<Envelope<unknown>>;
  /** A window or browser tab went away: forget what its session had unlocked. */
  endSession(session: string): void;
  close(): void;
  /** What loading the bundled lessons did (problems are also logged). */
  readonly lessons: SyncReport;
  readonly dbPath: string;
}

export interface BackendOptions {
  dbPath: string;
  host: 'electron' | 'web';
  nativeBinding?: string;
  lessonsDir?: string;
  log?: (message: string, error?: unknown) => void;
  now?: () => Date;
  /** Take the day's backup (db/backups.ts) in the background after opening: the hosts do, tests need not. */
  autoBackup?: boolean;
}

function readAppVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

const defaultLog = (message: string, error?: unknown) =>
  console.error(`[sourcewise] ${message}`, error instanceof Error ? error.stack : (error ?? ''));

export function openBackend(options: BackendOptions): Backend {
  const log = options.log ?? defaultLog;
  const db = openDatabase(options.dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const lessons = syncBundledLessons(db, options.lessonsDir ?? bundledLessonsDir, options.now?.() ?? new Date());
  for (const problem of lessons.problems) log(`bundled lesson not loaded: ${problem}`);
  const catalog = new LessonCatalog(db);
  for (const d of catalog.damaged()) log(`stored lesson not usable: ${d.problem}`);
  const appVersion = readAppVersion();
  const jobs = new JobRunner(log, options.now);
  const ctx: HandlerContext = {
    study: new StudyService(db, catalog, options.now),
    teacher: new TeacherService(db, options.now),
    jobs,
    packs: new PacksService(db, appVersion, options.now),
    library: new LibraryService(db, jobs, options.now),
    backups: new BackupService(db, options.dbPath, () => catalog.forget(), options.now),
    results: new ResultsService(db, appVersion, options.now),
    appInfo: { name: 'Sourcewise', version: appVersion, host: options.host, schemaVersion: LATEST_SCHEMA_VERSION },
    log,
  };
  // Closing the app during the backup stops it (better-sqlite3 rejects it): not worth a log line then.
  if (options.autoBackup) ctx.backups.daily().catch((err: unknown) => db.open && log('the daily backup failed', err));
  return {
    dispatch: (channel, input, caller) => dispatch(ctx, channel, input, caller),
    endSession: (session) => ctx.teacher.endSession(session),
    close: () => {
      ctx.jobs.cancelAll();
      db.close();
    },
    lessons,
    dbPath: options.dbPath,
  };
}
