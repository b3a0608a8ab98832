/**
 * The teacher workspace: the article library (import, list, show, search), keying an article into a
 * lesson passage by passage, and publishing, unpublishing and importing lessons. Every call is
 * teacher-only (the one dispatch refuses them while the caller's session is locked).
 *
 * Channels: `articles:*` for the library, `keying:*` for the editor, `lessons:*` for what students get.
 * (`library:list` is the student's library, in study.ts.)
 */
import type { Cue, Label, Role, SourceKind, Subtype } from '../domain.js';
import type { CallTable } from './common.js';
import type { JobInfo } from './jobs.js';
import type { ArticleKind } from './teacher.js';

/** The largest article file the library reads (a saved page with inline styles and scripts runs to a few MB). */
export const ARTICLE_FILE_MAX_BYTES = 8 * 1024 * 1024;

/** How the page's text was found: Mozilla Readability, the block reader (fallback), or a text/Markdown file. */
export type ArticleReader = 'readability' | 'blocks' | 'text' | 'markdown';

/**
 * Which part of the page a block belongs to. `article` is the article itself; the others are the page's
 * other blocks, kept so that a teacher can pull one into a lesson on purpose (a reader comment, a banner).
 */
export const BLOCK_PARTS = ['article', 'comment', 'consent', 'banner', 'related', 'navigation', 'other'] as const;
export type BlockPart = (typeof BLOCK_PARTS)[number];

/** What the reader found about the page (null where the page does not say). */
export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** The publication date as the page gives it (often ISO 8601). */
  published: string | null;
  /** The page's address, when the saved page records it (canonical link, og:url). */
  url: string | null;
  language: string | null;
  excerpt: string | null;
}

/** The lesson made from an article, if any. */
export interface ArticleLessonRef {
  lessonId: string;
  version: number;
  state: LessonState;
  /** The key was edited after the last publish: publishing again makes a new version. */
  changedSincePublish: boolean;
}

export interface ArticleSummary extends ArticleMeta {
  id: number;
  /** The file it came from (its name, no folder), or null for pasted text. */
  sourceName: string | null;
  format: ArticleKind;
  reader: ArticleReader;
  importedAt: string;
  /** Words in the article's own text (other blocks not counted). */
  words: number;
  /** Blocks of the article itself / other blocks of the page. */
  articleBlocks: number;
  otherBlocks: number;
  /** Keying progress: passages keyed by the teacher out of passages in the lesson (0/0 before the editor first opens it). */
  keyed: number;
  passages: number;
  lesson: ArticleLessonRef | null;
}

/** One block of the page, in page order. */
export interface ArticleBlock {
  /** Position in page order among all blocks of the page (article and other). */
  position: number;
  part: BlockPart;
  heading: boolean;
  text: string;
  /** In the lesson: article blocks by default; other blocks once the teacher pulls them in. */
  included: boolean;
}

export interface ArticleDetail {
  article: ArticleSummary;
  blocks: ArticleBlock[];
}

/** A piece of text with the matched words marked: rendered as text runs, never as markup. */
export type HighlightedText = Array<{ text: string; match: boolean }>;

export interface ArticleSearchHit {
  article: ArticleSummary;
  /** The title with matches marked. */
  title: HighlightedText;
  /** A snippet of the text around the best matches, matches marked ("…" where text was cut). */
  snippet: HighlightedText;
}

/** One file that was imported, found to be a duplicate, or refused. */
export type ImportOutcome =
  | { status: 'imported'; name: string; articleId: number; title: string; reader: ArticleReader }
  | { status: 'duplicate'; name: string; articleId: number; title: string }
  | { status: 'refused'; name: string; reason: string };

/** The `result` of a finished job of kind 'import-articles'. */
export interface ImportSummary {
  imported: number;
  duplicates: number;
  refused: number;
  /** One outcome per file, in the order the files were given (a folder: sorted by path). */
  outcomes: ImportOutcome[];
}

/** A file as the renderer sends it (checked by the backend: size, binary, UTF-8, readable text). */
export interface UploadedFile {
  name: string;
  base64: string;
}

// ── keying ──────────────────────────────────────────────────────────────────────────────────────────

/** The analyzer's proposal for a passage (kept as it was made, beside the teacher's key). */
export interface Proposal {
  label: Label;
  subtype: Subtype;
  role: Role;
  confidence: number;
  fromOutlet: boolean;
  cues: Cue[];
  explanation: string;
  source?: { start: number; end: number; text: string; kind: SourceKind };
  cueVerb?: { start: number; end: number; text: string; loaded: boolean };
}

