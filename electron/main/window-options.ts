/**
 * The main window's options as a plain object, kept apart from main.ts so a unit test can read the
 * security settings back without an Electron binary. The `import type` is erased when compiled: this
 * module never loads 'electron' at run time, yet tsc holds every key to Electron's real option types.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (build/electron/preload/preload.cjs). */
  preloadPath: string;
  /** Window icon (Linux task bars; Windows and macOS take the packaged app's icon). */
  iconPath?: string;
  /** DevTools are for development: off in a packaged build so a student's window stays a plain app. */
  devTools: boolean;
}

export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    // The renderer runs with the web's privileges only: the preload's world is separate from the page's,
    // the renderer process is OS-sandboxed, and no Node.js API reaches page, worker or sub-frame.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // The exercise is about reading the article's own words; red squiggles under names would distract,
    // and the spellchecker would download dictionaries from the net.
    spellcheck: false,
    safeDialogs: true,
    devTools,
  };
}

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Sourcewise',
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    // Shown on 'ready-to-show' so the student never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    ...(input.iconPath === undefined ? {} : { icon: input.iconPath }),
    webPreferences: secureWebPreferences(input.preloadPath, input.devTools),
  };
}
