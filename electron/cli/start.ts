/**
 * `npm start` (compiled to build/electron/cli/start.js): launch the desktop app with Electron if Electron
 * can run here; otherwise say why and point to `npm run web`, exiting non-zero so scripts notice.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../core/paths.js';
import { decideStart, electronExitMessage, fallbackMessage } from './start-decision.js';

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const decision = decideStart({
  platform: process.platform,
  env: process.env,
  electronPackageDir: path.join(projectRoot, 'node_modules', 'electron'),
  exists: (file) => fs.existsSync(file),
  readText,
});

if (decision.kind === 'fallback') {
  console.error(fallbackMessage(decision.reason));
  process.exit(1);
}

const env = { ...process.env };
// Set in the environment, this would make Electron behave as plain Node and never open a window.
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(decision.electronPath, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(fallbackMessage(`launching ${decision.electronPath} failed: ${error.message}`));
  process.exit(1);
});
child.on('exit', (code, signal) => {
  const message = electronExitMessage(code, signal);
  if (message !== null) console.error(message);
  process.exit(code ?? (message === null ? 0 : 1));
});
