/**
 * Reading files the teacher gives (chosen, dropped, or a folder) into bytes for the backend. Sizes are
 * checked before reading, so a huge file never goes through memory or the bridge.
 */
import { bytesToBase64 } from './pure/teacher-article.js';

export interface ReadFile {
  name: string;
  size: number;
  base64: string;
}

export async function readAsBase64(file: File): Promise<ReadFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, size: file.size, base64: bytesToBase64(bytes) };
}

/** The path inside a chosen folder (webkitRelativePath), else the name. */
export function displayName(file: File): string {
  return file.webkitRelativePath || file.name;
}
