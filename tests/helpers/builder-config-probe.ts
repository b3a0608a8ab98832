/**
 * Reads and validates electron-builder.yml with electron-builder's own engine, in a process of its own,
 * and prints one JSON line: { config } or { error }. Why a separate process: electron-builder's logger
 * writes to stdout, and inside node's test runner stray stdout bytes corrupt the runner's own messages
 * ("Unable to deserialize cloned data"), failing the run at random.
 *
 * Usage: node builder-config-probe.js PROJECT_ROOT [OVERRIDES_JSON]
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
// app-builder-lib is electron-builder's own engine (installed with it); its config module has no types
// entry of its own for this path, so the two functions used are described here.
const builder = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: object | null): Promise<object>;
  validateConfiguration(config: object, debugLogger: object): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => object };

const [root = '.', overrides] = process.argv.slice(2);
const out = (value: object) => process.stderr.write(`\nPROBE ${JSON.stringify(value)}\n`);
try {
  const config = await builder.getConfig(root, path.join(root, 'electron-builder.yml'), overrides ? JSON.parse(overrides) : null);
  await builder.validateConfiguration(config, new DebugLogger(false));
  out({ config });
} catch (error) {
  out({ error: error instanceof Error ? error.message : String(error) });
}
