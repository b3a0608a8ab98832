/**
 * Plans the upload of many files (a folder, a drop of fifty pages) to the article library. The bridge
 * takes one request of at most MAX_BODY_BYTES, so files go in batches that fit; a batch is one import job.
 * Files the library cannot take are refused here, before reading, with the reason (not an article file,
 * empty, too large): a saved page's "_files" folder is full of scripts and images that must not be sent.
 */
import { MAX_BODY_BYTES } from '../../../../electron/shared/web-bridge.js';
import { formatBytes, MAX_ARTICLE_BYTES } from './teacher-article.js';

export const ARTICLE_EXTENSIONS = ['.html', '.htm', '.txt', '.md', '.markdown'] as const;

export interface PlannedFile {
  /** The name shown to the teacher (a folder's files: the path inside the folder). */
  name: string;
  size: number;
}

export interface Refusal {
  name: string;
  reason: string;
}

export interface UploadPlan<F extends PlannedFile> {
  /** Files to read and send, in batches that each fit in one request. */
  batches: F[][];
  /** Refused before reading: too large or empty. */
  refused: Refusal[];
  /** Not article files (scripts, images, styles of a saved page): left out, only counted. */
  leftOut: number;
}

/** Base64 grows 4/3; the rest of the request (JSON, names) is small but not nothing. */
function requestBytes(size: number, name: string): number {
  return Math.ceil(size / 3) * 4 + name.length * 2 + 64;
}

export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function planUpload<F extends PlannedFile>(files: readonly F[], maxRequest = MAX_BODY_BYTES - 100_000): UploadPlan<F> {
  const batches: F[][] = [];
  const refused: Refusal[] = [];
  let leftOut = 0;
  let current: F[] = [];
  let currentBytes = 0;
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    if (!isArticleFileName(file.name)) {
      leftOut++;
      continue;
    }
    if (file.size === 0) {
      refused.push({ name: file.name, reason: 'The file is empty.' });
      continue;
    }
    if (file.size > MAX_ARTICLE_BYTES) {
      refused.push({
        name: file.name,
        reason: `${formatBytes(file.size)} is over the limit of ${formatBytes(MAX_ARTICLE_BYTES)} a file.`,
      });
      continue;
    }
    const bytes = requestBytes(file.size, file.name);
    if (current.length > 0 && currentBytes + bytes > maxRequest) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(file);
    currentBytes += bytes;
  }
  if (current.length > 0) batches.push(current);
  return { batches, refused, leftOut };
}

/** "3 imported · 1 already in the library · 2 refused" */
export function summaryLine(counts: { imported: number; duplicates: number; refused: number; leftOut?: number }): string {
  const parts = [`${counts.imported} imported`];
  if (counts.duplicates > 0) parts.push(`${counts.duplicates} already in the library`);
  parts.push(`${counts.refused} refused`);
  if (counts.leftOut)
    parts.push(`${counts.leftOut} other ${counts.leftOut === 1 ? 'file' : 'files'} left out (not .html, .htm, .txt or .md)`);
  return parts.join(' · ');
}