/** The key of a passage as the teacher is editing it (it starts as the analyzer's proposal). */
export interface PassageKeyDraft {
  role: Role;
  label: Label;
  subtype: Subtype;
  fromOutlet: boolean;
  accept: Label[];
  explanation: string;
  cues: Cue[];
  attribution?: {
    source: { start: number; end: number; kind: SourceKind };
    verb?: { start: number; end: number; loaded: boolean };
  };
}

export interface KeyingPassage {
  /** Stable id of the passage row (survives merges/splits of other passages). */
  id: number;
  /** Position in the lesson, 0-based, page order. */
  index: number;
  /** The lesson paragraph (block) it belongs to. */
  paragraph: number;
  /** The page block it comes from, and that block's part (a pulled-in reader comment says 'comment'). */
  blockPosition: number;
  part: BlockPart;
  text: string;
  proposal: Proposal;
  key: PassageKeyDraft;
  /** The teacher has keyed it (accepted the proposal or edited the key). */
  keyed: boolean;
  /** Problems that stop publishing, shown next to the passage ("No explanation yet."). */
  problems: string[];
}

export interface KeyingProgress {
  keyed: number;
  total: number;
  /** "24 of 31 keyed" */
  line: string;
}

export interface KeyingView {
  article: ArticleSummary;
  /** The lesson's passages: page order, or lowest confidence first when asked (`index` stays page order). */
  passages: KeyingPassage[];
  /** The page's other blocks (and article blocks left out), with whether each is pulled into the lesson. */
  otherBlocks: ArticleBlock[];
  /** Passages the teacher dropped, in page order (`index` = where they would go); `restore` brings one back. */
  dropped: KeyingPassage[];
  progress: KeyingProgress;
  /** Problems of the lesson as a whole (no passages, no headline…), passage problems are on the passage. */
  problems: string[];
  /** Every passage keyed and no problem anywhere. */
  publishable: boolean;
}

export type KeyingOrder = 'page' | 'confidence';

/** One edit, saved on its own (one transaction each). */
export type KeyingEdit =
  /** Mark the passage keyed with its key as it stands (at first, the analyzer's proposal). */
  | { op: 'accept'; passageId: number }
  /** Accept every unkeyed passage whose proposal is at least this confident (0–1). */
  | { op: 'acceptAll'; minConfidence: number }
  /** Label edits keep subtype, role, fromOutlet and attribution consistent (keying.ts); they count as keyed. */
  | { op: 'setLabel'; passageId: number; label: Label; subtype?: Subtype }
  | { op: 'setSubtype'; passageId: number; subtype: Subtype }
  | { op: 'setExplanation'; passageId: number; explanation: string }
  | { op: 'setAccept'; passageId: number; accept: Label[] }
  | { op: 'setCues'; passageId: number; cues: Cue[] }
  | { op: 'setRole'; passageId: number; role: Role }
  /** Fix the text of a passage (a headline the page garbled); cues whose words changed are dropped. */
  | { op: 'setText'; passageId: number; text: string }
  /** Merge the passage with the next one of the same paragraph (both become unkeyed: check the key again). */
  | { op: 'mergeNext'; passageId: number }
  /** Split the passage at a character offset (0 < at < text length); both parts become unkeyed. */
  | { op: 'split'; passageId: number; at: number }
  /** Leave a passage out of the lesson; `restore` takes it back (dropped passages are listed in the view). */
  | { op: 'drop'; passageId: number }
  | { op: 'restore'; passageId: number }
  /** Pull one of the page's blocks into the lesson, or leave it out again. */
  | { op: 'includeBlock'; blockPosition: number; included: boolean };

// ── publishing ──────────────────────────────────────────────────────────────────────────────────────

export type LessonState = 'published' | 'unpublished';

export interface PublishDetails {
  articleId: number;
  title: string;
  /** Shown to students in the library: must not give the answers away. */
  description: string;
  /** The credit line shown to students; by default made from the site and the byline. */
  credit?: string;
}

export interface PublishCheck {
  /** Every passage keyed, explanations present, cue ranges inside the passage… (empty = fine). */
  problems: Array<{ passageId: number | null; index: number | null; message: string }>;
  /** The description names labels or intruders, or quotes a passage: it may give answers away. */
  descriptionWarnings: string[];
}

