/**
 * THE contract between renderer and backend. Every call the renderer can make is declared here once:
 * its method name, its channel (`domain:verb`), its input type and its output type.
 *
 * - The backend's handler registry (electron/core/handlers) implements `ApiSpec` and parses every
 *   input with the runtime schema in electron/core/api-schemas.ts (which is checked against these types).
 * - The Electron preload builds a `Bridge` over IPC from `CHANNELS`.
 * - The browser host (electron/web) serves the same registry over a loopback HTTP bridge; the renderer's
 *   client builds the same `Bridge` over fetch.
 *
 * Types only (plus the channel table): the renderer imports this file, so it must not pull in zod or Node.
 */
import type { Cue, Label, Role, Subtype, SourceKind } from './domain.js';

// ---------- envelopes ----------

/** Stable error codes: the renderer may branch on these; messages are for people. */
export const ERROR_CODES = [
  'invalid_input', // the call's input failed its schema
  'not_found', // a profile, lesson or attempt that does not exist
  'conflict', // e.g. answering a passage twice, or a name already taken
  'bad_file', // an imported file that is not what it claims to be
  'forbidden', // a teacher-only call without the PIN
  'internal', // anything else; details go to the log, never to the renderer
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

// ---------- data ----------

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

export interface LibraryEntry {
  lessonId: string;
  title: string;
  description: string;
  version: number;
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
  lesson: { id: string; title: string; version: number; passages: StudentPassage[] };
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

/** The teacher area: locked behind a PIN, set on first use. */
export interface TeacherStatus {
  pinSet: boolean;
  unlocked: boolean;
}

export type ArticleKind = 'text' | 'markdown' | 'html';

/** An article for the analyzer: pasted text, or a file's bytes (checked by the backend: binary, UTF-8, size). */
export type ArticleSource = { kind: 'paste'; text: string; format: ArticleKind } | { kind: 'file'; name: string; base64: string };

/** The analyzer's proposal for one passage (the same shape `sourcewise analyze --json` prints, plus the explanation). */
export interface SuggestedPassage {
  index: number;
  paragraph: number;
  text: string;
  role: Role;
  label: Label;
  subtype: Subtype;
  confidence: number;
  fromOutlet: boolean;
  cues: Cue[];
  source?: { start: number; end: number; text: string; kind: SourceKind };
  cueVerb?: { start: number; end: number; text: string; loaded: boolean };
  explanation: string;
}

export interface ArticleSuggestions {
  format: ArticleKind;
  passages: SuggestedPassage[];
  /** Passages the analyzer thinks the outlet did not write (site text, reader comments). */
  notFromOutlet: number;
}

export interface LessonDraft {
  /** A suggested file name, `<id>.json`. */
  fileName: string;
  /** A valid lesson file (format 1) whose key is the analyzer's proposal, for the teacher to review. */
  json: string;
}

export interface SourceSpan {
  start: number;
  end: number;
  kind: SourceKind;
}

// ---------- the calls ----------

/** Every call: input and output. Inputs are always objects so that schemas can grow without breaking callers. */
export interface ApiSpec {
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
  teacherStatus: { input: Record<string, never>; output: TeacherStatus };
  /** First use: sets the PIN (and unlocks). Later: changing it needs the current PIN. */
  setTeacherPin: { input: { pin: string; currentPin?: string }; output: TeacherStatus };
  unlockTeacher: { input: { pin: string }; output: TeacherStatus };
  lockTeacher: { input: Record<string, never>; output: TeacherStatus };
  /** Teacher only: the analyzer's proposal for every passage of an article. */
  suggestLabels: { input: { source: ArticleSource }; output: ArticleSuggestions };
  /** Teacher only: a lesson file drafted from the analyzer's proposal, to review and edit. */
  draftLesson: { input: { source: ArticleSource; title: string }; output: LessonDraft };
}

export type Method = keyof ApiSpec;
export type Input<M extends Method> = ApiSpec[M]['input'];
export type Output<M extends Method> = ApiSpec[M]['output'];

/** Channel names, `domain:verb`. The preload and the browser host accept these and nothing else. */
export const CHANNELS = {
  appInfo: 'app:info',
  listProfiles: 'profiles:list',
  createProfile: 'profiles:create',
  listLibrary: 'library:list',
  openAttempt: 'attempt:open',
  startNewAttempt: 'attempt:start-new',
  answer: 'attempt:answer',
  attemptSummary: 'attempt:summary',
  hint: 'attempt:hint',
  teacherStatus: 'teacher:status',
  setTeacherPin: 'teacher:set-pin',
  unlockTeacher: 'teacher:unlock',
  lockTeacher: 'teacher:lock',
  suggestLabels: 'teacher:suggest-labels',
  draftLesson: 'teacher:draft-lesson',
} as const satisfies { [M in Method]: string };

export type Channel = (typeof CHANNELS)[Method];

/** What the preload exposes as `window.sourcewise`, and what the browser client implements over HTTP. */
export type Bridge = { [M in Method]: (input: Input<M>) => Promise<Envelope<Output<M>>> };

/** The name of the global the Electron preload exposes. */
export const BRIDGE_GLOBAL = 'sourcewise';
