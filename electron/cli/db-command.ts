/**
 * `sourcewise db backup | backups | restore NAME|FILE [--db FILE]`: the database's backups from the
 * command line (the teacher area offers the same). Whoever can run commands on this computer can already
 * read and replace the database file, so these need no PIN.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, backupFile, backupsDir, createBackup, listBackups, restoreBackup } from '../../db/backups.js';
import { openDatabase } from '../../db/open-database.js';
import { defaultDatabasePath } from '../core/paths.js';
import type { CliIo } from './cli-io.js';

const USAGE = `Usage:
  sourcewise db backup [--db FILE]            back the database up now (into the "backups" folder beside it)
  sourcewise db backups [--db FILE]           list the backups, newest first
  sourcewise db restore NAME|FILE [--db FILE] replace the database's content with a backup (the current
                                              content is backed up first, so this can be undone)`;

const size = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [sub, arg, ...extra] = positionals;
  const known = sub === 'backup' || sub === 'backups' || sub === 'restore';
  if (values.help || !known || extra.length > 0 || (sub === 'restore') !== (arg !== undefined)) {
    (values.help ? io.out : io.err)(USAGE + '\n');
    return values.help ? 0 : 2;
  }
  const dbPath = values.db ?? defaultDatabasePath();
  const dir = backupsDir(dbPath);
  if (sub === 'backups') {
    const all = listBackups(dir);
    if (all.length === 0) io.out(`No backups yet in ${dir}.\n`);
    for (const b of all) io.out(`${b.name}\t${b.reason}\t${b.createdAt}\t${size(b.bytes)}\n`);
    return 0;
  }
  const db = openDatabase(dbPath);
  try {
    if (sub === 'backup') {
      const b = await createBackup(db, dir, 'manual');
      io.out(`Backed up to ${path.join(dir, b.name)} (${size(b.bytes)}).\n`);
      return 0;
    }
    // A name from the list, or a path to a backup file kept elsewhere (a USB stick).
    const file = fs.existsSync(arg!) && !/^sourcewise-[^/\\]+\.sqlite$/.test(arg!) ? path.resolve(arg!) : backupFile(dir, arg!);
    const safety = await restoreBackup(db, dir, file);
    io.out(`Restored ${path.basename(file)}. What was there before is kept as ${safety.name}.\n`);
    return 0;
  } catch (err) {
    if (err instanceof BackupError) {
      io.err(`sourcewise db: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    db.close();
  }
}
