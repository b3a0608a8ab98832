/** A fresh folder per test under the OS temp dir, removed afterwards: tests use real files, never mocks. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

export function tempDir(prefix = 'sourcewise-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const SEED_LESSON_FILE = path.resolve(import.meta.dirname, '../../../resources/lessons/doha-ceasefire-live.json');
/** A copy of ../shared/seed/doha-ceasefire-live.txt kept in the repo, so a clean clone tests on its own. */
export const SEED_PAGE_FILE = path.resolve(import.meta.dirname, '../../../tests/fixtures/analyzer/doha-ceasefire-live.txt');
