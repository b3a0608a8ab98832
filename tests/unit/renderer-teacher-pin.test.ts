import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PIN_PATTERN } from '../../electron/core/teacher/pin.js';
import { checkNewPin, checkPinEntry, PIN_MAX, PIN_MIN, withoutFieldPath } from '../../renderer/src/lib/pure/teacher-pin.js';

test('choosing a PIN: 4–20 digits, typed twice the same', () => {
  assert.deepEqual(checkNewPin('2468', '2468'), { ok: true, pin: '2468' });
  assert.deepEqual(checkNewPin('', ''), { ok: false, field: 'pin', message: 'Type the PIN.' });
  assert.deepEqual(checkNewPin('246', '246'), { ok: false, field: 'pin', message: 'A teacher PIN is 4 to 20 digits.' });
  assert.deepEqual(checkNewPin('123456789012345678901', '123456789012345678901'), {
    ok: false,
    field: 'pin',
    message: 'A teacher PIN is 4 to 20 digits.',
  });
  assert.deepEqual(checkNewPin('24a8', '24a8'), { ok: false, field: 'pin', message: 'A teacher PIN has digits only (0–9).' });
  assert.deepEqual(checkNewPin('2468', ''), { ok: false, field: 'again', message: 'Type the PIN a second time.' });
  assert.deepEqual(checkNewPin('2468', '2469'), {
    ok: false,
    field: 'again',
    message: 'The two PINs are not the same. Type it again.',
  });
  // Non-ASCII digits (Arabic-Indic) are not what the backend accepts either.
  assert.equal(checkNewPin('٢٤٦٨', '٢٤٦٨').ok, false);
});

test('the renderer and the backend agree on which PINs are valid', () => {
  for (const pin of [
    '',
    '1',
    '123',
    '1234',
    '0000',
    '123456789012',
    '12345678901234567890',
    '123456789012345678901',
    '12 34',
    '١٢٣٤',
    'abcd',
    '12345\n',
  ]) {
    assert.equal(checkPinEntry(pin).ok, PIN_PATTERN.test(pin), `PIN ${JSON.stringify(pin)}`);
  }
  assert.equal(PIN_MIN, 4);
  assert.equal(PIN_MAX, 20);
});

test('a field path before a backend message is dropped; other messages are kept whole', () => {
  assert.equal(withoutFieldPath('title: Give the lesson a title.'), 'Give the lesson a title.');
  assert.equal(
    withoutFieldPath('source.text: The pasted text is too long (4 million characters at most).'),
    'The pasted text is too long (4 million characters at most).',
  );
  assert.equal(withoutFieldPath('pin: A PIN is 4 to 20 digits.'), 'A PIN is 4 to 20 digits.');
  assert.equal(withoutFieldPath('That PIN is not right.'), 'That PIN is not right.');
  assert.equal(
    withoutFieldPath('Too many wrong PINs. Wait 27 seconds and try again.'),
    'Too many wrong PINs. Wait 27 seconds and try again.',
  );
  assert.equal(
    withoutFieldPath('That PIN is not right. Too many wrong PINs: wait 30 seconds.'),
    'That PIN is not right. Too many wrong PINs: wait 30 seconds.',
  );
  assert.equal(
    withoutFieldPath('photo.html is not a text, Markdown or HTML file: binary data (a NUL byte at offset 0)'),
    'photo.html is not a text, Markdown or HTML file: binary data (a NUL byte at offset 0)',
  );
});