export interface TeacherLesson {
  lessonId: string;
  title: string;
  description: string;
  version: number;
  state: LessonState;
  origin: 'bundled' | 'imported' | 'workspace';
  articleId: number | null;
  passages: number;
  /** Attempts by students on any version (kept when a lesson is unpublished). */
  attempts: number;
  source: { site?: string; url?: string; published?: string; credit?: string };
  /** Every version on this install, oldest first (attempts keep the version they started on). */
  versions: Array<{ version: number; loadedAt: string; passages: number }>;
}

export interface PublishResult {
  lesson: TeacherLesson;
  /** 'new' = first publish; 'version' = a new version of a changed key; 'unchanged' = same key, made visible. */
  outcome: 'new' | 'version' | 'unchanged';
  descriptionWarnings: string[];
}

export interface LessonImportResult {
  lesson: TeacherLesson;
  outcome: 'new' | 'version' | 'unchanged';
}

export interface LibraryApi {
  /** Pasted text becomes one article (synchronous: one text, one transaction). */
  importArticleText: { input: { text: string; format: ArticleKind; name?: string }; output: ImportOutcome };
  /**
   * Files (opened or dropped) imported as a job of kind 'import-articles' whose result is an ImportSummary.
   * The browser host takes at most MAX_BODY_BYTES (6 MB) per call: send many files in batches (one job each).
   */
  importArticleFiles: { input: { files: UploadedFile[] }; output: JobInfo };
  /** Every .html/.htm/.txt/.md file under a folder on this computer, as a job of kind 'import-articles'. */
  importArticleFolder: { input: { path: string }; output: JobInfo };
  listArticles: { input: Record<string, never>; output: ArticleSummary[] };
  getArticle: { input: { articleId: number }; output: ArticleDetail };
  searchArticles: { input: { query: string; limit?: number }; output: ArticleSearchHit[] };
  /** Removes an article and its keying; a lesson already published from it stays. */
  deleteArticle: { input: { articleId: number }; output: { articleId: number } };

  /** The editor's view; on first open the article is split into passages with the analyzer's proposals. */
  openKeying: { input: { articleId: number; order?: KeyingOrder }; output: KeyingView };
  /** One edit, saved before the answer; answers with the whole view again. */
  editKeying: { input: { articleId: number; edit: KeyingEdit; order?: KeyingOrder }; output: KeyingView };

  /** What stops publishing, and warnings about the description. */
  checkPublish: { input: PublishDetails; output: PublishCheck };
  /**
   * Puts the lesson in every student's library on this install. Refused while a passage has a problem
   * (`fillFromAnalyzer` keys unkeyed passages with the proposal first), and while the description has
   * warnings unless `confirmDescription` is set.
   */
  publishLesson: {
    input: PublishDetails & { fillFromAnalyzer?: boolean; confirmDescription?: boolean };
    output: PublishResult;
  };
  /** Hides the lesson from students; their attempts are kept. */
  unpublishLesson: { input: { lessonId: string }; output: TeacherLesson };
  /** Shows an unpublished lesson to students again, as it was (any lesson: bundled, imported, made here). */
  republishLesson: { input: { lessonId: string }; output: TeacherLesson };
  /** Every lesson on this install, published or not (bundled, imported, made here). */
  listTeacherLessons: { input: Record<string, never>; output: TeacherLesson[] };
  /** A lesson file (the documented format); refused with the field named. */
  importLessonFile: { input: { file: UploadedFile }; output: LessonImportResult };
}

export const LIBRARY_CALLS = {
  importArticleText: { channel: 'articles:import-text', access: 'teacher' },
  importArticleFiles: { channel: 'articles:import-files', access: 'teacher' },
  importArticleFolder: { channel: 'articles:import-folder', access: 'teacher' },
  listArticles: { channel: 'articles:list', access: 'teacher' },
  getArticle: { channel: 'articles:get', access: 'teacher' },
  searchArticles: { channel: 'articles:search', access: 'teacher' },
  deleteArticle: { channel: 'articles:delete', access: 'teacher' },
  openKeying: { channel: 'keying:open', access: 'teacher' },
  editKeying: { channel: 'keying:edit', access: 'teacher' },
  checkPublish: { channel: 'lessons:check-publish', access: 'teacher' },
  publishLesson: { channel: 'lessons:publish', access: 'teacher' },
  unpublishLesson: { channel: 'lessons:unpublish', access: 'teacher' },
  republishLesson: { channel: 'lessons:republish', access: 'teacher' },
  listTeacherLessons: { channel: 'lessons:list-teacher', access: 'teacher' },
  importLessonFile: { channel: 'lessons:import-file', access: 'teacher' },
} as const satisfies CallTable<LibraryApi>;
