/**
 * Builds a database at an old schema version for migration tests: runs migrations 1..n exactly as
 * shipped (each test then inserts the rows it needs and opens the file with the current app).
 */
import type { Database } from 'better-sqlite3';
import { MIGRATIONS } from '../../db/migrations/index.js';

export function migrateTo(db: Database, version: number): void {
  for (const m of MIGRATIONS) {
    if (m.version > version) break;
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  }
}
