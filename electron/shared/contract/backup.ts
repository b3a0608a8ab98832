/**
 * Backups of the database (teacher area): list them, take one now, restore one. Automatic backups are
 * taken once a day; restoring backs up the current content first, so a restore can be undone.
 */
import type { CallTable } from './common.js';

export interface BackupEntry {
  /** The backup's file name: what `restoreBackup` takes (never a path). */
  name: string;
  reason: 'daily' | 'manual' | 'before-restore';
  createdAt: string;
  bytes: number;
}

export interface RestoreResult {
  restored: string;
  /** The backup of what was there before the restore. */
  safetyBackup: string;
}

export interface BackupApi {
  listBackups: { input: Record<string, never>; output: BackupEntry[] };
  createBackup: { input: Record<string, never>; output: BackupEntry };
  restoreBackup: { input: { name: string }; output: RestoreResult };
}

export const BACKUP_CALLS = {
  listBackups: { channel: 'backup:list', access: 'teacher' },
  createBackup: { channel: 'backup:create', access: 'teacher' },
  restoreBackup: { channel: 'backup:restore', access: 'teacher' },
} as const satisfies CallTable<BackupApi>;
