/**
 * Invariant: only the Electron shell (electron/main, electron/preload) loads 'electron'; and inside the
 * shell, only the thin wiring modules do, so every decision stays testable in plain Node (where a bare
 * `require('electron')` tries to download a binary and throws).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../electron/core/paths.js';

/** Modules that wire Electron's API to the pure decisions; nothing else in electron/main may load it. */
const WIRING = new Set(['main.ts', 'protocol.ts', 'security.ts', 'ipc.ts', 'menu.ts']);

/** A runtime load of 'electron': `import x from`, `import {…} from` (not `import type`), `import 'electron'`, require, import(). */
const RUNTIME_ELECTRON_IMPORT =
  /(^|\n)\s*import\s+(?!type\b)[^;'"]*?\bfrom\s*['"]electron['"]|(^|\n)\s*import\s*['"]electron['"]|\brequire\(\s*['"]electron['"]\s*\)|\bimport\(\s*['"]electron['"]\s*\)/;

function listFiles(dir: string, extensions: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.split(path.sep).includes('node_modules'));
}

test('the detector sees runtime imports and ignores type-only ones', () => {
  assert.ok(RUNTIME_ELECTRON_IMPORT.test("import { app, type App } from 'electron';"));
  assert.ok(RUNTIME_ELECTRON_IMPORT.test('import electron from "electron"'));
  assert.ok(RUNTIME_ELECTRON_IMPORT.test("const { app } = require('electron')"));
  assert.ok(RUNTIME_ELECTRON_IMPORT.test("await import('electron')"));
  assert.ok(!RUNTIME_ELECTRON_IMPORT.test("import type { BrowserWindowConstructorOptions } from 'electron';"));
  assert.ok(!RUNTIME_ELECTRON_IMPORT.test("import { x } from 'electron-builder';"));
});

test("outside electron/main and electron/preload, no source file loads 'electron'", () => {
  const roots = ['electron', 'db', 'renderer/src', 'tests', 'scripts'].map((dir) => path.join(projectRoot, dir));
  const shell = [path.join(projectRoot, 'electron', 'main') + path.sep, path.join(projectRoot, 'electron', 'preload') + path.sep];
  const offenders = roots
    .flatMap((root) => listFiles(root, /\.(ts|mts|cts|js|mjs|cjs|svelte)$/))
    .filter((file) => !shell.some((prefix) => file.startsWith(prefix)))
    // This file quotes such imports as test data for the detector.
    .filter((file) => file !== path.join(projectRoot, 'tests', 'unit', 'electron-import-boundary.test.ts'))
    .filter((file) => RUNTIME_ELECTRON_IMPORT.test(fs.readFileSync(file, 'utf8')));
  assert.deepEqual(
    offenders.map((file) => path.relative(projectRoot, file)),
    [],
  );
});

test("inside electron/main, only the wiring modules load 'electron'", () => {
  const mainDir = path.join(projectRoot, 'electron', 'main');
  const loaders = listFiles(mainDir, /\.ts$/)
    .filter((file) => RUNTIME_ELECTRON_IMPORT.test(fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative(mainDir, file))
    .sort();
  assert.deepEqual(loaders, [...WIRING].sort());
});

test('the compiled pure shell modules import only relative modules and Node built-ins', () => {
  const compiledMain = path.join(projectRoot, 'build', 'electron', 'main');
  const pure = listFiles(path.join(projectRoot, 'electron', 'main'), /\.ts$/)
    .map((file) => path.basename(file))
    .filter((name) => !WIRING.has(name));
  assert.ok(pure.length >= 8, `expected the pure modules, found ${pure.join(', ')}`);
  for (const name of pure) {
    const compiled = path.join(compiledMain, name.replace(/\.ts$/, '.js'));
    const code = fs.readFileSync(compiled, 'utf8');
    const specifiers = [
      ...code.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]/g),
    ].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
    for (const specifier of specifiers) {
      assert.ok(specifier.startsWith('./') || specifier.startsWith('node:'), `${name} imports ${specifier}`);
    }
  }
});
