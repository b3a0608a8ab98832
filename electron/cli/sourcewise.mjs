#!/usr/bin/env node
// The `sourcewise` command (`npx sourcewise …`). The TypeScript is compiled by `npm install` (the
// `prepare` script); this shim only finds the compiled entry and says what to do when it is missing.
import { existsSync } from 'node:fs';

const entry = new URL('../../build/electron/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('Sourcewise is not built yet. Run `npm install` (or `npm run build`) in the project folder first.\n');
  process.exit(1);
}
const { main, processIo } = await import(entry.href);
const code = await main(process.argv.slice(2), processIo);
// Let stdout drain before exiting: a large `lesson export` piped into another program must arrive whole.
process.exitCode = code;
