/**
 * electron-builder.yml, checked offline the way electron-builder itself checks it (its own loader and
 * JSON-schema validation from app-builder-lib), plus what the schema cannot know: that the icons exist
 * at the sizes each platform needs and that the native-module settings keep `npm test` working.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../../electron/core/paths.js';

interface BuilderConfig {
  appId?: string;
  productName?: string;
  /** getConfig normalises the list to `[{ filter: [...] }]`. */
  files?: Array<string | { filter?: string[] }>;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  directories?: { buildResources?: string };
  linux?: { target?: string[]; category?: string; icon?: string; maintainer?: string };
  win?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string; category?: string };
}

/**
 * electron-builder's engine runs in a child process (see ../helpers/builder-config-probe.ts for why);
 * it answers with the normalised config, or the validator's error.
 */
function probe(overrides?: object): { config?: BuilderConfig; error?: string } {
  const script = fileURLToPath(new URL('../helpers/builder-config-probe.js', import.meta.url));
  const args = [script, projectRoot, ...(overrides ? [JSON.stringify(overrides)] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 });
  const line = run.stderr.split('\n').find((l) => l.startsWith('PROBE '));
  assert.ok(line, `the probe printed no answer: ${run.stderr.slice(-500)}`);
  return JSON.parse(line.slice('PROBE '.length)) as { config?: BuilderConfig; error?: string };
}

function loadConfig(): BuilderConfig {
  const { config, error } = probe();
  assert.ok(config, `electron-builder.yml did not validate: ${error}`);
  return config;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("electron-builder.yml passes electron-builder's own schema validation", async () => {
  const config = loadConfig();
  assert.equal(config.appId, 'org.sourcewise.app');
  assert.equal(config.productName, 'Sourcewise');
});

test('the validator really rejects a misspelt option (so the test above can fail)', async () => {
  const { config, error } = probe({ linux: { categroy: 'Education' } });
  assert.equal(config, undefined);
  assert.match(error ?? '', /categroy|linux/);
});

test('targets: Linux AppImage + deb (Education), Windows NSIS, macOS dmg', async () => {
  const config = loadConfig();
  assert.deepEqual(config.linux?.target, ['AppImage', 'deb']);
  assert.equal(config.linux?.category, 'Education');
  assert.ok(config.linux?.maintainer, 'deb packages need a maintainer');
  assert.deepEqual(config.win?.target, ['nsis']);
  assert.deepEqual(config.mac?.target, ['dmg']);
});

test('the icons exist at the sizes each platform needs', async () => {
  const config = loadConfig();
  const iconDir = path.join(projectRoot, config.linux?.icon ?? 'missing');
  assert.deepEqual(pngSize(path.join(iconDir, '512x512.png')), { width: 512, height: 512 });
  assert.deepEqual(pngSize(path.join(iconDir, '256x256.png')), { width: 256, height: 256 });
  // Windows needs at least 256×256, macOS at least 512×512.
  assert.ok(pngSize(path.join(projectRoot, config.win?.icon ?? 'missing')).width >= 256);
  assert.ok(pngSize(path.join(projectRoot, config.mac?.icon ?? 'missing')).width >= 512);
});

test('packaging ships the build without tests, and never rebuilds node_modules in place', async () => {
  const config = loadConfig();
  const files = (config.files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
  for (const needed of ['package.json', 'build/**/*', 'resources/**/*', '!build/tests/**', '!build/**/*.map']) {
    assert.ok(files.includes(needed), needed);
  }
  assert.deepEqual(config.asarUnpack, ['**/*.node']);
  // npmRebuild would recompile node_modules/better-sqlite3 for Electron and break `npm test` (Node).
  assert.equal(config.npmRebuild, false);
});
