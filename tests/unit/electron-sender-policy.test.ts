import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTrustedSender } from '../../electron/main/sender-policy.js';

test('the top frame of our app:// page is trusted', () => {
  assert.equal(isTrustedSender({ url: 'app://sourcewise/index.html', isTopFrame: true }), true);
  assert.equal(isTrustedSender({ url: 'app://sourcewise/index.html#/lesson/3', isTopFrame: true }), true);
});

test('a sub-frame is not trusted, even on our origin', () => {
  assert.equal(isTrustedSender({ url: 'app://sourcewise/index.html', isTopFrame: false }), false);
});

test('any other origin is not trusted', () => {
  for (const url of [
    'https://example.org/',
    'http://127.0.0.1:4173/index.html',
    'file:///work/main/build/renderer/index.html',
    'app://other/index.html',
    'app://sourcewise:1/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/page.html',
  ]) {
    assert.equal(isTrustedSender({ url, isTopFrame: true }), false, url);
  }
});

test('a frame that is gone, or anything malformed, is not trusted', () => {
  for (const sender of [
    { url: undefined, isTopFrame: false },
    { url: null, isTopFrame: true },
    { url: 'app://sourcewise/index.html' },
    { url: 'app://sourcewise/index.html', isTopFrame: 'true' },
    { isTopFrame: true },
    null,
    undefined,
    'app://sourcewise/index.html',
    42,
  ]) {
    assert.equal(isTrustedSender(sender), false, JSON.stringify(sender));
  }
});
