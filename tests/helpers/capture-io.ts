/** A CliIo that records what a command writes, reading real files from disk. */
import fs from 'node:fs';
import type { CliIo } from '../../electron/cli/cli-io.js';

export function captureIo(): { out: string[]; err: string[]; io: CliIo } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s) => void out.push(s), err: (s) => void err.push(s), readFile: (p) => fs.readFileSync(p) } };
}
