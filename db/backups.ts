/**
 * Backups of the database with SQLite's online backup API (better-sqlite3 `db.backup`): a consistent copy
 * taken page by page while the app keeps answering (other calls run between steps), never a file copy
 * of a database in use. They live in a `backups` folder beside the database:
 * `sourcewise-<UTC date and time>-<reason>.sqlite`, written under a temporary name and renamed when
 * complete, so a half-written backup is never listed.
 *
 * - automatic: one a day (the first open of the day), the newest KEEP_AUTOMATIC kept;
 * - manual (teacher area, `sourcewise db backup`) and before-restore: the newest KEEP_MANUAL kept.
 *
 * Restoring copies a backup INTO the live database with the same API, so every open connection sees the
 * restored content at once, then runs any pending migrations (a backup from an older version). The
 * current content is backed up first ("before-restore"), so a restore can itself be undone.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';
import { migrate } from './open-database.js';

export type BackupReason = 'daily' | 'manual' | 'before-restore';

export interface BackupInfo {
  /** The file name inside the backups folder: what restore takes. */
  name: string;
  reason: BackupReason;
  createdAt: string;
  bytes: number;
}

export const KEEP_AUTOMATIC = 7;
export const KEEP_MANUAL = 10;

const NAME = /^sourcewise-(\d{8})-(\d{6})(?:-(\d+))?-(daily|manual|before-restore)\.sqlite$/;

export class BackupError extends Error {
  override name = 'BackupError';
}

export function backupsDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = NAME.exec(name);
    if (!m) continue;
    const st = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
    if (!st?.isFile()) continue;
    const [, day, time, , reason] = m;
    const createdAt = `${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6, 8)}T${time!.slice(0, 2)}:${time!.slice(2, 4)}:${time!.slice(4, 6)}Z`;
    out.push({ name, reason: reason as BackupReason, createdAt, bytes: st.size });
  }
  // Newest first; names of one second differ by their counter.
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Takes a backup of `db` into `dir` and prunes old ones of its kind. */
export async function createBackup(db: Database, dir: string, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  let name = `sourcewise-${stamp(now)}-${reason}.sqlite`;
  for (let n = 2; fs.existsSync(path.join(dir, name)); n++) name = `sourcewise-${stamp(now)}-${n}-${reason}.sqlite`;
  const temp = path.join(dir, `.${name}.partial`);
  try {
    await db.backup(temp);
    fs.renameSync(temp, path.join(dir, name));
  } finally {
    fs.rmSync(temp, { force: true });
  }
  prune(dir, reason);
  return listBackups(dir).find((b) => b.name === name)!;
}

function prune(dir: string, reason: BackupReason): void {
  const automatic = reason === 'daily';
  const same = listBackups(dir).filter((b) => (b.reason === 'daily') === automatic);
  for (const old of same.slice(automatic ? KEEP_AUTOMATIC : KEEP_MANUAL)) fs.rmSync(path.join(dir, old.name), { force: true });
}

/** The day's automatic backup, unless one was already taken today (UTC). */
export async function dailyBackup(db: Database, dir: string, now = new Date()): Promise<BackupInfo | undefined> {
  const today = stamp(now).slice(0, 8);
  if (listBackups(dir).some((b) => b.reason === 'daily' && b.name.startsWith(`sourcewise-${today}-`))) return undefined;
  return createBackup(db, dir, 'daily', now);
}

/** A backup's file, if `name` is one of the listed backups (never an arbitrary path). */
export function backupFile(dir: string, name: string): string {
  if (!NAME.test(name) || !listBackups(dir).some((b) => b.name === name))
    throw new BackupError(`There is no backup named "${name}".`);
  return path.join(dir, name);
}

/** Checks that a file is a Sourcewise database this version can open, before anything is overwritten. */
function checkRestorable(file: string): void {
  let src: Database | undefined;
  try {
    src = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const version = src.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION)
      throw new BackupError(
        `${path.basename(file)} was made by a newer version of Sourcewise (schema ${version}); update first.`,
      );
    if (version < 1) throw new BackupError(`${path.basename(file)} is not a Sourcewise backup (it has no Sourcewise tables).`);
    const check = src.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${path.basename(file)} is damaged (${String(check)}); choose another backup.`);
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${path.basename(file)} is not a Sourcewise backup (${(err as Error).message}).`);
  } finally {
    src?.close();
  }
}

/**
 * Replaces the content of the live database `db` with the backup `file`, after backing the current
 * content up. Returns the safety backup taken first.
 */
export async function restoreBackup(db: Database, dir: string, file: string, now = new Date()): Promise<BackupInfo> {
  checkRestorable(file);
  const safety = await createBackup(db, dir, 'before-restore', now);
  const src = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    await src.backup(db.name);
  } finally {
    src.close();
  }
  migrate(db);
  return safety;
}
