import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { contentTypeFor, isInside, resolveAppRequest } from '../../electron/main/protocol-paths.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A small renderer folder on disk, with a secret beside it that must stay out of reach. */
function rendererFixture(): { root: string; secret: string } {
  const base = tempDir('sourcewise-protocol-');
  const root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Sourcewise</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index.html'), 'nested');
  const secret = path.join(base, 'secret.txt');
  fs.writeFileSync(secret, 'not for the page');
  return { root, secret };
}

function resolvedFile(root: string, url: string): string {
  const result = resolveAppRequest(root, url);
  assert.ok(result.ok, `${url} should resolve, got ${JSON.stringify(result)}`);
  return result.filePath;
}

test('the origin root and folder URLs mean index.html; query and fragment are ignored', () => {
  const { root } = rendererFixture();
  for (const url of [
    'app://sourcewise',
    'app://sourcewise/',
    'app://sourcewise/index.html',
    'app://sourcewise/index.html?token=x#/lesson',
  ]) {
    const file = resolvedFile(root, url);
    assert.equal(file, path.join(root, 'index.html'), url);
    assert.match(fs.readFileSync(file, 'utf8'), /<title>Sourcewise/);
  }
  assert.equal(resolvedFile(root, 'app://sourcewise/assets/'), path.join(root, 'assets', 'index.html'));
});

test('asset files resolve inside the folder with their content type', () => {
  const { root } = rendererFixture();
  const result = resolveAppRequest(root, 'app://sourcewise/assets/index-abc123.js');
  assert.deepEqual(result, {
    ok: true,
    filePath: path.join(root, 'assets', 'index-abc123.js'),
    contentType: 'text/javascript; charset=utf-8',
  });
  assert.equal(fs.readFileSync(path.join(root, 'assets', 'index-abc123.js'), 'utf8'), 'console.log(1)');
});

test('traversal in every spelling is refused or stays inside the folder', () => {
  const { root, secret } = rendererFixture();
  const attempts = [
    'app://sourcewise/../secret.txt',
    'app://sourcewise/assets/../../secret.txt',
    'app://sourcewise/%2e%2e/secret.txt',
    'app://sourcewise/.%2E/secret.txt',
    'app://sourcewise/..%2fsecret.txt',
    'app://sourcewise/assets%2f..%2f..%2fsecret.txt',
    'app://sourcewise/..%5csecret.txt',
    'app://sourcewise/assets\\..\\..\\secret.txt',
    'app://sourcewise/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://sourcewise//etc/passwd',
    `app://sourcewise/${encodeURIComponent(secret)}`,
    'app://sourcewise/C:%5cWindows%5cwin.ini',
    'app://sourcewise/C:/Windows/win.ini',
  ];
  for (const url of attempts) {
    const result = resolveAppRequest(root, url);
    if (result.ok) {
      // The URL parser may fold `..` away before we see it; what matters is where the path lands.
      assert.ok(isInside(root, result.filePath) && result.filePath !== root, `${url} escaped to ${result.filePath}`);
      assert.notEqual(result.filePath, secret, url);
    } else {
      assert.ok([400, 403, 404].includes(result.status), url);
    }
  }
  // The explicit encoded forms are refused outright, not merely contained.
  for (const url of [
    'app://sourcewise/..%2fsecret.txt',
    'app://sourcewise/..%5csecret.txt',
    'app://sourcewise/assets%2f..%2f..%2fsecret.txt',
  ]) {
    assert.equal(resolveAppRequest(root, url).ok, false, url);
  }
});

test('NUL bytes, malformed encodings and hidden files are refused', () => {
  const { root } = rendererFixture();
  assert.deepEqual(resolveAppRequest(root, 'app://sourcewise/index.html%00.js'), {
    ok: false,
    status: 400,
    reason: 'NUL byte in path',
  });
  assert.deepEqual(resolveAppRequest(root, 'app://sourcewise/%E0%A4%A'), {
    ok: false,
    status: 400,
    reason: 'malformed percent-encoding',
  });
  for (const url of ['app://sourcewise/.env', 'app://sourcewise/.vite/manifest.json', 'app://sourcewise/assets/.hidden']) {
    const result = resolveAppRequest(root, url);
    assert.equal(result.ok, false, url);
  }
});

test('requests for another host or scheme, or no URL at all, are refused', () => {
  const { root } = rendererFixture();
  for (const url of [
    'app://other/index.html',
    'file:///etc/passwd',
    'https://sourcewise/index.html',
    'app://sourcewise:99/index.html',
    undefined,
    null,
    7,
    {},
  ]) {
    assert.deepEqual(resolveAppRequest(root, url), { ok: false, status: 403, reason: 'not our origin' }, String(url));
  }
});

test('isInside compares whole path segments', () => {
  assert.equal(isInside('/srv/renderer', '/srv/renderer/index.html'), true);
  assert.equal(isInside('/srv/renderer', '/srv/renderer'), true);
  assert.equal(isInside('/srv/renderer', '/srv/renderer-evil/index.html'), false);
  assert.equal(isInside('/srv/renderer', '/srv/secret.txt'), false);
  assert.equal(isInside('/srv/renderer', '/etc/passwd'), false);
});

test('content types follow the extension; unknown files are opaque bytes', () => {
  assert.equal(contentTypeFor('/x/index.html'), 'text/html; charset=utf-8');
  assert.equal(contentTypeFor('/x/a.CSS'), 'text/css; charset=utf-8');
  assert.equal(contentTypeFor('/x/font.woff2'), 'font/woff2');
  assert.equal(contentTypeFor('/x/icon.svg'), 'image/svg+xml');
  assert.equal(contentTypeFor('/x/file.exe'), 'application/octet-stream');
  assert.equal(contentTypeFor('/x/noext'), 'application/octet-stream');
});
