/**
 * The Electron shell's entry (package.json "main" → build/electron/main/main.js, an ES module).
 * Lifecycle only: everything the app does lives behind the backend (electron/core), which the shell
 * opens on the user-data database and reaches through the IPC handlers.
 *
 * Order matters: the app:// scheme, the sandbox switch, the user-data path and the guards must all be
 * in place before 'ready'; the single-instance lock is keyed on the user-data folder, so it comes after
 * that path is set.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { openBackend, type Backend } from '../core/backend.js';
import { DATABASE_FILE_NAME, PRODUCT_NAME, projectRoot, rendererDir, resourcesDir } from '../core/paths.js';
import { APP_ENTRY_URL } from './app-origin.js';
import { describeBackendOpenError } from './backend-open-error.js';
import { registerIpcHandlers } from './ipc.js';
import { installApplicationMenu } from './menu.js';
import { chooseNativeBinding } from './native-binding.js';
import { registerAppSchemeAsPrivileged, serveRendererOverAppScheme } from './protocol.js';
import { denyAllPermissions, guardDownloads, installSecurityGuards } from './security.js';
import { windowOptions } from './window-options.js';

const PRELOAD_PATH = path.join(projectRoot, 'build', 'electron', 'preload', 'preload.cjs');
const WINDOW_ICON = path.join(resourcesDir, 'icons', '512x512.png');
const devTools = !app.isPackaged;

registerAppSchemeAsPrivileged();
// Sandbox every renderer, whatever its webPreferences say.
app.enableSandbox();
// Electron would name the folder after package.json's lower-case "name"; the web host, the CLI and the
// packaged app all use the product name (electron/core/paths.ts), so the shell does too: one database.
// Chromium's --user-data-dir switch still wins (end-to-end tests, portable classroom setups).
app.setPath('userData', app.commandLine.getSwitchValue('user-data-dir') || path.join(app.getPath('appData'), PRODUCT_NAME));
installSecurityGuards();

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(
    windowOptions({
      preloadPath: PRELOAD_PATH,
      ...(fs.existsSync(WINDOW_ICON) ? { iconPath: WINDOW_ICON } : {}),
      devTools,
    }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Could not load the app page:', error));
  return window;
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function failAndQuit(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

/** Missing pieces of the build, named so a developer knows what to run. */
function missingBuildOutputs(): string[] {
  const needed = [path.join(rendererDir, 'index.html'), PRELOAD_PATH];
  return needed.filter((file) => !fs.existsSync(file));
}

async function start(): Promise<void> {
  await app.whenReady();

  const missing = missingBuildOutputs();
  if (missing.length > 0) {
    failAndQuit('Sourcewise is not built', `These files are missing:\n${missing.join('\n')}\n\nRun \`npm run build\`.`);
    return;
  }

  // SOURCEWISE_DB lets tests and classroom setups choose the file, as it does for `npm run web`.
  const dbPath = process.env.SOURCEWISE_DB || path.join(app.getPath('userData'), DATABASE_FILE_NAME);
  try {
    fs.mkdirSync(path.dirname(dbPath), { recursive: true });
    const nativeBinding = chooseNativeBinding(projectRoot, fs.existsSync);
    backend = openBackend({
      dbPath,
      host: 'electron',
      autoBackup: true,
      ...(nativeBinding === undefined ? {} : { nativeBinding }),
    });
  } catch (error) {
    console.error('The backend refused to open:', error);
    const { title, message } = describeBackendOpenError(error);
    failAndQuit(title, message);
    return;
  }

  denyAllPermissions(session.defaultSession);
  guardDownloads(session.defaultSession);
  serveRendererOverAppScheme(rendererDir);
  registerIpcHandlers(backend);
  installApplicationMenu(devTools);
  mainWindow = createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Sourcewise is running on this user-data folder: it gets focused (below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('activate', () => {
    // macOS: clicking the dock icon after the window was closed.
    if (backend !== null && mainWindow === null) mainWindow = createMainWindow();
  });
  // One window, one student at a time: closing it quits, on macOS too, so the database is closed cleanly.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    backend?.close();
    backend = null;
  });
  start().catch((error: unknown) => {
    console.error('Sourcewise failed to start:', error);
    failAndQuit('Sourcewise could not start', error instanceof Error ? error.message : String(error));
  });
}
