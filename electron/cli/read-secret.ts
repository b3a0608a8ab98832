/** Reads one line from standard input without echoing it on a terminal (for the teacher PIN). */
import readline from 'node:readline';
import { Writable } from 'node:stream';

export function readSecretLine(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const terminal = process.stdin.isTTY === true;
  // On a terminal readline echoes what is typed to `output`: a sink that drops it keeps the PIN off screen.
  const muted = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = readline.createInterface({ input: process.stdin, output: muted, terminal });
  return new Promise((resolve) => {
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      if (terminal) process.stderr.write('\n');
      resolve(line.trim());
    });
    rl.once('close', () => {
      if (!answered) resolve('');
    });
  });
}
