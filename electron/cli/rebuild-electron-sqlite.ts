/**
 * `npm run rebuild:electron` — for a machine WITH internet access, once after `npm install`.
 *
 * Builds better-sqlite3 for Electron's ABI into build/native/electron/better_sqlite3.node, which the
 * Electron shell passes to better-sqlite3 as `nativeBinding`. node_modules/better-sqlite3/build (Node's
 * ABI, used by `npm test` and `npm run web`) is never touched: the package is copied to a temporary folder
 * and compiled there. Never run from postinstall or CI (it needs the network and a C++ toolchain).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../core/paths.js';
import { electronNativeBindingPath } from '../main/native-binding.js';
import { cleanGypEnv, headersProbeUrl, judgeAbiProbe, nodeGypArgs } from './rebuild-plan.js';

const UNTOUCHED =
  'node_modules/better-sqlite3 was not touched: `npm test` and `npm run web` work as before; `npm start` needs this build.';

function fail(message: string): never {
  console.error(`rebuild:electron failed: ${message}\n${UNTOUCHED}`);
  process.exit(1);
}

function readJsonVersion(file: string): string {
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string') {
    return parsed.version;
  }
  fail(`${file} has no version`);
}

function findNodeGyp(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm bundles node-gyp; use that copy when the project has none of its own.
    const bundled = path.join(
      path.dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    );
    if (fs.existsSync(bundled)) return bundled;
    fail('node-gyp was not found (neither in node_modules nor bundled with npm)');
  }
}

async function checkHeadersReachable(electronVersion: string): Promise<void> {
  const url = headersProbeUrl(electronVersion);
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(15_000) });
    if (!response.ok)
      fail(`${url} answered HTTP ${response.status}; Electron ${electronVersion}'s headers are not available there`);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    fail(
      `this machine cannot reach ${url}${cause}: ${error instanceof Error ? error.message : String(error)}.\n` +
        "Building for Electron needs Electron's C++ headers from electronjs.org. Run this on a machine with internet access.",
    );
  }
}

async function main(): Promise<void> {
  const electronDir = path.join(projectRoot, 'node_modules', 'electron');
  const sqliteDir = path.join(projectRoot, 'node_modules', 'better-sqlite3');
  if (!fs.existsSync(path.join(electronDir, 'package.json'))) fail('node_modules/electron is missing; run `npm install` first');
  if (!fs.existsSync(path.join(sqliteDir, 'binding.gyp')))
    fail('node_modules/better-sqlite3 is missing; run `npm install` first');

  const electronVersion = readJsonVersion(path.join(electronDir, 'package.json'));
  const expectedAbi = fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (NODE_MODULE_VERSION ${expectedAbi})…`);

  await checkHeadersReachable(electronVersion);
  const nodeGyp = findNodeGyp();

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcewise-electron-sqlite-'));
  try {
    const copy = path.join(workDir, 'better-sqlite3');
    // Everything but the Node-ABI build output, so node-gyp starts clean and the original stays intact.
    fs.cpSync(sqliteDir, copy, {
      recursive: true,
      filter: (source) => path.relative(sqliteDir, source).split(path.sep)[0] !== 'build',
    });

    const gyp = spawnSync(process.execPath, [nodeGyp, ...nodeGypArgs(electronVersion, process.arch)], {
      cwd: copy,
      env: cleanGypEnv(process.env),
      stdio: 'inherit',
    });
    if (gyp.error) fail(`node-gyp could not run: ${gyp.error.message}`);
    if (gyp.status !== 0) {
      fail(
        `node-gyp exited with ${String(gyp.status ?? gyp.signal)}. It needs internet access (Electron headers) and a C++ toolchain (python3, make, a C++ compiler).`,
      );
    }

    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!fs.existsSync(built)) fail(`node-gyp reported success but ${built} does not exist`);

    const probe = spawnSync(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', built], {
      encoding: 'utf8',
    });
    const judgement = judgeAbiProbe({ loaded: probe.status === 0, error: probe.stderr }, expectedAbi);
    if (!judgement.ok) fail(`the module built in ${copy} is not usable by Electron: ${judgement.reason}`);

    const target = electronNativeBindingPath(projectRoot);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(built, target);
    console.log(`Done: ${path.relative(projectRoot, target)} (for Electron ${electronVersion}). \`npm start\` will use it.`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
