/**
 * The student's calls: app info, profiles, the library, attempts, answers, summaries and hints.
 */
import type { Cue, Label, Role, SourceKind, Subtype } from '../domain.js';
import type {
  AnswerRecord,
  ExerciseKind,
  GivenResponse,
  Mode,
  ModeSetting,
  Order,
  OrderSetting,
  Range,
  Responses,
  VerbKind,
} from '../exercises.js';
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
  /** The exercises this lesson offers, with the profile's progress in each (the fields above are sort's). */
  exercises: LibraryExercise[];
  /** How the teacher set the lesson up (format 2 `settings`; defaults for older lessons). */
  settings: { mode: ModeSetting; order: OrderSetting };
}

export interface LibraryExercise {
  kind: ExerciseKind;
  /** Items asked: passages, or 1 for a whole-page exercise. */
  items: number;
  current: { attemptId: number; status: AttemptStatus; mode: Mode; answered: number; total: number } | null;
  completedAttempts: number;
  /** Best completed attempt: sum of scores out of items (partial credit counts). */
  best: { points: number; total: number } | null;
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

// ---- The four exercises' feedback (one shape per kind) ----

interface FeedbackBase {
  /** passage index; -1 for the whole page */
  item: number;
  /** the stored grade (0..1) and whether it counts as right */
  score: number;
  correct: boolean;
  confidence: 'sure' | 'unsure' | null;
}

/** One passage in the intruder feedback: an intruder (found or missed) or a false alarm. */
export interface IntruderPassage {
  index: number;
  outcome: 'found' | 'missed' | 'false_alarm';
  /** Plain-words reasons from the key's cues ("speaks to other readers"). */
  reasons: string[];
  key: PassageKey;
}

export interface IntruderFeedback extends FeedbackBase {
  exercise: 'intruder';
  selected: number[];
  intruders: number[];
  /** null when nothing was selected (precision) or the page has no intruder (recall). */
  precision: number | null;
  recall: number | null;
  passages: IntruderPassage[];
  /** The page has no intruder: selecting none is right. */
  none: boolean;
}

export interface WhoFeedback extends FeedbackBase {
  exercise: 'who';
  response: Responses['who'];
  key: {
    sourceKind: SourceKind;
    verb: VerbKind;
    source: { start: number; end: number };
    verbSpan: { start: number; end: number } | null;
    /** What the verb does to the reader, in words. */
    verbEffect: string;
    explanation: string;
  };
  sourceRight: boolean;
  verbRight: boolean;
}

export interface MarkFeedback extends FeedbackBase {
  exercise: 'mark';
  /** whose words the student was asked to mark */
  target: 'outlet' | 'relayed';
  ranges: Range[];
  keyRanges: Range[];
  precision: number;
  recall: number;
  f1: number;
  explanation: string;
}

/** The sort exercise's feedback: the Feedback it has always given, as one of the four kinds. */
export interface SortExerciseFeedback extends Feedback {
  exercise: 'sort';
  item: number;
  score: number;
}

export type ExerciseFeedback = SortExerciseFeedback | IntruderFeedback | WhoFeedback | MarkFeedback;

export interface AttemptView {
  attemptId: number;
  /** The attempt's stable id (results files name attempts by it). */
  uid: string;
  profileId: number;
  status: AttemptStatus;
  exercise: ExerciseKind;
  mode: Mode;
  order: Order;
  lesson: { id: string; title: string; version: number; source: LessonCredit; passages: StudentPassage[] };
  /** The items in the order they are asked: passage indices, or [-1] for the whole page (intruder). */
  items: number[];
  /** Mark the words: whose words to mark in each item (the outlet's own, or those it does not vouch for). */
  markTargets: Record<number, 'outlet' | 'relayed'>;
  /** Every response given so far, in the order given (also in test mode, where no key is shown yet). */
  given: GivenResponse[];
  /** Feedback for the answers given: in practice mode, or once the attempt is completed; [] otherwise. */
  answers: ExerciseFeedback[];
  /** The item to ask next (first unanswered in `items` order); null when every item is answered. */
  nextIndex: number | null;
}

export interface AnswerResult {
  /** null in test mode: the key is shown only in the review at the end. */
  feedback: ExerciseFeedback | null;
  nextIndex: number | null;
  status: AttemptStatus;
}

export interface SortAnswerResult extends AnswerResult {
  feedback: SortExerciseFeedback | null;
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
  exercise: ExerciseKind;
  mode: Mode;
  /** Items of this exercise (passages for sort; `total` above counts the same). */
  items: number;
  /** Sum of the stored scores (partial credit counts), out of `items`. */
  points: number;
  /** Every answer's feedback in page order: the full review (test mode shows it only here). */
  review: ExerciseFeedback[];
  /** The page as the student saw it (no key), for the review to quote. */
  passages: StudentPassage[];
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
  openAttempt: { input: OpenAttemptInput; output: AttemptView };
  /** Start a fresh attempt (retry); earlier attempts are kept. */
  startNewAttempt: { input: OpenAttemptInput; output: AttemptView };
  /** A sort answer. Committed to the database before the feedback is returned. */
  answer: {
    input: { attemptId: number; index: number; choice: Label; confidence?: Confidence; seconds?: number };
    output: SortAnswerResult;
  };
  attemptSummary: { input: { attemptId: number }; output: AttemptSummary };
  /** The analyzer's cue words for a passage, recorded as a hint used when it is not yet answered. */
  hint: { input: { attemptId: number; index: number }; output: Hint };
  /** An answer of any exercise (the response's shape is the attempt's exercise's). Committed before feedback. */
  submitAnswer: {
    input: { attemptId: number; item: number; response: SubmittedResponse; confidence?: Confidence; seconds?: number };
    output: AnswerResult;
  };
  renameProfile: { input: { profileId: number; name: string }; output: Profile };
  /** Deletes the profile and every attempt and answer it made on this computer (`confirm` must be true). */
  deleteProfile: { input: { profileId: number; confirm: true }; output: { deleted: number; attempts: number } };
}

/** Which exercise, and (where the lesson lets the student choose) the mode and the order. Defaults: sort, practice, page. */
export interface OpenAttemptInput {
  profileId: number;
  lessonId: string;
  exercise?: ExerciseKind;
  mode?: Mode;
  order?: Order;
}

export type SubmittedResponse = Responses['intruder'] | Responses['who'] | Responses['mark'] | Responses['sort'];

export type { AnswerRecord, ExerciseKind, GivenResponse, Mode, Order, Range, Responses, SourceKind, VerbKind };

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
  submitAnswer: { channel: 'attempt:submit', access: 'anyone' },
  renameProfile: { channel: 'profiles:rename', access: 'anyone' },
  deleteProfile: { channel: 'profiles:delete', access: 'anyone' },
} as const satisfies CallTable<StudyApi>;
