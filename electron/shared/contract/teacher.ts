/**
 * The teacher area: the PIN lock, and the teacher-only calls behind it (analyzer suggestions, drafts).
 */
import type { Cue, Label, Role, Subtype, SourceKind } from '../domain.js';
import type { CallTable } from './common.js';

/** The teacher area: locked behind a PIN, set on first use. */
export interface TeacherStatus {
  pinSet: boolean;
  unlocked: boolean;
  /**
   * May the PIN be chosen in the app now? Only while no PIN is set and no student profile exists (a
   * fresh install, set up by the teacher); otherwise it is chosen with `sourcewise teacher set-pin` on
   * this computer, so a student who opens the teacher area first cannot choose it.
   */
  setupHere: boolean;
}

/** The answer to choosing a PIN: the recovery code, shown this once (only its hash is kept). */
export interface PinChosen extends TeacherStatus {
  recoveryCode: string;
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

export interface TeacherApi {
  teacherStatus: { input: Record<string, never>; output: TeacherStatus };
  /** First use: sets the PIN (and unlocks). Later: changing it needs the current PIN. */
  setTeacherPin: { input: { pin: string; currentPin?: string }; output: PinChosen };
  unlockTeacher: { input: { pin: string }; output: TeacherStatus };
  lockTeacher: { input: Record<string, never>; output: TeacherStatus };
  /** The analyzer's proposal for every passage of an article. */
  suggestLabels: { input: { source: ArticleSource }; output: ArticleSuggestions };
  /** A lesson file drafted from the analyzer's proposal, to review and edit. */
  draftLesson: { input: { source: ArticleSource; title: string }; output: LessonDraft };
}

export const TEACHER_CALLS = {
  // The lock's own calls are open to anyone: they are how a teacher gets in (the service checks the PIN).
  teacherStatus: { channel: 'teacher:status', access: 'anyone' },
  setTeacherPin: { channel: 'teacher:set-pin', access: 'anyone' },
  unlockTeacher: { channel: 'teacher:unlock', access: 'anyone' },
  lockTeacher: { channel: 'teacher:lock', access: 'anyone' },
  suggestLabels: { channel: 'teacher:suggest-labels', access: 'teacher' },
  draftLesson: { channel: 'teacher:draft-lesson', access: 'teacher' },
} as const satisfies CallTable<TeacherApi>;
