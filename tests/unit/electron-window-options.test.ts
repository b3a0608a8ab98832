import assert from 'node:assert/strict';
import { test } from 'node:test';
import { windowOptions } from '../../electron/main/window-options.js';

const PRELOAD = '/opt/sourcewise/build/electron/preload/preload.cjs';

test('the main window runs the renderer isolated, sandboxed and without Node', () => {
  const prefs = windowOptions({ preloadPath: PRELOAD, devTools: false }).webPreferences;
  assert.ok(prefs);
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.nodeIntegrationInWorker, false);
  assert.equal(prefs.nodeIntegrationInSubFrames, false);
  assert.equal(prefs.webSecurity, true);
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.equal(prefs.webviewTag, false);
  assert.equal(prefs.experimentalFeatures, false);
  assert.equal(prefs.navigateOnDragDrop, false);
  assert.equal(prefs.spellcheck, false);
  assert.equal(prefs.preload, PRELOAD);
  assert.equal(prefs.devTools, false);
});

test('the preload is the bundled CommonJS file, given as an absolute path', () => {
  const prefs = windowOptions({ preloadPath: PRELOAD, devTools: true }).webPreferences;
  assert.match(String(prefs?.preload), /^\/.*\/preload\.cjs$/);
  assert.equal(prefs?.devTools, true);
});

test('no webPreferences key can weaken the sandbox', () => {
  const prefs = windowOptions({ preloadPath: PRELOAD, devTools: false }).webPreferences ?? {};
  // Keys that, if present, would loosen isolation: make sure nobody adds them quietly.
  for (const key of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'disableBlinkFeatures', 'session']) {
    assert.equal(key in prefs, false, key);
  }
  assert.equal(Object.values(prefs).includes(undefined), false);
});

test('the window shows itself only when ready, titled Sourcewise', () => {
  const options = windowOptions({ preloadPath: PRELOAD, iconPath: '/opt/icon.png', devTools: false });
  assert.equal(options.show, false);
  assert.equal(options.title, 'Sourcewise');
  assert.equal(options.icon, '/opt/icon.png');
  assert.equal('icon' in windowOptions({ preloadPath: PRELOAD, devTools: false }), false);
});
