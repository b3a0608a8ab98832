/** Profiles: a display name per student; several share one computer; no password. */
import type { Database } from 'better-sqlite3';

export interface ProfileRow {
  id: number;
  name: string;
  createdAt: string;
}

/** "  Sam  Lee " and "sam lee" are the same student on one machine. */
export function profileNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export class ProfilesRepository {
  constructor(private readonly db: Database) {}

  list(): ProfileRow[] {
    return this.db.prepare('SELECT id, name, created_at AS createdAt FROM profiles ORDER BY name_key').all() as ProfileRow[];
  }

  get(id: number): ProfileRow | undefined {
    return this.db.prepare('SELECT id, name, created_at AS createdAt FROM profiles WHERE id = ?').get(id) as
      ProfileRow | undefined;
  }

  findByName(name: string): ProfileRow | undefined {
    return this.db
      .prepare('SELECT id, name, created_at AS createdAt FROM profiles WHERE name_key = ?')
      .get(profileNameKey(name)) as ProfileRow | undefined;
  }

  create(name: string, now: Date): ProfileRow {
    const display = name.normalize('NFC').trim().replace(/\s+/g, ' ');
    const createdAt = now.toISOString();
    const info = this.db
      .prepare('INSERT INTO profiles (name, name_key, created_at) VALUES (?, ?, ?)')
      .run(display, profileNameKey(display), createdAt);
    return { id: Number(info.lastInsertRowid), name: display, createdAt };
  }

  rename(id: number, name: string): ProfileRow {
    const display = name.normalize('NFC').trim().replace(/\s+/g, ' ');
    this.db.prepare('UPDATE profiles SET name = ?, name_key = ? WHERE id = ?').run(display, profileNameKey(display), id);
    return this.get(id)!;
  }

  /** Deletes the profile; its attempts, answers and hints go with it (ON DELETE CASCADE). */
  delete(id: number): void {
    this.db.prepare('DELETE FROM profiles WHERE id = ?').run(id);
  }
}
