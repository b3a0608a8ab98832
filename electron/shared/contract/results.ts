/**
 * Classroom results (issue 8): a student's own progress and results file on a classroom desktop; on the
 * teacher's install, importing results files, the class report, the students list, and the exports.
 */
import type { CueKind, Label, Subtype } from '../domain.js';
import type { CallTable } from './common.js';
import type { JobInfo } from './jobs.js';
import type { Discernment, LabelTally } from './study.js';

export const RESULT_EXERCISES = ['sort', 'intruder', 'who', 'mark'] as const;
export type ResultExercise = (typeof RESULT_EXERCISES)[number];

export const RESULT_EXERCISE_NAMES: Record<ResultExercise, string> = {
  sort: 'Sort the passages',
  intruder: 'Spot the intruder',
  who: 'Who says so?',
  mark: 'Mark the words',
};

/**
 * d′ and c mean something only with enough fact-or-not decisions, of both kinds: below this, reports say
 * "not enough answers yet" instead of a number a child or a parent could over-read.
 */
export const ENOUGH_DECISIONS = { total: 10, each: 3 } as const;

export function enoughDecisions(d: Pick<Discernment, 'hits' | 'misses' | 'falseAlarms' | 'correctRejections'>): boolean {
  const signal = d.hits + d.misses;
  const noise = d.falseAlarms + d.correctRejections;
  return signal + noise >= ENOUGH_DECISIONS.total && signal >= ENOUGH_DECISIONS.each && noise >= ENOUGH_DECISIONS.each;
}

/** A student's own progress, from this desktop's study data. */
export interface MyProgress {
  profileId: number;
  name: string;
  answers: number;
  /** accuracy per label per day (UTC), oldest first */
  overTime: Array<{ day: string; label: Label; total: number; correct: number }>;
  perLabel: Record<Label, LabelTally>;
  missed: Array<{ label: Label; subtype: Subtype; missed: number; total: number }>;
  /** null until there are enough fact-or-not decisions (ENOUGH_DECISIONS) */
  discernment: Discernment | null;
  decisions: number;
  calibration: { sure: LabelTally; unsure: LabelTally };
}

export interface ResultsFileDownload {
  fileName: string;
  json: string;
  attempts: number;
  answers: number;
  /** attempts on lessons that did not come for a class, not in the file */
  leftOut: number;
}

export interface ImportFileInput {
  name: string;
  text: string;
}

export type ImportProblem = 'malformed' | 'truncated' | 'newer_format' | 'not_results' | 'wrong_class' | 'tampered' | 'conflict';

export type ImportFileOutcome =
  | {
      file: string;
      ok: true;
      seenBefore: boolean;
      classId: string;
      attempts: number;
      newAttempts: number;
      newAnswers: number;
      flaggedAttempts: number;
      toConfirm: string[];
    }
  | { file: string; ok: false; problem: ImportProblem; message: string };

/** The result of an import job (`JobInfo.result` when kind is 'import-results'). */
export interface ImportReport {
  files: ImportFileOutcome[];
  imported: number;
  refused: number;
  newAnswers: number;
}

export interface ResultsStudent {
  id: number;
  name: string;
  review: boolean;
  sources: Array<{ installId: string; profileName: string }>;
  attempts: number;
}

export interface ReportFilters {
  classId?: string;
  lessonId?: string;
  exercise?: ResultExercise;
  /** YYYY-MM-DD, inclusive (UTC days) */
  from?: string;
  to?: string;
}

export interface ReportStudent {
  studentId: number;
  name: string;
  review: boolean;
  attempts: number;
  answers: number;
  /** mean answer score over the filter, percent */
  percent: number | null;
  perExercise: Partial<Record<ResultExercise, { answers: number; percent: number }>>;
  /** null when there are not enough fact-or-not decisions */
  discernment: Discernment | null;
  decisions: number;
  lastActivity: string | null;
  /** answers graded against a key version this install does not have */
  flagged: number;
}

export interface ReportItem {
  lessonId: string;
  lessonVersion: number;
  exercise: ResultExercise;
  item: number;
  /** passage text and key label from this install's key; null where it lacks that version */
  text: string | null;
  keyLabel: Label | null;
  answers: number;
  shareCorrect: number;
  mostChosenWrong: { label: Label; count: number } | null;
  cueMostMissed: CueKind | null;
}

export interface ClassReport {
  filters: ReportFilters;
  totals: { students: number; attempts: number; answers: number; flagged: number };
  students: ReportStudent[];
  /** every item of the chosen lesson, or the 40 hardest when no lesson is chosen */
  items: ReportItem[];
  /** key label (rows) × chosen label (columns), sort answers graded against a known key */
  confusion: { labels: Label[]; counts: number[][] };
  cuesMissed: Array<{ kind: CueKind; missed: number }>;
  lessons: Array<{ id: string; title: string }>;
  classes: Array<{ id: string; name: string }>;
}

export interface CsvDownload {
  fileName: string;
  csv: string;
  rows: number;
}

export interface ResultsApi {
  /** The student's own progress (the screen shows it only after the student's deliberate "show" step). */
  myProgress: { input: { profileId: number }; output: MyProgress };
  /** The student's results file, signed for the class the lessons came for. */
  exportMyResults: { input: { profileId: number; classId?: string }; output: ResultsFileDownload };
  /** Starts an import job (kind 'import-results'; result: ImportReport). */
  importResults: { input: { files: ImportFileInput[] }; output: JobInfo };
  classReport: { input: ReportFilters; output: ClassReport };
  resultsStudents: { input: Record<string, never>; output: ResultsStudent[] };
  confirmStudent: { input: { studentId: number; name: string }; output: ResultsStudent[] };
  mergeStudents: { input: { studentIds: number[]; name: string }; output: ResultsStudent[] };
  gradebookCsv: { input: ReportFilters; output: CsvDownload };
  responsesCsv: { input: ReportFilters; output: CsvDownload };
}

export const RESULTS_CALLS = {
  myProgress: { channel: 'results:my-progress', access: 'anyone' },
  exportMyResults: { channel: 'results:export-mine', access: 'anyone' },
  importResults: { channel: 'results:import', access: 'teacher' },
  classReport: { channel: 'results:report', access: 'teacher' },
  resultsStudents: { channel: 'results:students', access: 'teacher' },
  confirmStudent: { channel: 'results:confirm-student', access: 'teacher' },
  mergeStudents: { channel: 'results:merge-students', access: 'teacher' },
  gradebookCsv: { channel: 'results:gradebook-csv', access: 'teacher' },
  responsesCsv: { channel: 'results:responses-csv', access: 'teacher' },
} as const satisfies CallTable<ResultsApi>;
