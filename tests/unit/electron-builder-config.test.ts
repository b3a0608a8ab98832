/**
 * electron-builder.yml, checked offline the way electron-builder itself checks it (its own loader and
 * JSON-schema validation from app-builder-lib), plus what the schema cannot know: that the icons exist
 * at the sizes each platform needs and that the native-module settings keep `npm test` working.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
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

// app-builder-lib is electron-builder's own engine (installed with it); its config module has no types
// entry of its own for this path, so the two functions used are described here.
const require = createRequire(import.meta.url);
const builder = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: object | null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: object): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => object };

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("electron-builder.yml passes electron-builder's own schema validation", async () => {
  const config = await builder.getConfig(projectRoot, path.join(projectRoot, 'electron-builder.yml'), null);
  await builder.validateConfiguration(config, new DebugLogger(false));
  assert.equal(config.appId, 'org.sourcewise.app');
  assert.equal(config.productName, 'Sourcewise');
});

test('the validator really rejects a misspelt option (so the test above can fail)', async () => {
  const config = await builder.getConfig(projectRoot, path.join(projectRoot, 'electron-builder.yml'), {
    linux: { categroy: 'Education' },
  });
  await assert.rejects(builder.validateConfiguration(config, new DebugLogger(false)), /categroy|linux/);
});

test('targets: Linux AppImage + deb (Education), Windows NSIS, macOS dmg', async () => {
  const config = await builder.getConfig(projectRoot, path.join(projectRoot, 'electron-builder.yml'), null);
  assert.deepEqual(config.linux?.target, ['AppImage', 'deb']);
  assert.equal(config.linux?.category, 'Education');
  assert.ok(config.linux?.maintainer, 'deb packages need a maintainer');
  assert.deepEqual(config.win?.target, ['nsis']);
  assert.deepEqual(config.mac?.target, ['dmg']);
});

test('the icons exist at the sizes each platform needs', async () => {
  const config = await builder.getConfig(projectRoot, path.join(projectRoot, 'electron-builder.yml'), null);
  const iconDir = path.join(projectRoot, config.linux?.icon ?? 'missing');
  assert.deepEqual(pngSize(path.join(iconDir, '512x512.png')), { width: 512, height: 512 });
  assert.deepEqual(pngSize(path.join(iconDir, '256x256.png')), { width: 256, height: 256 });
  // Windows needs at least 256×256, macOS at least 512×512.
  assert.ok(pngSize(path.join(projectRoot, config.win?.icon ?? 'missing')).width >= 256);
  assert.ok(pngSize(path.join(projectRoot, config.mac?.icon ?? 'missing')).width >= 512);
});

test('packaging ships the build without tests, and never rebuilds node_modules in place', async () => {
  const config = await builder.getConfig(projectRoot, path.join(projectRoot, 'electron-builder.yml'), null);
  const files = (config.files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
  for (const needed of ['package.json', 'build/**/*', 'resources/**/*', '!build/tests/**', '!build/**/*.map']) {
    assert.ok(files.includes(needed), needed);
  }
  assert.deepEqual(config.asarUnpack, ['**/*.node']);
  // npmRebuild would recompile node_modules/better-sqlite3 for Electron and break `npm test` (Node).
  assert.equal(config.npmRebuild, false);
});
