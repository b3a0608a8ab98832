/**
 * Which downloads the app allows: only files the app itself made in the page (a teacher's lesson draft,
 * a blob: URL on our own origin), saved under a plain file name. Anything else — a link in article text,
 * a redirect — is cancelled. Pure, so it is unit-tested without Electron.
 */
import { APP_ORIGIN } from './app-origin.js';

export type DownloadDecision = { allow: true; fileName: string } | { allow: false };

/** A bare file name: no folders, no leading dots, no characters Windows refuses; null when nothing is left. */
export function safeFileName(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must lose
    .replace(/[\u0000-\u001f<>:"|?*]/g, '')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 120);
  return cleaned === '' ? null : cleaned;
}

export function decideDownload(url: unknown, suggestedName: unknown): DownloadDecision {
  if (typeof url !== 'string' || !url.startsWith(`blob:${APP_ORIGIN}/`)) return { allow: false };
  const fileName = safeFileName(suggestedName);
  return fileName === null ? { allow: false } : { allow: true, fileName };
}
