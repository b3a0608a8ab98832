/**
 * `sourcewise class create NAME` and `sourcewise class list [--json]`: the classes a teacher hands lesson
 * packs to. The results key is never printed: it travels inside the packs made for the class.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/open-database.js';
import { classNameSchema } from '../core/packs/packs-schemas.js';
import { PacksService } from '../core/packs/packs-service.js';
import { defaultDatabasePath } from '../core/paths.js';
import type { CliIo } from './cli-io.js';

export const CLASS_USAGE = `Usage:
  sourcewise class create NAME [--db FILE]        a new class on this install (prints its id)
  sourcewise class list [--json] [--db FILE]      the classes: id, origin, lessons, name`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const [sub, ...args] = positionals;
  if (values.help || (sub !== 'create' && sub !== 'list')) {
    if (sub && !values.help) io.err(`Unknown class command "${sub}".\n`);
    (values.help ? io.out : io.err)(CLASS_USAGE + '\n');
    return values.help ? 0 : 2;
  }
  if (sub === 'create' && args.length !== 1) {
    io.err('Give the class one name (quote it if it has spaces): sourcewise class create "7B Media"\n');
    return 2;
  }
  if (sub === 'list' && args.length > 0) {
    io.err(CLASS_USAGE + '\n');
    return 2;
  }
  let name = '';
  if (sub === 'create') {
    const parsed = classNameSchema.safeParse(args[0]);
    if (!parsed.success) {
      io.err(`sourcewise class create: ${parsed.error.issues[0]?.message ?? 'not a class name'}\n`);
      return 1;
    }
    name = parsed.data;
  }
  const db = openDatabase(values.db ?? defaultDatabasePath());
  try {
    const packs = new PacksService(db, '');
    if (sub === 'create') {
      const cls = packs.createClass(name);
      io.out(values.json ? JSON.stringify(cls, null, 2) + '\n' : `Created class ${cls.name} (id ${cls.id}).\n`);
      return 0;
    }
    const classes = packs.listClasses();
    if (values.json) io.out(JSON.stringify(classes, null, 2) + '\n');
    else for (const c of classes) io.out(`${c.id}\t${c.origin}\t${c.lessons} lessons\t${c.name}\n`);
    return 0;
  } finally {
    db.close();
  }
}
