/**
 * `npm run web`: the browser host from the command line. Prints the address (with its per-run token) to
 * open in a browser on this computer. Options: --port N (default: any free port), --db FILE (default:
 * the app's database, or $SOURCEWISE_DB).
 */
import { parseArgs } from 'node:util';
import { defaultDatabasePath } from '../core/paths.js';
import { startWebHost } from './web-host.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(
      'Usage: npm run web -- [--port N] [--db FILE]\nServes Sourcewise on http://127.0.0.1 for a browser on this computer.',
    );
    return;
  }
  const port = values.port === undefined ? Number(process.env.PORT ?? 0) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  const host = await startWebHost({ dbPath: values.db ?? defaultDatabasePath(), port, autoBackup: true });
  console.log(`Sourcewise is running for this computer only.\nOpen this address in your browser:\n\n  ${host.url}\n`);
  console.log(`Database: ${host.backend.dbPath}\nPress Ctrl+C to stop.`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`Sourcewise could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
