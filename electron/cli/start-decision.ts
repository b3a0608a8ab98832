/**
 * Pure logic behind `npm start` (start.ts): can Electron run here, and if not, what to tell the person.
 * It reads the electron package the way node_modules/electron/index.js does, but never calls it:
 * that file tries to DOWNLOAD a missing binary, which hangs or throws on a machine without access.
 */
import path from 'node:path';

export interface ElectronProbe {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** node_modules/electron */
  electronPackageDir: string;
  exists(file: string): boolean;
  /** File contents, or undefined when it cannot be read. */
  readText(file: string): string | undefined;
}

export type StartDecision = { kind: 'launch'; electronPath: string } | { kind: 'fallback'; reason: string };

export function decideStart(probe: ElectronProbe): StartDecision {
  const { electronPackageDir: dir } = probe;
  if (!probe.exists(path.join(dir, 'package.json'))) {
    return {
      kind: 'fallback',
      reason: 'the electron package is not installed (node_modules/electron is missing; run `npm install`)',
    };
  }

  // path.txt names the executable inside dist/ (e.g. "electron", "Electron.app/Contents/MacOS/Electron").
  const executable = probe.readText(path.join(dir, 'path.txt'))?.trim();
  const override = probe.env.ELECTRON_OVERRIDE_DIST_PATH;
  let electronPath: string;
  if (override) {
    electronPath = path.join(override, executable || defaultExecutable(probe.platform));
  } else if (!executable) {
    return {
      kind: 'fallback',
      reason:
        "its binary was never downloaded (node_modules/electron/dist is missing). Electron's installer fetches it " +
        'from the internet during `npm install`, and that download did not happen here (no internet access, or ' +
        'ELECTRON_SKIP_BINARY_DOWNLOAD was set)',
    };
  } else {
    electronPath = path.join(dir, 'dist', executable);
  }
  if (!probe.exists(electronPath)) {
    return { kind: 'fallback', reason: `its binary is missing (${electronPath} does not exist)` };
  }

  // On Linux and the BSDs Electron needs an X11 or Wayland display; without one it exits at once.
  const needsDisplay = probe.platform !== 'win32' && probe.platform !== 'darwin';
  if (needsDisplay && !probe.env.DISPLAY && !probe.env.WAYLAND_DISPLAY) {
    return { kind: 'fallback', reason: 'there is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  }
  return { kind: 'launch', electronPath };
}

function defaultExecutable(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

const WEB_HINT = 'Run `npm run web` instead: it serves the same app on 127.0.0.1 and prints the address to open in a browser.';

export function fallbackMessage(reason: string): string {
  return `Electron can't start on this machine because ${reason}.\n${WEB_HINT}`;
}

/** After Electron has run: null for a normal exit, otherwise what to tell the person. */
export function electronExitMessage(code: number | null, signal: NodeJS.Signals | null): string | null {
  if (code === 0) return null;
  // Ctrl+C in the terminal ends Electron with the signal we forwarded: not a failure worth explaining.
  if (signal === 'SIGINT' || signal === 'SIGTERM') return null;
  const how = signal === null ? `exit code ${String(code)}` : `signal ${signal}`;
  return `Electron stopped with ${how} (its own messages are above).\n${WEB_HINT}`;
}
