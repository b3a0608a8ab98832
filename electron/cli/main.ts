/** `sourcewise <command>`: the command-line entry. Each command is its own module with `run(argv, io)`. */
import fs from 'node:fs';
import type { CliIo } from './cli-io.js';
import { closeSecretReader, readSecretLine } from './read-secret.js';

const USAGE = `Sourcewise — tell reported fact from quoted claim from commentary.

Usage:
  sourcewise lesson list | export <lesson-id> | schema | draft FILE --title T
  sourcewise teacher set-pin | reset-pin --code CODE   choose the PIN, or reset a forgotten one
  sourcewise analyze FILE [--json]        label every passage of an article (txt, md or html)
  sourcewise eval FILE.jsonl [--json]     measure the analyzer on a labelled JSON Lines file
  sourcewise pack export LESSON-ID… -o FILE [--class NAME] | import FILE [--dry-run] [--json]
  sourcewise class create NAME | list [--json]
  sourcewise import FILE|DIR… [--json]    articles into the teacher's library (saved pages, .txt, .md)
  sourcewise article list | show ID | search QUERY [--json]
  sourcewise lesson publish ARTICLE-ID --title T   publish an article as a lesson for students
  sourcewise db backup | backups | restore NAME|FILE   back up and restore the database
  sourcewise results export | import | report   classroom results files, the class report, gradebook exports
  sourcewise --help | --version`;

type Command = (argv: string[], io: CliIo) => Promise<number>;

// Loaded on demand: `lesson list` should not pay for loading the analyzer's language model.
const COMMANDS: Record<string, () => Promise<Command>> = {
  lesson: async () => (await import('./lesson-command.js')).run,
  analyze: async () => (await import('./analyze-command.js')).run,
  eval: async () => (await import('./eval-command.js')).run,
  teacher: async () => (await import('./teacher-command.js')).run,
  pack: async () => (await import('./pack-command.js')).run,
  class: async () => (await import('./class-command.js')).run,
  import: async () => (await import('./library-command.js')).runImport,
  article: async () => (await import('./library-command.js')).runArticle,
  db: async () => (await import('./db-command.js')).run,
  results: async () => (await import('./results-command.js')).run,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version') {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    io.out(`${pkg.version}\n`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.err(`Unknown command "${command}".\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (err) {
    io.err(`sourcewise ${command}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    closeSecretReader();
  }
}

export const processIo: CliIo = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  readFile: (p) => fs.readFileSync(p),
  readSecret: (prompt) => readSecretLine(prompt),
};
