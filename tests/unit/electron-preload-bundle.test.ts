/**
 * The preload as Electron will load it: build/electron/preload/preload.cjs, run in a fresh V8 context
 * whose `require` knows only 'electron' (as a sandboxed preload's does). Electron's two objects are
 * stood in by recorders, since no Electron binary exists here; what is checked is the bundle itself.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import vm from 'node:vm';
import { projectRoot } from '../../electron/core/paths.js';
import { BRIDGE_GLOBAL, CHANNELS } from '../../electron/shared/contract.js';

const BUNDLE = path.join(projectRoot, 'build', 'electron', 'preload', 'preload.cjs');

function readBundle(): string {
  assert.ok(
    fs.existsSync(BUNDLE),
    `${BUNDLE} is missing: run \`vite build --config electron/preload/vite.config.ts\` (npm run build:preload)`,
  );
  return fs.readFileSync(BUNDLE, 'utf8');
}

interface Loaded {
  exposed: Map<string, unknown>;
  invocations: Array<{ channel: string; input: unknown }>;
  required: string[];
}

function loadInSandbox(code: string): Loaded {
  const exposed = new Map<string, unknown>();
  const invocations: Array<{ channel: string; input: unknown }> = [];
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        invocations.push({ channel, input });
        return Promise.resolve({ ok: true, value: channel });
      },
    },
  };
  const sandboxRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`module not found: ${id} (a sandboxed preload can only require 'electron')`);
  };
  const module = { exports: {} };
  vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports }, { filename: BUNDLE });
  return { exposed, invocations, required };
}

test('the preload is one CommonJS file that requires only electron', () => {
  const code = readBundle();
  const preloadDir = path.dirname(BUNDLE);
  assert.deepEqual(fs.readdirSync(preloadDir), ['preload.cjs'], 'one file, no chunks');
  const requires = [...code.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]);
  assert.deepEqual([...new Set(requires)], ['electron']);
  assert.doesNotMatch(code, /^\s*(import|export)\s/m, 'no ES module syntax left');
  assert.doesNotMatch(code, /\bimport\(/, 'no dynamic import');
  // It really runs as CommonJS: a syntax error or an unexpected require would throw here.
  assert.deepEqual(loadInSandbox(code).required, ['electron']);
});

test(`it exposes window.${BRIDGE_GLOBAL} with exactly one method per contract call`, () => {
  const { exposed } = loadInSandbox(readBundle());
  assert.deepEqual([...exposed.keys()], [BRIDGE_GLOBAL]);
  const bridge = exposed.get(BRIDGE_GLOBAL) as Record<string, unknown>;
  assert.deepEqual(Object.keys(bridge).sort(), Object.keys(CHANNELS).sort());
  for (const method of Object.keys(CHANNELS)) assert.equal(typeof bridge[method], 'function', method);
  assert.ok(Object.isFrozen(bridge));
});

test('each method invokes its own channel with the input, and returns what main answers', async () => {
  const { exposed, invocations } = loadInSandbox(readBundle());
  const bridge = exposed.get(BRIDGE_GLOBAL) as Record<string, (input: unknown) => Promise<unknown>>;
  for (const [method, channel] of Object.entries(CHANNELS)) {
    const input = { probe: method };
    const fn = bridge[method];
    assert.ok(fn, method);
    assert.deepEqual(await fn(input), { ok: true, value: channel });
    assert.deepEqual(invocations.at(-1), { channel, input });
  }
  assert.equal(invocations.length, Object.keys(CHANNELS).length);
});
