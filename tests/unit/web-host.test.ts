/** The browser host over real HTTP on 127.0.0.1, with a real database file. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startWebHost, type WebHost } from '../../electron/web/web-host.js';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from '../../electron/web/request-guard.js';
import { resolveStaticPath } from '../../electron/web/static-files.js';
import { API_PREFIX, MAX_BODY_BYTES, TOKEN_HEADER } from '../../electron/shared/web-bridge.js';
import { tempDir } from '../helpers/temp-dir.js';

let host: WebHost;
let root: string;

// Made at module level: the folder must outlive the `before` hook (tempDir's cleanup runs after the file).
const dir = tempDir();
before(async () => {
  root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Sourcewise</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer folder');
  host = await startWebHost({ dbPath: path.join(dir, 'web.sqlite'), rendererDir: root });
});
after(() => host.close());

const origin = () => `http://127.0.0.1:${host.port}`;
const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin()}${API_PREFIX}${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: origin(), [TOKEN_HEADER]: host.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

test('binds 127.0.0.1 only and prints an address with its token', () => {
  assert.match(host.url, new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[A-Za-z0-9_-]{32}$`));
});

test('serves the renderer with a CSP header, and nothing outside its folder', async () => {
  const page = await fetch(`${origin()}/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'.*object-src 'none'/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.equal((await fetch(`${origin()}/assets/app.js`)).headers.get('content-type'), 'text/javascript; charset=utf-8');
  for (const sneaky of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
    const res = await fetch(`${origin()}${sneaky}`);
    assert.notEqual(await res.text(), 'outside the renderer folder', sneaky);
  }
  assert.equal(resolveStaticPath(root, '/%2e%2e/secret.txt'), null);
  assert.equal(resolveStaticPath(root, '/assets/app.js'), path.join(root, 'assets', 'app.js'));
  assert.equal(resolveStaticPath(root, '/a%00b'), null);
});

test("answers the contract's calls with envelopes", async () => {
  const res = await api('profiles:create', { name: 'Lin' });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { ok: boolean; value: { name: string } };
  assert.deepEqual([body.ok, body.value.name], [true, 'Lin']);
  const info = (await (await api('app:info', {})).json()) as { value: { host: string } };
  assert.equal(info.value.host, 'web');
  const bad = (await (await api('profiles:create', '{not json')).json()) as { ok: boolean; error: { code: string } };
  assert.deepEqual([bad.ok, bad.error.code], [false, 'invalid_input']);
});

test('refuses calls without the token, from another origin, for another host, or unknown', async () => {
  assert.equal((await api('profiles:list', {}, { [TOKEN_HEADER]: 'wrong' })).status, 403);
  assert.equal((await api('profiles:list', {}, { origin: 'http://evil.example' })).status, 403);
  assert.equal((await api('profiles:list', {}, { origin: 'null' })).status, 403);
  assert.equal((await api('system:shutdown', {})).status, 404);
  const get = await fetch(`${origin()}${API_PREFIX}profiles:list`, { headers: { [TOKEN_HEADER]: host.token } });
  assert.equal(get.status, 405);
  const body = (await (await api('profiles:list', {}, { [TOKEN_HEADER]: '' })).json()) as { error: { code: string } };
  assert.equal(body.error.code, 'forbidden');
  const huge = await api('profiles:create', { name: 'x'.repeat(MAX_BODY_BYTES + 1) });
  assert.equal(huge.status, 413);
});

test('request guards: hosts, origins, tokens', () => {
  assert.ok(isAllowedHost('127.0.0.1:8080', 8080));
  assert.ok(isAllowedHost('localhost:8080', 8080));
  assert.ok(!isAllowedHost('attacker.example:8080', 8080), 'DNS rebinding: a foreign name resolving to 127.0.0.1');
  assert.ok(!isAllowedHost('127.0.0.1:8081', 8080));
  assert.ok(!isAllowedHost(undefined, 8080));
  assert.ok(isAllowedOrigin('http://127.0.0.1:8080', 8080));
  assert.ok(!isAllowedOrigin('https://127.0.0.1:8080', 8080));
  assert.ok(!isAllowedOrigin(undefined, 8080));
  assert.ok(tokenMatches('abc', 'abc'));
  assert.ok(!tokenMatches('abd', 'abc'));
  assert.ok(!tokenMatches('ab', 'abc'));
  assert.ok(!tokenMatches(undefined, 'abc'));
});
