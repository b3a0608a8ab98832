/**
 * Classes and lesson packs on one install: create and list classes, export chosen lesson versions as a
 * pack (for a class), preview and import a pack. Reading, verifying and writing the zip are pure tasks
 * (runTask); this service decides against the database and stores, one transaction per import.
 *
 * An import only ever adds lesson versions, a class and lesson↔class links: profiles, attempts and answers
 * are never read or written here.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ClassesRepository, type ClassRow } from '../../../db/repositories/classes.js';
import { LessonsRepository } from '../../../db/repositories/lessons.js';
import { SettingsRepository } from '../../../db/repositories/settings.js';
import type {
  ClassSummary,
  JobInfo,
  PackableLesson,
  PackExport,
  PackImportResult,
  PackItemStatus,
  PackLessonChoice,
  PackPreview,
  PackPreviewItem,
} from '../../shared/contract.js';
import { PACK_EXTENSION, PACK_JOB_KINDS } from '../../shared/contract.js';
import { AppError } from '../app-error.js';
import type { JobRunner } from '../jobs/job-runner.js';
import { runTask } from '../jobs/run-task.js';
import { packRefusal, type VerifiedPack } from './read-pack.js';

export interface PackProgress {
  signal?: AbortSignal;
  progress?: (done: number, total: number, note?: string) => void;
}

function summary(row: ClassRow, lessons: number): ClassSummary {
  return { id: row.id, name: row.name, origin: row.origin, createdAt: row.createdAt, lessons };
}

/** "7B – Media studies" → "7b-media-studies", for file names. */
function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'class'
  );
}

export class PacksService {
  private readonly classes: ClassesRepository;
  private readonly lessons: LessonsRepository;
  private readonly settings: SettingsRepository;

  constructor(
    private readonly db: Database,
    private readonly appVersion: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.classes = new ClassesRepository(db);
    this.lessons = new LessonsRepository(db);
    this.settings = new SettingsRepository(db);
  }

  listClasses(): ClassSummary[] {
    return this.classes.list().map((c) => summary(c, c.lessons));
  }

  /** A class made here: a random id and a random 32-byte results key. Names of classes made here are unique. */
  createClass(name: string): ClassSummary {
    return this.db.transaction(() => {
      const taken = this.classes.findCreatedByName(name);
      if (taken) throw new AppError('conflict', `There is already a class called "${taken.name}".`);
      const row: ClassRow = {
        id: randomBytes(12).toString('hex'),
        name,
        resultsKey: randomBytes(32).toString('hex'),
        origin: 'created',
        createdAt: this.now().toISOString(),
      };
      this.classes.insert(row);
      return summary(row, 0);
    })();
  }

  /** The class with this id, or a not_found naming it. */
  requireClass(id: string): ClassRow {
    const row = this.classes.get(id);
    if (!row) throw new AppError('not_found', `There is no class "${id}".`);
    return row;
  }

  /** Finds a class by id or (case-insensitive) name, for the command line. */
  findClass(idOrName: string): ClassRow | undefined {
    return this.classes.get(idOrName) ?? this.classes.list().find((c) => c.name.toLowerCase() === idOrName.toLowerCase());
  }

  packableLessons(): PackableLesson[] {
    const links = this.classes.linksByLesson();
    const versions = this.db
      .prepare(
        `SELECT lesson_id AS lessonId, version, sha256, json_array_length(content, '$.passages') AS passages, loaded_at AS loadedAt
           FROM lesson_versions ORDER BY lesson_id, version`,
      )
      .all() as Array<{ lessonId: string; version: number; sha256: string; passages: number; loadedAt: string }>;
    return this.lessons.list().map((l) => ({
      id: l.id,
      title: l.title,
      currentVersion: l.currentVersion,
      versions: versions
        .filter((v) => v.lessonId === l.id)
        .map(({ version, sha256, passages, loadedAt }) => ({ version, sha256, passages, loadedAt })),
      classIds: links.get(l.id) ?? [],
    }));
  }

  // ---- export ----

  startExport(jobs: JobRunner, owner: string, input: { lessons: PackLessonChoice[]; classId?: string }): JobInfo {
    // Checked before the job starts, so a wrong id is an answer to the call, not a failed job.
    this.resolveChoices(input.lessons);
    if (input.classId) this.requireClass(input.classId);
    return jobs.start(PACK_JOB_KINDS.export, owner, (job) => this.exportPack(input, job));
  }

  private resolveChoices(choices: PackLessonChoice[]) {
    const seen = new Set<string>();
    return choices.map((c) => {
      if (seen.has(c.id))
        throw new AppError('invalid_input', `Lesson "${c.id}" is chosen twice; a pack holds one version of each lesson.`);
      seen.add(c.id);
      const row = this.lessons.get(c.id);
      if (!row) throw new AppError('not_found', `There is no lesson "${c.id}".`);
      const version = c.version ?? row.currentVersion;
      const stored = this.lessons.getVersion(c.id, version);
      if (!stored) throw new AppError('not_found', `There is no version ${version} of lesson "${c.id}".`);
      const title = (JSON.parse(stored.content) as { title: string }).title;
      return { id: c.id, version, title, json: stored.content, sha256: stored.sha256 };
    });
  }

