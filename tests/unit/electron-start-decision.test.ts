import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../electron/core/paths.js';
import { decideStart, electronExitMessage, fallbackMessage, type ElectronProbe } from '../../electron/cli/start-decision.js';

const PKG = '/p/node_modules/electron';

/** A probe over an in-memory file list: the decision logic is pure, so this is all it reads. */
function probe(
  files: Record<string, string>,
  env: Record<string, string> = { DISPLAY: ':0' },
  platform: NodeJS.Platform = 'linux',
): ElectronProbe {
  return {
    platform,
    env,
    electronPackageDir: PKG,
    exists: (file) => file in files,
    readText: (file) => files[file],
  };
}

test('launches the binary named by path.txt when it exists and a display is there', () => {
  const decision = decideStart(
    probe({ [`${PKG}/package.json`]: '{}', [`${PKG}/path.txt`]: 'electron', [`${PKG}/dist/electron`]: '' }),
  );
  assert.deepEqual(decision, { kind: 'launch', electronPath: path.join(PKG, 'dist', 'electron') });
});

test('falls back when the binary was never downloaded (the case on this machine)', () => {
  const decision = decideStart(probe({ [`${PKG}/package.json`]: '{}' }));
  assert.equal(decision.kind, 'fallback');
  assert.match(decision.kind === 'fallback' ? decision.reason : '', /never downloaded.*dist is missing/);
});

test('falls back when path.txt names a file that is not there', () => {
  const decision = decideStart(probe({ [`${PKG}/package.json`]: '{}', [`${PKG}/path.txt`]: 'electron' }));
  assert.equal(decision.kind, 'fallback');
  assert.match(decision.kind === 'fallback' ? decision.reason : '', /binary is missing/);
});

test('falls back when the electron package itself is absent', () => {
  const decision = decideStart(probe({}));
  assert.equal(decision.kind, 'fallback');
  assert.match(decision.kind === 'fallback' ? decision.reason : '', /not installed/);
});

test('on Linux without DISPLAY or WAYLAND_DISPLAY it falls back; macOS and Windows need neither', () => {
  const files = { [`${PKG}/package.json`]: '{}', [`${PKG}/path.txt`]: 'electron', [`${PKG}/dist/electron`]: '' };
  const noDisplay = decideStart(probe(files, {}));
  assert.equal(noDisplay.kind, 'fallback');
  assert.match(noDisplay.kind === 'fallback' ? noDisplay.reason : '', /no graphical display/);
  assert.equal(decideStart(probe(files, { WAYLAND_DISPLAY: 'wayland-0' })).kind, 'launch');
  const mac = {
    [`${PKG}/package.json`]: '{}',
    [`${PKG}/path.txt`]: 'Electron.app/Contents/MacOS/Electron',
    [`${PKG}/dist/Electron.app/Contents/MacOS/Electron`]: '',
  };
  assert.equal(decideStart(probe(mac, {}, 'darwin')).kind, 'launch');
});

test('ELECTRON_OVERRIDE_DIST_PATH is honoured, as electron itself does', () => {
  const decision = decideStart(
    probe(
      { [`${PKG}/package.json`]: '{}', '/opt/electron/electron': '' },
      { DISPLAY: ':1', ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' },
    ),
  );
  assert.deepEqual(decision, { kind: 'launch', electronPath: '/opt/electron/electron' });
});

test('the fallback message says why and points to npm run web on 127.0.0.1', () => {
  const text = fallbackMessage('its binary was never downloaded');
  assert.match(text, /^Electron can't start on this machine because its binary was never downloaded\./);
  assert.match(text, /npm run web/);
  assert.match(text, /127\.0\.0\.1/);
});

test('exit explanations: silent for a normal exit or Ctrl+C, helpful otherwise', () => {
  assert.equal(electronExitMessage(0, null), null);
  assert.equal(electronExitMessage(null, 'SIGINT'), null);
  assert.match(electronExitMessage(1, null) ?? '', /exit code 1.*\n.*npm run web/);
  assert.match(electronExitMessage(null, 'SIGSEGV') ?? '', /signal SIGSEGV/);
});

test('the real decision on this machine matches whether node_modules/electron/dist exists', () => {
  const electronDir = path.join(projectRoot, 'node_modules', 'electron');
  const decision = decideStart({
    platform: process.platform,
    env: { ...process.env, DISPLAY: ':0', ELECTRON_OVERRIDE_DIST_PATH: undefined },
    electronPackageDir: electronDir,
    exists: (file) => fs.existsSync(file),
    readText: (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined),
  });
  const hasBinary = fs.existsSync(path.join(electronDir, 'dist', 'version'));
  assert.equal(decision.kind, hasBinary ? 'launch' : 'fallback');
});

test('`npm start` (build/electron/cli/start.js) prints the fallback and exits 1 when Electron cannot start', () => {
  // An override pointing nowhere makes Electron unavailable on any machine, so this runs everywhere.
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'build', 'electron', 'cli', 'start.js')], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(projectRoot, 'no-such-electron-dir') },
    timeout: 20_000,
  });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /Electron can't start on this machine because/);
  assert.match(result.stderr, /npm run web/);
});
