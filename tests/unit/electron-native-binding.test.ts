import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { chooseNativeBinding, electronNativeBindingPath, unpackedAsarPath } from '../../electron/main/native-binding.js';
import { tempDir } from '../helpers/temp-dir.js';

test('the Electron-ABI build lives in build/native/electron, apart from node_modules', () => {
  assert.equal(electronNativeBindingPath('/p'), path.join('/p', 'build', 'native', 'electron', 'better_sqlite3.node'));
  assert.doesNotMatch(electronNativeBindingPath('/p'), /node_modules/);
});

test('inside a packaged app the binding is read from app.asar.unpacked', () => {
  assert.equal(
    unpackedAsarPath('/opt/Sourcewise/resources/app.asar/build/native/electron/better_sqlite3.node'),
    '/opt/Sourcewise/resources/app.asar.unpacked/build/native/electron/better_sqlite3.node',
  );
  assert.equal(
    unpackedAsarPath('C:\\Sourcewise\\resources\\app.asar\\build\\x.node'),
    'C:\\Sourcewise\\resources\\app.asar.unpacked\\build\\x.node',
  );
  assert.equal(unpackedAsarPath('/home/me/sourcewise/build/x.node'), '/home/me/sourcewise/build/x.node');
  assert.equal(unpackedAsarPath('/home/me/app.asar.unpacked/x.node'), '/home/me/app.asar.unpacked/x.node');
});

test('the binding is used only when the file exists; otherwise better-sqlite3 loads its own', () => {
  const root = tempDir();
  assert.equal(chooseNativeBinding(root, fs.existsSync), undefined);
  const file = electronNativeBindingPath(root);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  assert.equal(chooseNativeBinding(root, fs.existsSync), file);
});
