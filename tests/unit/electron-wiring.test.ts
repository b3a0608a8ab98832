/**
 * The wiring in electron/main — the code that attaches the security handlers — run against stand-ins for
 * Electron's objects (tests/helpers/electron-stand-in.ts, loaded in place of the real module by a module
 * hook), so what is checked is that the guards are attached and act, not only the pure policies:
 * navigation, redirects, new windows, webviews, permissions, IPC sender checks, the app:// protocol.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { before, test } from 'node:test';
import { CHANNELS, type Envelope } from '../../electron/shared/contract.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/renderer-files.js';
import { tempDir } from '../helpers/temp-dir.js';

register('../helpers/electron-loader.js', import.meta.url);

type StandIn = typeof import('../helpers/electron-stand-in.js');
let E: StandIn;
let security: typeof import('../../electron/main/security.js');
let ipc: typeof import('../../electron/main/ipc.js');
let protocolWiring: typeof import('../../electron/main/protocol.js');

before(async () => {
  // The same module instance the wiring gets for "electron".
  E = (await import(new URL('../helpers/electron-stand-in.js', import.meta.url).href)) as StandIn;
  security = await import('../../electron/main/security.js');
  ipc = await import('../../electron/main/ipc.js');
  protocolWiring = await import('../../electron/main/protocol.js');
});

function navigationEvent(url: string) {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

test('every web contents the app creates gets the navigation, redirect, window and webview guards', () => {
  security.installSecurityGuards();
  const contents = new E.StandInWebContents(1);
  E.app.emit('web-contents-created', {}, contents);

  const inside = navigationEvent('app://sourcewise/index.html');
  contents.emit('will-navigate', inside);
  assert.equal(inside.prevented, false);

  const external = navigationEvent('https://example.org/story');
  contents.emit('will-navigate', external);
  assert.equal(external.prevented, true);
  assert.deepEqual(E.shell.opened, ['https://example.org/story'], 'a safe external link opens in the browser');

  const script = navigationEvent('javascript:alert(1)');
  contents.emit('will-navigate', script);
  assert.equal(script.prevented, true);
  assert.equal(E.shell.opened.length, 1, 'never handed to the browser');

  for (const event of ['will-redirect', 'will-frame-navigate']) {
    const away = navigationEvent('https://evil.example/');
    contents.emit(event, away);
    assert.equal(away.prevented, true, event);
  }

  assert.deepEqual(contents.windowOpenHandler?.({ url: 'https://example.org/b' }), { action: 'deny' });
  assert.deepEqual(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' }), { action: 'deny' });
  assert.deepEqual(E.shell.opened, ['https://example.org/story', 'https://example.org/b']);

  const webPreferences: Record<string, unknown> = { preload: '/tmp/evil.js' };
  const attach = navigationEvent('');
  contents.emit('will-attach-webview', attach, webPreferences);
  assert.equal(attach.prevented, true);
  assert.equal('preload' in webPreferences, false);
});

test('permissions: every request, check and device request is refused', () => {
  const session = new E.StandInSession();
  security.denyAllPermissions(session as never);
  const answers: boolean[] = [];
  (session.permissionRequest as unknown as (...a: unknown[]) => void)({}, 'media', (ok: boolean) => answers.push(ok), {
    requestingUrl: 'app://sourcewise/index.html',
  });
  assert.deepEqual(answers, [false]);
  assert.equal(
    (session.permissionCheck as unknown as (...a: unknown[]) => boolean)({}, 'notifications', 'app://sourcewise'),
    false,
  );
  assert.equal(
    (session.devicePermission as unknown as (...a: unknown[]) => boolean)({ deviceType: 'usb', origin: 'app://sourcewise' }),
    false,
  );
});

test('IPC: one handler per contract channel; an untrusted sender is refused before the backend; a closed window ends its session', async () => {
  const calls: Array<{ channel: string; session: string }> = [];
  const ended: string[] = [];
  const backend = {
    dispatch: async (channel: string, _input: unknown, caller: { session: string }): Promise<Envelope<unknown>> => {
      calls.push({ channel, session: caller.session });
      return { ok: true, value: 'answered' };
    },
    endSession: (session: string) => void ended.push(session),
  };
  const remove = ipc.registerIpcHandlers(backend);
  assert.deepEqual([...E.ipcMain.handlers.keys()].sort(), Object.values(CHANNELS).sort());

  const handler = E.ipcMain.handlers.get(CHANNELS.listProfiles) as unknown as (
    event: unknown,
    input: unknown,
  ) => Promise<Envelope<unknown>>;
  const sender = new E.StandInWebContents(7);
  const fromApp = { sender, senderFrame: { url: 'app://sourcewise/index.html', parent: null } };
  const fromFrame = { sender, senderFrame: { url: 'app://sourcewise/index.html', parent: {} } };
  const fromWeb = { sender, senderFrame: { url: 'https://evil.example/', parent: null } };
  const disposed = {
    sender,
    get senderFrame(): never {
      throw new Error('Render frame was disposed');
    },
  };
  for (const event of [fromFrame, fromWeb, disposed]) {
    const env = await handler(event, {});
    assert.equal(env.ok ? '' : env.error.code, 'forbidden');
  }
  assert.equal(calls.length, 0, 'refused before reaching the backend');
  assert.deepEqual(await handler(fromApp, {}), { ok: true, value: 'answered' });
  assert.deepEqual(calls, [{ channel: CHANNELS.listProfiles, session: 'window:7' }]);
  sender.emit('destroyed');
  assert.deepEqual(ended, ['window:7'], 'closing the window locks its teacher area');
  remove();
  assert.equal(E.ipcMain.handlers.size, 0);
});

test('the app:// scheme: privileged as standard and secure only; the handler serves the renderer with the one CSP', async () => {
  protocolWiring.registerAppSchemeAsPrivileged();
  const [scheme] = E.protocol.privileged as Array<{ scheme: string; privileges: Record<string, boolean> }>;
  assert.equal(scheme?.scheme, 'app');
  assert.equal(scheme?.privileges.standard, true);
  assert.equal(scheme?.privileges.secure, true);
  for (const risky of ['bypassCSP', 'corsEnabled', 'allowServiceWorkers'])
    assert.notEqual(scheme?.privileges[risky], true, risky);

  const root = path.join(tempDir(), 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Sourcewise</title>');
  fs.writeFileSync(path.join(root, 'assets', 'a.js.map'), '{}');
  protocolWiring.serveRendererOverAppScheme(root);
  const handle = E.protocol.handlers.get('app') as unknown as (request: { method: string; url: string }) => Response;
  const page = handle({ method: 'GET', url: 'app://sourcewise/' });
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.match(await page.text(), /<title>Sourcewise/);
  assert.equal(handle({ method: 'GET', url: 'app://sourcewise/assets/a.js.map' }).status, 404);
  assert.equal(handle({ method: 'POST', url: 'app://sourcewise/' }).status, 405);
  assert.equal(handle({ method: 'GET', url: 'app://elsewhere/index.html' }).status, 403);
});
