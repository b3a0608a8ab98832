/**
 * One static-file resolver and one CSP for both hosts: the browser host over real HTTP and the Electron
 * app:// handler (answerAppRequest, the function protocol.handle is given) serve the same files with the
 * same headers, and refuse the same things: source maps, .d.ts files, hidden files, files outside
 * index.html and assets/, symlinks out of the folder. A request with two Host headers is refused.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/renderer-files.js';
import { CONTENT_SECURITY_POLICY as APP_CSP } from '../../electron/main/app-origin.js';
import { answerAppRequest } from '../../electron/main/app-request.js';
import { startWebHost, type WebHost } from '../../electron/web/web-host.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir();
const root = path.join(dir, 'renderer');
let host: WebHost;

before(async () => {
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(root, 'src', 'lib'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Sourcewise</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js.map'), '{"sources":["../src/secret.ts"]}');
  fs.writeFileSync(path.join(root, 'assets', 'types.d.ts'), 'export {}');
  fs.writeFileSync(path.join(root, 'assets', '.env'), 'SECRET=1');
  fs.writeFileSync(path.join(root, 'src', 'lib', 'x.js'), 'tsc output, not the page');
  fs.writeFileSync(path.join(dir, 'outside.js'), 'outside the folder');
  fs.symlinkSync(path.join(dir, 'outside.js'), path.join(root, 'assets', 'link-out.js'));
  fs.symlinkSync(path.join(root, 'assets', 'index-abc.js'), path.join(root, 'assets', 'link-in.js'));
  host = await startWebHost({ dbPath: path.join(dir, 'static.sqlite'), rendererDir: root });
});
after(() => host.close());

/** Both hosts' answer to one path: status, body, CSP. */
async function both(p: string): Promise<Array<{ status: number; body: string; csp: string | null }>> {
  const web = await fetch(`http://127.0.0.1:${host.port}${p}`);
  const app = answerAppRequest(root, { method: 'GET', url: `app://sourcewise${p}` });
  return Promise.all(
    [web, app].map(async (r) => ({ status: r.status, body: await r.text(), csp: r.headers.get('content-security-policy') })),
  );
}

test('one CSP: the Electron protocol and the browser host send the same header', async () => {
  assert.equal(APP_CSP, CONTENT_SECURITY_POLICY);
  const [web, app] = await both('/');
  assert.equal(web!.csp, CONTENT_SECURITY_POLICY);
  assert.equal(app!.csp, CONTENT_SECURITY_POLICY);
});

test('both hosts serve what the page needs, and the same refusals for everything else', async () => {
  for (const [p, body] of [
    ['/', '<!doctype html><title>Sourcewise</title>'],
    ['/index.html', '<!doctype html><title>Sourcewise</title>'],
    ['/assets/index-abc.js', 'console.log(1)'],
    ['/assets/link-in.js', 'console.log(1)'],
  ] as const) {
    for (const r of await both(p)) assert.deepEqual([r.status, r.body], [200, body], p);
  }
  for (const p of [
    '/assets/index-abc.js.map',
    '/assets/types.d.ts',
    '/assets/.env',
    '/src/lib/x.js',
    '/assets/link-out.js',
    '/..%2foutside.js',
    '/assets/%2e%2e/%2e%2e/outside.js',
  ]) {
    const [web, app] = await both(p);
    assert.ok(web!.status >= 400 && app!.status >= 400, `${p}: ${web!.status} / ${app!.status}`);
    assert.equal(web!.status, app!.status, `${p}: the same answer from both hosts`);
    assert.doesNotMatch(web!.body + app!.body, /outside the folder|sources|SECRET|tsc output/, p);
  }
});

/** A raw HTTP request, so that headers can be repeated (fetch would merge them). */
function rawRequest(lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(host.port, '127.0.0.1', () => socket.end(lines.join('\r\n') + '\r\n\r\n'));
    let out = '';
    socket.on('data', (d) => (out += d.toString()));
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}

test('a request with two Host headers is refused, even when the first one is ours', async () => {
  const ok = await rawRequest(['GET / HTTP/1.1', `Host: 127.0.0.1:${host.port}`, 'Connection: close']);
  assert.match(ok, /^HTTP\/1\.1 200/);
  const twice = await rawRequest([
    'GET / HTTP/1.1',
    `Host: 127.0.0.1:${host.port}`,
    'Host: attacker.example',
    'Connection: close',
  ]);
  assert.match(twice, /^HTTP\/1\.1 (400|403)/);
  assert.doesNotMatch(twice, /<title>Sourcewise/);
});
