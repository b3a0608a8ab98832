/**
 * `sourcewise teacher set-pin | reset-pin` — the teacher PIN from this computer's command line, which a
 * student at the app cannot reach.
 *
 * - `set-pin` chooses the PIN when none is set (the app itself allows that only before any student
 *   profile exists). The PIN is read from standard input, without echo on a terminal; the recovery code
 *   is printed once: write it down.
 * - `reset-pin --code CODE` forgets the PIN, given that recovery code. Without the code only the
 *   operating system's administrator may reset it (root on Linux and macOS). Wrong codes count towards
 *   the same growing delay as wrong PINs.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/open-database.js';
import { AppError } from '../core/app-error.js';
import { resetTeacherPin, setTeacherPinFromCommandLine } from '../core/teacher/teacher-service.js';
import { defaultDatabasePath } from '../core/paths.js';
import type { CliIo } from './cli-io.js';

const USAGE = `Usage:
  sourcewise teacher set-pin [--db FILE]                choose the teacher PIN (read from standard input);
                                                        prints the recovery code once: write it down
  sourcewise teacher reset-pin --code CODE [--db FILE]  forget the PIN, given the recovery code shown when it
                                                        was chosen (the administrator needs no code)`;

const isAdministrator = () => process.getuid?.() === 0;

export async function run(argv: string[], io: CliIo, administrator = isAdministrator()): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, code: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const sub = positionals[0];
  if (values.help || (sub !== 'reset-pin' && sub !== 'set-pin') || positionals.length > 1) {
    (values.help ? io.out : io.err)(USAGE + '\n');
    return values.help ? 0 : 2;
  }
  const db = openDatabase(values.db ?? defaultDatabasePath());
  try {
    if (sub === 'set-pin') {
      if (!io.readSecret) throw new Error('no input to read the PIN from');
      const pin = await io.readSecret('New teacher PIN (digits only): ');
      const again = await io.readSecret('The same PIN again: ');
      if (pin !== again) {
        io.err('The two PINs are not the same; nothing was changed.\n');
        return 1;
      }
      const code = setTeacherPinFromCommandLine(db, pin);
      io.out(
        `The teacher PIN is set.\n\nRecovery code: ${code}\n\n` +
          'Write it down and keep it away from students: it is shown only this once, and it is what\n' +
          '`sourcewise teacher reset-pin --code CODE` asks for if the PIN is forgotten.\n',
      );
      return 0;
    }
    const outcome = resetTeacherPin(db, { code: values.code, administrator });
    if (outcome === 'reset') {
      io.out('The teacher PIN was reset. Choose a new one with `sourcewise teacher set-pin`.\n');
      return 0;
    }
    if (outcome === 'no_pin') {
      io.out('No teacher PIN is set; nothing to reset.\n');
      return 0;
    }
    if (typeof outcome === 'object')
      io.err(`Too many wrong codes. Wait ${Math.ceil(outcome.wait / 1000)} seconds and try again.\n`);
    else if (outcome === 'no_code_stored')
      io.err(
        "This PIN was chosen before recovery codes existed: only the computer's administrator can reset it (run the command as administrator).\n",
      );
    else
      io.err(
        values.code === undefined
          ? 'Give the recovery code shown when the PIN was chosen: sourcewise teacher reset-pin --code CODE\n'
          : 'That recovery code is not right; the PIN was not reset.\n',
      );
    return 1;
  } catch (err) {
    if (err instanceof AppError) {
      io.err(`${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    db.close();
  }
}
