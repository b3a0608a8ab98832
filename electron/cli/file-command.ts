/**
 * The shared front of the commands that take one file (`analyze FILE`, `eval FILE`): the same options,
 * the same usage errors, the same message when the file cannot be read.
 */
import { InputError, MAX_INPUT_BYTES, readInputFile } from '../core/analyzer/input.js';
import type { CliIo } from './cli-io.js';

export type FileCommandArgs = { file: string; json: boolean } | { exitCode: number };

/** `FILE [--json] [--help]`; anything else is a usage error (exit 2). `-` is allowed as a file name. */
export function parseFileCommandArgs(command: string, argv: readonly string[], usage: string, io: CliIo): FileCommandArgs {
  let file: string | undefined;
  let json = false;
  for (const a of argv) {
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      io.out(usage);
      return { exitCode: 0 };
    } else if (a.startsWith('-') && a !== '-') {
      io.err(`sourcewise ${command}: unknown option ${a}\n\n${usage}`);
      return { exitCode: 2 };
    } else if (file === undefined) file = a;
    else {
      io.err(`sourcewise ${command}: one file at a time (got ${file} and ${a})\n`);
      return { exitCode: 2 };
    }
  }
  if (file === undefined) {
    io.err(`sourcewise ${command}: no file given\n\n${usage}`);
    return { exitCode: 2 };
  }
  return { file, json };
}

/**
 * The file's bytes, or null after saying why it could not be read (missing, a folder, a pipe or device,
 * too large, no permission). The type and size are checked before reading, and the read is capped.
 */
export function readFileOrSay(command: string, file: string, io: CliIo, maxBytes = MAX_INPUT_BYTES): Buffer | null {
  try {
    return readInputFile(file, maxBytes);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`sourcewise ${command}: ${e.message}\n`);
      return null;
    }
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    io.err(`sourcewise ${command}: cannot read ${file}: ${why}\n`);
    return null;
  }
}
