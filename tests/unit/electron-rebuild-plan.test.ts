import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../electron/core/paths.js';
import { cleanGypEnv, headersProbeUrl, judgeAbiProbe, nodeGypArgs } from '../../electron/cli/rebuild-plan.js';

test('node-gyp is asked for Electron headers, runtime and version', () => {
  assert.deepEqual(nodeGypArgs('45.4.1', 'x64'), [
    'rebuild',
    '--release',
    '--target=45.4.1',
    '--arch=x64',
    '--dist-url=https://electronjs.org/headers',
    '--runtime=electron',
  ]);
  assert.equal(headersProbeUrl('45.4.1'), 'https://electronjs.org/headers/v45.4.1/SHASUMS256.txt');
});

test('npm settings that would silently build for Node (nodedir, target, runtime, disturl) are removed', () => {
  const env = cleanGypEnv({
    PATH: '/usr/bin',
    HOME: '/root',
    npm_config_nodedir: '/usr',
    NPM_CONFIG_NODEDIR: '/usr',
    npm_config_target: '20.20.2',
    npm_config_runtime: 'node',
    npm_config_disturl: 'https://nodejs.org/dist',
    npm_config_dist_url: 'https://nodejs.org/dist',
    npm_config_cache: '/root/.npm',
    UNSET: undefined,
  });
  assert.deepEqual(env, { PATH: '/usr/bin', HOME: '/root', npm_config_cache: '/root/.npm' });
});

test('a module that plain Node loads is rejected: it was built for Node, not Electron', () => {
  // The real Node-ABI build that `npm test` uses: exactly what a mis-configured rebuild produces.
  const nodeBuild = path.join(projectRoot, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  assert.ok(fs.existsSync(nodeBuild), `${nodeBuild} is missing; run \`npm rebuild better-sqlite3\``);
  const probe = spawnSync(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', nodeBuild], {
    encoding: 'utf8',
  });
  const judgement = judgeAbiProbe({ loaded: probe.status === 0, error: probe.stderr }, '150');
  assert.equal(judgement.ok, false);
  assert.match(judgement.ok ? '' : judgement.reason, /built for Node's ABI/);
});

test("Node's refusal naming Electron's module version is accepted; any other version is not", () => {
  const refusal = (abi: number) =>
    `Error: The module '/tmp/x/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION ${abi}. This version of Node.js requires\nNODE_MODULE_VERSION 115.`;
  assert.deepEqual(judgeAbiProbe({ loaded: false, error: refusal(150) }, '150\n'), { ok: true });
  assert.equal(judgeAbiProbe({ loaded: false, error: refusal(140) }, '150').ok, false);
  assert.equal(judgeAbiProbe({ loaded: false, error: 'invalid ELF header' }, '150').ok, false);
});