  /** Builds a pack; with a class, links the lessons to it on this install (so it knows what it handed out). */
  async exportPack(input: { lessons: PackLessonChoice[]; classId?: string }, job: PackProgress = {}): Promise<PackExport> {
    const lessons = this.resolveChoices(input.lessons);
    const cls = input.classId ? this.requireClass(input.classId) : null;
    const now = this.now();
    job.progress?.(0, lessons.length, `Packing ${lessons.length} lesson${lessons.length === 1 ? '' : 's'}`);
    const bytes = await runTask(
      'writePack',
      {
        appVersion: this.appVersion,
        createdAt: now.toISOString(),
        installId: this.settings.get('install.id') ?? null,
        class: cls ? { id: cls.id, name: cls.name, resultsKey: cls.resultsKey } : null,
        lessons,
      },
      job.signal ? { signal: job.signal } : {},
    );
    if (job.signal?.aborted) throw new AppError('conflict', 'The export was cancelled.');
    if (cls) this.db.transaction(() => lessons.forEach((l) => this.classes.link(l.id, cls.id, now)))();
    job.progress?.(lessons.length, lessons.length, 'Packed');
    return {
      fileName: `sourcewise-${cls ? slug(cls.name) : 'lessons'}-${now.toISOString().slice(0, 10)}${PACK_EXTENSION}`,
      base64: Buffer.from(bytes).toString('base64'),
      bytes: bytes.byteLength,
      lessons: lessons.map(({ id, version, title }) => ({ id, version, title })),
      class: cls ? { id: cls.id, name: cls.name } : null,
    };
  }

  // ---- preview and import ----

  startPreview(jobs: JobRunner, owner: string, input: { fileName: string; base64: string }): JobInfo {
    const bytes = Buffer.from(input.base64, 'base64');
    return jobs.start(PACK_JOB_KINDS.preview, owner, (job) => this.preview(bytes, input.fileName, job));
  }

  startImport(jobs: JobRunner, owner: string, input: { fileName: string; base64: string }): JobInfo {
    const bytes = Buffer.from(input.base64, 'base64');
    return jobs.start(PACK_JOB_KINDS.import, owner, (job) => this.importPack(bytes, input.fileName, job));
  }

  private async verify(bytes: Uint8Array, fileName: string, job: PackProgress): Promise<VerifiedPack> {
    job.progress?.(0, 1, `Checking ${fileName}`);
    return runTask('readPack', { bytes, fileName }, job.signal ? { signal: job.signal } : {});
  }

  async preview(bytes: Uint8Array, fileName: string, job: PackProgress = {}): Promise<PackPreview> {
    const pack = await this.verify(bytes, fileName, job);
    return this.plan(pack, fileName);
  }

  /**
   * What importing `pack` would do here, decided from the database as it is now. A class already here
   * under the same id but another results key is refused: the pack did not come from the install that
   * made the class (or was edited), and results signed with one key would never verify with the other.
   */
  private plan(pack: VerifiedPack, fileName: string): PackPreview {
    let cls: PackPreview['class'] = null;
    if (pack.class) {
      const here = this.classes.get(pack.class.id);
      if (here && here.resultsKey !== pack.class.resultsKey)
        throw packRefusal(
          fileName,
          `the class "${pack.class.name}" is already on this install with a different results key; this pack was not made by the install that created the class`,
        );
      cls = { id: pack.class.id, name: pack.class.name, known: here !== undefined };
    }
    const lessons: PackPreviewItem[] = pack.lessons.map((l) => {
      const row = this.lessons.get(l.id);
      const item = (status: PackItemStatus, note: string): PackPreviewItem => ({
        id: l.id,
        version: l.version,
        title: l.title,
        passages: l.passages,
        status,
        installedVersion: row?.currentVersion ?? null,
        note,
      });
      if (!row) return item('new', 'New on this install.');
      const same = this.lessons.getVersion(l.id, l.version);
      if (same && same.sha256 === l.sha256) return item('duplicate', 'Already here (same content).');
      if (same)
        return item(
          'skipped',
          `This install has a different version ${l.version} of this lesson; it is kept (a changed key needs a new version number).`,
        );
      if (row.currentVersion > l.version) return item('skipped', `This install has a newer version (${row.currentVersion}).`);
      return item('update', `Replaces version ${row.currentVersion}; attempts already started keep their version.`);
    });
    const counts: Record<PackItemStatus, number> = { new: 0, update: 0, duplicate: 0, skipped: 0 };
    for (const l of lessons) counts[l.status]++;
    return { fileName, format: pack.format, appVersion: pack.appVersion, createdAt: pack.createdAt, class: cls, lessons, counts };
  }

  /** Imports a pack: new lessons and updates stored, the class stored, lessons linked. Idempotent. */
  async importPack(bytes: Uint8Array, fileName: string, job: PackProgress = {}): Promise<PackImportResult> {
    const pack = await this.verify(bytes, fileName, job);
    if (job.signal?.aborted) throw new AppError('conflict', 'The import was cancelled.');
    const byId = new Map(pack.lessons.map((l) => [l.id, l]));
    const now = this.now();
    // Decided and stored in one transaction: nothing changes unless everything does.
    return this.db.transaction(() => {
      const preview = this.plan(pack, fileName);
      const stored: PackImportResult['stored'] = [];
      preview.lessons.forEach((item, i) => {
        if (item.status !== 'new' && item.status !== 'update') return;
        const l = byId.get(item.id)!;
        const lesson = JSON.parse(l.json) as { title: string; description: string };
        this.lessons.putVersion(
          { id: l.id, version: l.version, title: lesson.title, description: lesson.description, origin: 'imported' },
          l.json,
          l.sha256,
          now,
        );
        stored.push({ id: l.id, version: l.version });
        job.progress?.(i + 1, preview.lessons.length, `Stored ${l.title}`);
      });
      let classStored = false;
      let linked = 0;
      if (pack.class) {
        if (!preview.class?.known) {
          this.classes.insert({ ...pack.class, origin: 'imported', createdAt: now.toISOString() });
          classStored = true;
        }
        for (const l of pack.lessons) if (this.classes.link(l.id, pack.class.id, now)) linked++;
      }
      return { ...preview, stored, classStored, linked };
    })();
  }
}
