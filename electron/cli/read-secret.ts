/**
 * Reads lines from standard input without echoing them on a terminal (for the teacher PIN). One reader
 * for the whole command: lines piped in together (`printf '1234\n1234\n' | sourcewise teacher set-pin`)
 * arrive in one chunk, and a second reader would find the first had already swallowed them.
 */
import readline from 'node:readline';
import { Writable } from 'node:stream';

let reader: { rl: readline.Interface; lines: string[]; waiting: Array<(line: string) => void>; ended: boolean } | undefined;

function open() {
  const terminal = process.stdin.isTTY === true;
  // On a terminal readline echoes what is typed to `output`: a sink that drops it keeps the PIN off screen.
  const muted = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = readline.createInterface({ input: process.stdin, output: muted, terminal });
  const state = { rl, lines: [] as string[], waiting: [] as Array<(line: string) => void>, ended: false };
  rl.on('line', (line) => {
    if (terminal) process.stderr.write('\n');
    const next = state.waiting.shift();
    if (next) next(line.trim());
    else state.lines.push(line.trim());
  });
  rl.on('close', () => {
    state.ended = true;
    for (const w of state.waiting.splice(0)) w('');
  });
  return state;
}

export function readSecretLine(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  reader ??= open();
  const queued = reader.lines.shift();
  if (queued !== undefined) return Promise.resolve(queued);
  if (reader.ended) return Promise.resolve('');
  const r = reader;
  return new Promise((resolve) => r.waiting.push(resolve));
}

/** Lets the process exit: called when the command is done. */
export function closeSecretReader(): void {
  reader?.rl.close();
  reader = undefined;
}
