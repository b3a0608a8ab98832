/**
 * The teacher's backup calls over db/backups.ts, and the day's automatic backup. Restoring replaces the
 * live database's content, so caches of what was read from it are dropped afterwards.
 */
import type { Database } from 'better-sqlite3';
import { BackupError, backupFile, backupsDir, createBackup, dailyBackup, listBackups, restoreBackup } from '../../db/backups.js';
import type { BackupEntry, RestoreResult } from '../shared/contract.js';
import { AppError } from './app-error.js';

export class BackupService {
  readonly dir: string;
  /** At most one backup or restore at a time: a second request waits for the first. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    dbPath: string,
    private readonly afterRestore: () => void,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.dir = backupsDir(dbPath);
  }

  list(): BackupEntry[] {
    return listBackups(this.dir);
  }

  create(): Promise<BackupEntry> {
    const at = this.now();
    return this.serial(() => createBackup(this.db, this.dir, 'manual', at));
  }

  /** The day's backup, if none was taken today; for the hosts to call at start. */
  daily(): Promise<BackupEntry | undefined> {
    const at = this.now();
    // The app may have closed while an earlier backup ran: then there is nothing to back up.
    return this.serial(async () => (this.db.open ? dailyBackup(this.db, this.dir, at) : undefined));
  }

  restore(name: string): Promise<RestoreResult> {
    const at = this.now();
    return this.serial(async () => {
      const safety = await restoreBackup(this.db, this.dir, backupFile(this.dir, name), at);
      this.afterRestore();
      return { restored: name, safetyBackup: safety.name };
    });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work).catch((err: unknown) => {
      if (err instanceof BackupError)
        throw new AppError(err.message.startsWith('There is no backup') ? 'not_found' : 'bad_file', err.message);
      throw err;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
