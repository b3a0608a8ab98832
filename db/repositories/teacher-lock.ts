/** Wrong teacher PINs in a row, kept in the database (schema 5) so a restart does not forget them. */
import type { Database } from 'better-sqlite3';

export interface PinFailures {
  count: number;
  lastAt: number;
}

export class TeacherLockRepository {
  constructor(private readonly db: Database) {}

  /** The count, with a last failure never later than `now` (see rebase). */
  current(now: Date): PinFailures {
    const f = this.get();
    if (f.count > 0 && f.lastAt > now.getTime()) {
      this.rebase(now);
      return { count: f.count, lastAt: now.getTime() };
    }
    return f;
  }

  get(): PinFailures {
    const row = this.db.prepare('SELECT count, last_at AS lastAt FROM teacher_pin_failures WHERE id = 1').get() as
      { count: number; lastAt: string } | undefined;
    return row ? { count: row.count, lastAt: Date.parse(row.lastAt) || 0 } : { count: 0, lastAt: 0 };
  }

  /** One more wrong PIN; returns the new count. */
  addFailure(now: Date): number {
    return this.db
      .prepare(
        `INSERT INTO teacher_pin_failures (id, count, last_at) VALUES (1, 1, @at)
         ON CONFLICT(id) DO UPDATE SET count = count + 1, last_at = @at RETURNING count`,
      )
      .pluck()
      .get({ at: now.toISOString() }) as number;
  }

  /** The last failure was "in the future" (the clock was set back): count the pause from now instead. */
  rebase(now: Date): void {
    this.db.prepare('UPDATE teacher_pin_failures SET last_at = ? WHERE id = 1').run(now.toISOString());
  }

  clear(): void {
    this.db.prepare('DELETE FROM teacher_pin_failures').run();
  }
}
