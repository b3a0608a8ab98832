/**
 * The article a teacher gives the analyzer: pasted text (with its format) or a file's bytes. A file is
 * checked for size before it is read, so a huge file never goes through memory or the bridge.
 */
import type { ArticleKind, ArticleSource } from '../../../../electron/shared/contract.js';

/** The teacher service's limit (MAX_ARTICLE_BYTES in electron/core/teacher/teacher-service.ts); a unit test keeps them equal. */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

export const FILE_ACCEPT = '.txt,.md,.markdown,.html,.htm';

export const FORMAT_NAMES: Record<ArticleKind, string> = {
  text: 'Plain text',
  markdown: 'Markdown',
  html: 'HTML',
};

export const FORMAT_HINTS: Record<ArticleKind, string> = {
  text: 'A blank line separates paragraphs.',
  markdown: 'Headings (#) and paragraphs are kept; links and emphasis become plain text.',
  html: 'The page’s text is read; scripts, styles and markup are left out.',
};

export interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

/** What the article input holds; `sourceOf` turns it into what the backend takes. */
export interface ArticleDraft {
  mode: 'paste' | 'file';
  text: string;
  format: ArticleKind;
  file: ChosenFile | null;
}

export function emptyArticle(paste?: { text: string; format: ArticleKind }): ArticleDraft {
  return { mode: 'paste', text: paste?.text ?? '', format: paste?.format ?? 'text', file: null };
}

export function sourceOf(draft: ArticleDraft): ArticleSource | null {
  if (draft.mode === 'paste') return draft.text.trim() === '' ? null : { kind: 'paste', text: draft.text, format: draft.format };
  return draft.file ? { kind: 'file', name: draft.file.name, base64: draft.file.base64 } : null;
}

/** What to say when "Suggest labels" is pressed with nothing to analyse. */
export function missingArticleMessage(mode: ArticleDraft['mode']): string {
  return mode === 'paste' ? 'Paste the text of an article first.' : 'Choose a file first.';
}

/** "812 bytes", "12 KB", "5.2 MB": sizes as a file manager shows them (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Checked before reading: null when the file may be read. */
export function fileSizeProblem(name: string, size: number, max = MAX_ARTICLE_BYTES): string | null {
  if (size === 0) return `“${name}” is empty.`;
  if (size > max)
    return `“${name}” is ${formatBytes(size)}, too large: the teacher area reads files up to ${formatBytes(max)}. Save just the article, or paste its text.`;
  return null;
}

/**
 * Bytes to base64 without the call-stack limit of `String.fromCharCode(...bytes)` on large arrays:
 * the bytes go through in chunks (a multiple of 3, so no padding appears mid-string).
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 3 * 8192;
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += btoa(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  }
  return out;
}
