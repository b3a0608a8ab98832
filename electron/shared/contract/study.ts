/**
 * The student's calls: app info, profiles, the library, attempts, answers, summaries and hints.
 */
import type { Cue, Label, Role, Subtype } from '../domain.js';
import type { CallTable } from './common.js';

export interface AppInfo {
  name: string;
  version: string;
  /** Which host runs the backend: the Electron shell or the browser host (`npm run web`). */
  host: 'electron' | 'web';
  schemaVersion: number;
}

export interface Profile {
  id: number;
  name: string;
  createdAt: string; // ISO 8601
}

export type AttemptStatus = 'in_progress' | 'completed';

/** Where a lesson's page came from, shown to students (a licence may require the credit line). */
export interface LessonCredit {
  site?: string;
  url?: string;
  published?: string;
  credit?: string;
}

export interface LibraryEntry {
  lessonId: string;
  title: string;
  description: string;
  version: number;
  source: LessonCredit;
  passageCount: number;
  /** The profile's attempt in progress (or the latest completed one when none is in progress). */
  current: { attemptId: number; status: AttemptStatus; answered: number; total: number } | null;
  completedAttempts: number;
  /** Best completed attempt: correct answers out of total. */
  best: { correct: number; total: number } | null;
}

/**
 * A passage as the student sees it: no key. `display` says how the page showed it (a heading or running
 * text) without leaking the role: the consent banner and the reader comment are shown as text, as on the page.
 */
export interface StudentPassage {
  index: number;
  paragraph: number;
  display: 'heading' | 'text';
  text: string;
}

/** The key of one passage, revealed once the student has answered it. */
export interface PassageKey {
  label: Label;
  subtype: Subtype;
  role: Role;
  fromOutlet: boolean;
  accept: Label[];
  explanation: string;
  cues: Cue[];
}

export type Confidence = 'sure' | 'unsure';

export interface Feedback {
  index: number;
  choice: Label;
  confidence: Confidence | null;
  /** true when the choice is the key's label or one of its also-acceptable labels. */
  correct: boolean;
  /** 'primary' = the key's label; 'alternative' = an also-acceptable label; null = wrong. */
  matched: 'primary' | 'alternative' | null;
  key: PassageKey;
}

export interface AttemptView {
  attemptId: number;
  profileId: number;
  status: AttemptStatus;
  lesson: { id: string; title: string; version: number; source: LessonCredit; passages: StudentPassage[] };
  /** Answers already given, in the order given (resume shows their feedback). */
  answers: Feedback[];
  /** The passage to ask next (page order, first unanswered); null when every passage is answered. */
  nextIndex: number | null;
}

export interface AnswerResult {
  feedback: Feedback;
  nextIndex: number | null;
  status: AttemptStatus;
}

export interface LabelTally {
  total: number;
  correct: number;
}

/**
 * Signal detection on the fact-or-not decision: "signal" = the key says reported fact; the student
 * "says yes" when answering reported. dPrime = discernment; c > 0 = bias towards doubting
 * (answering "not a fact"). Rates use the log-linear correction so that 0 and 1 stay finite.
 */
export interface Discernment {
  hits: number;
  misses: number;
  falseAlarms: number;
  correctRejections: number;
  dPrime: number;
  c: number;
}

export interface Calibration {
  sure: LabelTally;
  unsure: LabelTally;
}

export interface WrongAnswer extends Feedback {
  text: string;
}

export interface AttemptSummary {
  attemptId: number;
  lessonId: string;
  lessonTitle: string;
  status: AttemptStatus;
  total: number;
  answered: number;
  correct: number;
  /** Whole percent of all passages, 0–100. */
  score: number;
  perLabel: Record<Label, LabelTally>;
  /** Kinds of passage (by subtype) the student got wrong, most missed first. */
  missed: Array<{ label: Label; subtype: Subtype; missed: number; total: number }>;
  wrong: WrongAnswer[];
  discernment: Discernment;
  calibration: Calibration;
  /** Passages for which the student asked for a hint before answering. */
  hintsUsed: number;
}

/**
 * A hint for a passage not yet answered: the words the analyzer finds telling, and questions to ask of
 * them — never the label. It points at words, not at an answer.
 */
export interface Hint {
  index: number;
  cues: Cue[];
  questions: string[];
}

export interface StudyApi {
  appInfo: { input: Record<string, never>; output: AppInfo };
  listProfiles: { input: Record<string, never>; output: Profile[] };
  createProfile: { input: { name: string }; output: Profile };
  listLibrary: { input: { profileId: number }; output: LibraryEntry[] };
  /** Resume the profile's attempt in progress on this lesson, or start one. */
  openAttempt: { input: { profileId: number; lessonId: string }; output: AttemptView };
  /** Start a fresh attempt (retry); earlier attempts are kept. */
  startNewAttempt: { input: { profileId: number; lessonId: string }; output: AttemptView };
  /** Committed to the database before the feedback is returned. */
  answer: {
    input: { attemptId: number; index: number; choice: Label; confidence?: Confidence };
    output: AnswerResult;
  };
  attemptSummary: { input: { attemptId: number }; output: AttemptSummary };
  /** The analyzer's cue words for a passage, recorded as a hint used when it is not yet answered. */
  hint: { input: { attemptId: number; index: number }; output: Hint };
}

export const STUDY_CALLS = {
  appInfo: { channel: 'app:info', access: 'anyone' },
  listProfiles: { channel: 'profiles:list', access: 'anyone' },
  createProfile: { channel: 'profiles:create', access: 'anyone' },
  listLibrary: { channel: 'library:list', access: 'anyone' },
  openAttempt: { channel: 'attempt:open', access: 'anyone' },
  startNewAttempt: { channel: 'attempt:start-new', access: 'anyone' },
  answer: { channel: 'attempt:answer', access: 'anyone' },
  attemptSummary: { channel: 'attempt:summary', access: 'anyone' },
  hint: { channel: 'attempt:hint', access: 'anyone' },
} as const satisfies CallTable<StudyApi>;
