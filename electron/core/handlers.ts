/**
 * The one handler registry behind both hosts (Electron IPC and the browser host's HTTP bridge).
 * `dispatch` takes a channel name and an `unknown` input, validates, runs, and always answers with an
 * Envelope: people-facing messages for expected problems, a bare `internal` for anything else
 * (no SQL text or stack ever reaches the renderer).
 */
import { accessOf, CHANNELS, type Channel, type Envelope, type Input, type Method, type Output } from '../shared/contract.js';
import { INPUT_SCHEMAS } from './api-schemas.js';
import { AppError } from './app-error.js';
import { storageFailure } from './storage-failure.js';
import type { StudyService } from './study-service.js';
import type { TeacherService } from './teacher/teacher-service.js';
import type { JobRunner } from './jobs/job-runner.js';
import type { PacksService } from './packs/packs-service.js';
import type { LibraryService } from './library/library-service.js';
import type { AppInfo } from '../shared/contract.js';
import type { BackupService } from './backup-service.js';
import type { ResultsService } from './results/results-service.js';

export interface HandlerContext {
  study: StudyService;
  teacher: TeacherService;
  jobs: JobRunner;
  packs: PacksService;
  library: LibraryService;
  backups: BackupService;
  results: ResultsService;
  appInfo: AppInfo;
  /** Where unexpected errors are written (stderr by default); tests capture it. */
  log: (message: string, error?: unknown) => void;
}

/**
 * Who is calling: one window of the desktop app (Electron's webContents id) or one tab of the browser
 * host (a random id the tab keeps in sessionStorage). The teacher area is unlocked per session, so a
 * second window never inherits a teacher's unlock.
 */
export interface Caller {
  session: string;
}

/** The caller of the command line and of in-process tests: one local session. */
export const LOCAL_CALLER: Caller = { session: 'local' };

type Handlers = { [M in Method]: (ctx: HandlerContext, input: Input<M>, caller: Caller) => Output<M> | Promise<Output<M>> };

