/**
 * Where things are. Compiled, this file lives at build/electron/core/paths.js (also inside the packaged
 * app's asar), so the project root is three folders up.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const resourcesDir = path.join(projectRoot, 'resources');
export const bundledLessonsDir = path.join(resourcesDir, 'lessons');
export const rendererDir = path.join(projectRoot, 'build', 'renderer');

export const PRODUCT_NAME = 'Sourcewise';

/**
 * The same folder Electron's `app.getPath('userData')` gives for our product name, so `npm run web`, the
 * CLI and the desktop app share one database on a machine.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), PRODUCT_NAME);
}

export const DATABASE_FILE_NAME = 'sourcewise.sqlite';

/** `SOURCEWISE_DB` overrides the location (tests, classroom setups with a shared drive). */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.SOURCEWISE_DB || path.join(defaultUserDataDir(env), DATABASE_FILE_NAME);
}
