import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideDownload, safeFileName } from '../../electron/main/download-policy.js';

test('only blob: downloads made by the app itself are allowed, under a plain file name', () => {
  assert.deepEqual(decideDownload('blob:app://sourcewise/4f1c-9a', 'doha-talks-draft.json'), {
    allow: true,
    fileName: 'doha-talks-draft.json',
  });
  for (const url of [
    'https://example.com/x.json',
    'blob:https://evil.example/1',
    'blob:app://sourcewise.evil/1',
    'file:///etc/passwd',
    'data:application/json,{}',
    undefined,
    42,
  ])
    assert.deepEqual(decideDownload(url, 'x.json'), { allow: false }, String(url));
  assert.deepEqual(decideDownload('blob:app://sourcewise/1', ''), { allow: false });
});

test('file names lose folders, leading dots and characters that are not allowed', () => {
  assert.equal(safeFileName('../../.bashrc'), 'bashrc');
  assert.equal(safeFileName('C:\\Windows\\system32\\evil.json'), 'evil.json');
  assert.equal(safeFileName('a<b>c:"d|e?f*.json'), 'abcdef.json');
  assert.equal(safeFileName('...'), null);
  assert.equal(safeFileName(null), null);
  assert.equal(safeFileName('x'.repeat(300))?.length, 120);
});
