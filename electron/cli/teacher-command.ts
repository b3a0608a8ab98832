/**
 * `sourcewise teacher reset-pin` — for a forgotten teacher PIN. Whoever can run commands on this computer
 * can already read its database, so the command line is the recovery path; the app itself never offers one.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/open-database.js';
import { resetTeacherPin } from '../core/teacher/teacher-service.js';
import { defaultDatabasePath } from '../core/paths.js';
import type { CliIo } from './cli-io.js';

const USAGE = `Usage:
  sourcewise teacher reset-pin [--db FILE]   forget the teacher PIN; the next teacher to open the area chooses a new one`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals[0] !== 'reset-pin' || positionals.length > 1) {
    (values.help ? io.out : io.err)(USAGE + '\n');
    return values.help ? 0 : 2;
  }
  const db = openDatabase(values.db ?? defaultDatabasePath());
  try {
    io.out(
      resetTeacherPin(db)
        ? 'The teacher PIN was reset. Open the teacher area to choose a new one.\n'
        : 'No teacher PIN was set; nothing to reset.\n',
    );
    return 0;
  } finally {
    db.close();
  }
}
