import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openBackend } from '../../electron/core/backend.js';
import { describeBackendOpenError } from '../../electron/main/backend-open-error.js';
import { tempDir } from '../helpers/temp-dir.js';

function openError(dbPath: string): unknown {
  try {
    openBackend({ dbPath, host: 'electron', log: () => {} }).close();
  } catch (error) {
    return error;
  }
  assert.fail(`openBackend accepted ${dbPath}`);
}

test('a database from a newer version: the dialog asks for an update and says nothing was changed', () => {
  const file = path.join(tempDir(), 'sourcewise.sqlite');
  const db = new BetterSqlite3(file);
  db.pragma('user_version = 9999');
  db.close();
  const before = fs.readFileSync(file);

  const dialog = describeBackendOpenError(openError(file));
  assert.equal(dialog.title, 'Sourcewise needs an update');
  assert.match(dialog.message, /newer version of Sourcewise/);
  assert.match(dialog.message, /9999/);
  assert.deepEqual(fs.readFileSync(file), before);
});

test('a file that is not a database gets its own title and the backend message', () => {
  const file = path.join(tempDir(), 'sourcewise.sqlite');
  fs.writeFileSync(file, 'this is not SQLite, just text that happens to be long enough to have a header'.repeat(20));
  const dialog = describeBackendOpenError(openError(file));
  assert.equal(dialog.title, 'Sourcewise cannot read its database');
  assert.match(dialog.message, /not a Sourcewise database/);
});

test('a native-module ABI mismatch is explained with the command that fixes it', () => {
  const error = new Error(
    "The module '/x/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 150.",
  );
  const dialog = describeBackendOpenError(error);
  assert.match(dialog.title, /database module/);
  assert.match(dialog.message, /npm run rebuild:electron/);
  assert.match(dialog.message, /NODE_MODULE_VERSION 115/);
});

test('anything else still gives a readable dialog, whatever was thrown', () => {
  assert.deepEqual(describeBackendOpenError(new Error('EACCES: permission denied')), {
    title: 'Sourcewise could not start',
    message: 'The database could not be opened: EACCES: permission denied',
  });
  assert.match(describeBackendOpenError('a string').message, /a string/);
});
