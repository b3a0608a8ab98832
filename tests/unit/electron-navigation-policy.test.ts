import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decideNavigation,
  decidePermission,
  decideRedirect,
  decideWindowOpen,
  isAppUrl,
  isSafeExternalUrl,
} from '../../electron/main/navigation-policy.js';

const NOT_STRINGS: unknown[] = [undefined, null, 42, {}, [], { toString: () => 'app://sourcewise/' }, ''];

test('isAppUrl accepts only our own app://sourcewise origin', () => {
  for (const url of [
    'app://sourcewise/',
    'app://sourcewise/index.html',
    'app://sourcewise/index.html?x=1#profile',
    'APP://sourcewise/index.html',
  ]) {
    assert.equal(isAppUrl(url), true, url);
  }
  for (const url of [
    'app://other/index.html',
    // Chromium lower-cases a standard scheme's host, so an upper-case one did not come from it.
    'app://SOURCEWISE/index.html',
    'app://sourcewise.evil.com/index.html',
    'app://sourcewise:8080/index.html',
    'app://user:pw@sourcewise/index.html',
    'https://sourcewise/index.html',
    'file:///work/main/build/renderer/index.html',
    'http://127.0.0.1:5173/',
    'javascript:alert(1)',
    'not a url',
    ...NOT_STRINGS,
  ]) {
    assert.equal(isAppUrl(url), false, String(url));
  }
});

test('isSafeExternalUrl: plain http(s) links only, no credentials, no local or scripted schemes', () => {
  for (const url of ['https://www.aljazeera.com/news/', 'http://example.org/a?b=c', 'https://pewresearch.org/#x']) {
    assert.equal(isSafeExternalUrl(url), true, url);
  }
  for (const url of [
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-settings:privacy',
    'vbscript:msgbox',
    'https://user:password@example.org/',
    'https://user@example.org/',
    'app://sourcewise/index.html',
    'ftp://example.org/file',
    'https://',
    'http://[::1',
    'x'.repeat(9000),
    ...NOT_STRINGS,
  ]) {
    assert.equal(isSafeExternalUrl(url), false, String(url).slice(0, 60));
  }
});

test('will-navigate: stays in the app, sends safe web links to the browser, denies the rest', () => {
  assert.equal(decideNavigation('app://sourcewise/index.html'), 'allow');
  assert.equal(decideNavigation('https://example.org/'), 'open-externally');
  assert.equal(decideNavigation('file:///etc/passwd'), 'deny');
  assert.equal(decideNavigation('app://evil/index.html'), 'deny');
  assert.equal(decideNavigation('javascript:alert(1)'), 'deny');
  assert.equal(decideNavigation(undefined), 'deny');
});

test('will-redirect: only within the app; never opens anything', () => {
  assert.equal(decideRedirect('app://sourcewise/other.html'), 'allow');
  assert.equal(decideRedirect('https://example.org/'), 'deny');
  assert.equal(decideRedirect('file:///etc/passwd'), 'deny');
  assert.equal(decideRedirect(null), 'deny');
});

test('window.open: never a new window; safe web links go to the browser', () => {
  assert.equal(decideWindowOpen('https://example.org/'), 'open-externally');
  // Even our own origin does not get a second window.
  assert.equal(decideWindowOpen('app://sourcewise/index.html'), 'deny');
  assert.equal(decideWindowOpen('file:///etc/passwd'), 'deny');
  assert.equal(decideWindowOpen(''), 'deny');
});

test('every permission request and check is denied, whoever asks', () => {
  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'window-management',
    'idle-detection',
    'storage-access',
    'unknown',
    undefined,
    42,
  ];
  for (const permission of permissions) {
    assert.equal(decidePermission(permission, 'app://sourcewise/index.html'), false, String(permission));
    assert.equal(decidePermission(permission, 'https://example.org/'), false, String(permission));
  }
});
