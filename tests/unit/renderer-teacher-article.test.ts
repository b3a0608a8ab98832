import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { MAX_ARTICLE_BYTES as BACKEND_MAX } from '../../electron/core/teacher/teacher-service.js';
import {
  bytesToBase64,
  emptyArticle,
  fileSizeProblem,
  formatBytes,
  MAX_ARTICLE_BYTES,
  missingArticleMessage,
  sourceOf,
} from '../../renderer/src/lib/pure/teacher-article.js';

test('the renderer refuses files above the same size as the teacher service', () => {
  assert.equal(MAX_ARTICLE_BYTES, BACKEND_MAX);
  assert.equal(fileSizeProblem('page.html', MAX_ARTICLE_BYTES), null);
  assert.equal(
    fileSizeProblem('page.html', MAX_ARTICLE_BYTES + 1),
    '“page.html” is 4.0 MB, too large: the teacher area reads files up to 4.0 MB. Save just the article, or paste its text.',
  );
  assert.match(fileSizeProblem('big.htm', 5.5 * 1024 * 1024) ?? '', /^“big\.htm” is 5\.5 MB, too large/);
  assert.equal(fileSizeProblem('empty.txt', 0), '“empty.txt” is empty.');
});

test('sizes read as a file manager shows them', () => {
  assert.equal(formatBytes(1), '1 byte');
  assert.equal(formatBytes(812), '812 bytes');
  assert.equal(formatBytes(12 * 1024 + 100), '12 KB');
  assert.equal(formatBytes(5.2 * 1024 * 1024), '5.2 MB');
});

test('bytes become the same base64 as Node writes, across chunk boundaries and for every byte value', () => {
  for (const length of [0, 1, 2, 3, 4, 24575, 24576, 24577, 100_000]) {
    const bytes = new Uint8Array(randomBytes(length));
    assert.equal(bytesToBase64(bytes), Buffer.from(bytes).toString('base64'), `length ${length}`);
  }
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  assert.equal(bytesToBase64(all), Buffer.from(all).toString('base64'));
});

test('the article becomes what the backend takes, or nothing when there is nothing to send', () => {
  const draft = emptyArticle();
  assert.deepEqual(draft, { mode: 'paste', text: '', format: 'text', file: null });
  assert.equal(sourceOf(draft), null);
  assert.equal(sourceOf({ ...draft, text: '  \n\n ' }), null);
  assert.deepEqual(sourceOf({ ...draft, text: 'One.\n\nTwo.', format: 'markdown' }), {
    kind: 'paste',
    text: 'One.\n\nTwo.',
    format: 'markdown',
  });
  // A chosen file is only sent in file mode, and pasted text only in paste mode.
  const file = { name: 'a.html', size: 3, base64: 'PHA+' };
  assert.equal(sourceOf({ ...draft, mode: 'file' }), null);
  assert.deepEqual(sourceOf({ ...draft, text: 'ignored', mode: 'file', file }), { kind: 'file', name: 'a.html', base64: 'PHA+' });
  assert.equal(sourceOf({ ...draft, mode: 'paste', file }), null);
  assert.deepEqual(emptyArticle({ text: 'kept', format: 'html' }), { mode: 'paste', text: 'kept', format: 'html', file: null });
  assert.match(missingArticleMessage('paste'), /Paste/);
  assert.match(missingArticleMessage('file'), /Choose a file/);
});