const HANDLERS: Handlers = {
  appInfo: (ctx) => ctx.appInfo,
  listProfiles: (ctx) => ctx.study.listProfiles(),
  createProfile: (ctx, { name }) => ctx.study.createProfile(name),
  listLibrary: (ctx, { profileId }) => ctx.study.listLibrary(profileId),
  openAttempt: (ctx, input) => ctx.study.openAttempt(input),
  startNewAttempt: (ctx, input) => ctx.study.startNewAttempt(input),
  answer: (ctx, { attemptId, index, choice, confidence, seconds }) =>
    ctx.study.answer(attemptId, index, choice, confidence ?? null, seconds ?? null),
  attemptSummary: (ctx, { attemptId }) => ctx.study.summary(attemptId),
  hint: (ctx, { attemptId, index }) => ctx.study.hint(attemptId, index),
  teacherStatus: (ctx, _input, caller) => ctx.teacher.status(caller.session),
  setTeacherPin: (ctx, { pin, currentPin }, caller) => ctx.teacher.setPin(caller.session, pin, currentPin),
  unlockTeacher: (ctx, { pin }, caller) => ctx.teacher.unlock(caller.session, pin),
  lockTeacher: (ctx, _input, caller) => ctx.teacher.lock(caller.session),
  suggestLabels: (ctx, { source }) => ctx.teacher.suggest(source),
  draftLesson: (ctx, { source, title }) => ctx.teacher.draft(source, title),
  jobStatus: (ctx, { jobId }, caller) => ctx.jobs.status(jobId, caller.session),
  cancelJob: (ctx, { jobId }, caller) => ctx.jobs.cancel(jobId, caller.session),
  listClasses: (ctx) => ctx.packs.listClasses(),
  createClass: (ctx, { name }) => ctx.packs.createClass(name),
  listPackableLessons: (ctx) => ctx.packs.packableLessons(),
  exportPack: (ctx, input, caller) => ctx.packs.startExport(ctx.jobs, caller.session, input),
  previewPack: (ctx, input, caller) => ctx.packs.startPreview(ctx.jobs, caller.session, input),
  importPack: (ctx, input, caller) => ctx.packs.startImport(ctx.jobs, caller.session, input),
  importArticleText: (ctx, { text, format, name }) => ctx.library.importText(text, format, name),
  importArticleFiles: (ctx, { files }, caller) => ctx.library.importFiles(caller.session, files),
  importArticleFolder: (ctx, { path }, caller) => ctx.library.importFolder(caller.session, path),
  listArticles: (ctx) => ctx.library.listArticles(),
  getArticle: (ctx, { articleId }) => ctx.library.getArticle(articleId),
  searchArticles: (ctx, { query, limit }) => ctx.library.search(query, limit),
  deleteArticle: (ctx, { articleId }) => ctx.library.deleteArticle(articleId),
  openKeying: (ctx, { articleId, order }) => ctx.library.openKeying(articleId, order),
  editKeying: (ctx, { articleId, edit, order }) => ctx.library.editKeying(articleId, edit, order),
  checkPublish: (ctx, input) => ctx.library.checkPublish(input),
  publishLesson: (ctx, input) => ctx.library.publish(input),
  unpublishLesson: (ctx, { lessonId }) => ctx.library.unpublish(lessonId),
  republishLesson: (ctx, { lessonId }) => ctx.library.republish(lessonId),
  listTeacherLessons: (ctx) => ctx.library.listLessons(),
  importLessonFile: (ctx, { file }) => ctx.library.importLessonFile(file),
  myProgress: (ctx, { profileId }) => ctx.results.myProgress(profileId),
  exportMyResults: (ctx, { profileId, classId }) => ctx.results.exportMine(profileId, classId),
  importResults: (ctx, { files }, caller) => ctx.results.startImport(ctx.jobs, caller.session, files),
  classReport: (ctx, filters) => ctx.results.report(filters),
  resultsStudents: (ctx) => ctx.results.students(),
  confirmStudent: (ctx, { studentId, name }) => ctx.results.confirm(studentId, name),
  mergeStudents: (ctx, { studentIds, name }) => ctx.results.merge(studentIds, name),
  gradebookCsv: (ctx, filters) => ctx.results.gradebookCsv(filters),
  responsesCsv: (ctx, filters) => ctx.results.responsesCsv(filters),
  submitAnswer: (ctx, { attemptId, item, response, confidence, seconds }) =>
    ctx.study.submit(attemptId, item, response, confidence ?? null, seconds ?? null),
  renameProfile: (ctx, { profileId, name }) => ctx.study.renameProfile(profileId, name),
  deleteProfile: (ctx, { profileId }) => ctx.study.deleteProfile(profileId),
  listBackups: (ctx) => ctx.backups.list(),
  createBackup: (ctx) => ctx.backups.create(),
  restoreBackup: (ctx, { name }) => ctx.backups.restore(name),
};

const METHOD_BY_CHANNEL = new Map<string, Method>(
  (Object.entries(CHANNELS) as Array<[Method, Channel]>).map(([method, channel]) => [channel, method]),
);

export function isChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && METHOD_BY_CHANNEL.has(channel);
}

export async function dispatch(
  ctx: HandlerContext,
  channel: string,
  input: unknown,
  caller: Caller = LOCAL_CALLER,
): Promise<Envelope<unknown>> {
  const method = METHOD_BY_CHANNEL.get(channel);
  if (!method) return { ok: false, error: { code: 'not_found', message: `Unknown call "${String(channel).slice(0, 60)}".` } };
  // The one place teacher-only calls are refused: before the input is even looked at.
  if (accessOf(method) === 'teacher' && !ctx.teacher.admit(caller.session))
    return { ok: false, error: { code: 'forbidden', message: 'The teacher area is locked. Enter the teacher PIN.' } };
  const parsed = INPUT_SCHEMAS[method].safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: { code: 'invalid_input', message: `${where}${issue?.message ?? 'invalid input'}` } };
  }
  try {
    const run = HANDLERS[method] as (c: HandlerContext, i: unknown, caller: Caller) => unknown;
    return { ok: true, value: await run(ctx, parsed.data, caller) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.message } };
    ctx.log(`call ${channel} failed`, err);
    const storage = storageFailure(err);
    if (storage) return { ok: false, error: storage };
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong on our side; your earlier work is safe. Try again.' },
    };
  }
}
