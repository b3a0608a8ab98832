import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EDITOR_KEYS, editorActionFor, type EditorKeyPress } from '../../renderer/src/lib/pure/editor-keys.js';

const press = (key: string, over: Partial<EditorKeyPress> = {}): EditorKeyPress => ({
  key,
  code: /^[0-9]$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  repeat: false,
  targetTag: 'BODY',
  targetEditable: false,
  ...over,
});

test('one key accepts; digits set the label in LABELS order; Shift+digit toggles an also-acceptable label', () => {
  assert.deepEqual(editorActionFor(press('a'), 'browse'), { kind: 'accept' });
  assert.deepEqual(editorActionFor(press('A', { shiftKey: true }), 'browse'), { kind: 'accept-sure' });
  assert.deepEqual(editorActionFor(press('3'), 'browse'), { kind: 'label', label: 'commentary' });
  assert.deepEqual(editorActionFor(press('4'), 'browse'), { kind: 'label', label: 'not_article' });
  // Shift+4 is '$' on a US layout and '4' on a French one: the physical key decides.
  assert.deepEqual(editorActionFor(press('$', { code: 'Digit4', shiftKey: true }), 'browse'), {
    kind: 'toggle-accept',
    label: 'not_article',
  });
  assert.deepEqual(editorActionFor(press('1', { code: 'Numpad1' }), 'browse'), { kind: 'label', label: 'reported' });
  assert.equal(editorActionFor(press('5'), 'browse'), null);
});

test('the other editing keys', () => {
  const kinds = ['t', 'e', 'c', 's', 'm', 'd', 'h', 'f', 'n', 'l', 'j', 'k', '?'].map(
    (k) => editorActionFor(press(k), 'browse')?.kind,
  );
  assert.deepEqual(kinds, [
    'cycle-subtype',
    'edit-explanation',
    'mark-cue',
    'split',
    'merge',
    'drop',
    'toggle-headline',
    'edit-text',
    'next-unkeyed',
    'toggle-order',
    'move',
    'move',
    'help',
  ]);
  assert.deepEqual(editorActionFor(press('T', { shiftKey: true }), 'browse'), { kind: 'cycle-subtype', step: -1 });
  assert.deepEqual(editorActionFor(press('ArrowDown', { code: 'ArrowDown' }), 'browse'), { kind: 'move', step: 1 });
  assert.deepEqual(editorActionFor(press('ArrowUp', { code: 'ArrowUp' }), 'browse'), { kind: 'move', step: -1 });
});

test('Enter accepts on the passage but stays a button’s own Enter elsewhere', () => {
  assert.deepEqual(editorActionFor(press('Enter', { code: 'Enter', targetTag: 'ARTICLE' }), 'browse'), { kind: 'accept' });
  assert.equal(editorActionFor(press('Enter', { code: 'Enter', targetTag: 'BUTTON' }), 'browse'), null);
});

test('typing, modifiers and held keys never change a key; held J/K still walk', () => {
  for (const over of [
    { targetTag: 'TEXTAREA' },
    { targetTag: 'INPUT' },
    { targetEditable: true },
    { ctrlKey: true },
    { altKey: true },
    { metaKey: true },
  ])
    assert.equal(editorActionFor(press('a', over), 'browse'), null, JSON.stringify(over));
  assert.equal(editorActionFor(press('a', { repeat: true }), 'browse'), null);
  assert.equal(editorActionFor(press('2', { repeat: true }), 'browse'), null);
  assert.deepEqual(editorActionFor(press('j', { repeat: true }), 'browse'), { kind: 'move', step: 1 });
  // Esc leaves a text field (closes the explanation editor) even while typing.
  assert.deepEqual(editorActionFor(press('Escape', { code: 'Escape', targetTag: 'TEXTAREA' }), 'browse'), { kind: 'close' });
});

test('choosing words: only arrows, Enter and Esc', () => {
  assert.deepEqual(editorActionFor(press('ArrowRight', { code: 'ArrowRight' }), 'choose-words'), {
    kind: 'words',
    move: 'right',
    extend: false,
  });
  assert.deepEqual(editorActionFor(press('ArrowLeft', { code: 'ArrowLeft', shiftKey: true, repeat: true }), 'choose-words'), {
    kind: 'words',
    move: 'left',
    extend: true,
  });
  assert.deepEqual(editorActionFor(press('Enter', { code: 'Enter', targetTag: 'BUTTON' }), 'choose-words'), {
    kind: 'words-confirm',
  });
  assert.deepEqual(editorActionFor(press('Escape', { code: 'Escape' }), 'choose-words'), { kind: 'close' });
  for (const k of ['a', '1', 'd', 'm', 'j']) assert.equal(editorActionFor(press(k), 'choose-words'), null, k);
});

test('the help sheet closes with Esc or ?, and lets nothing else through; busy lets nothing through', () => {
  assert.deepEqual(editorActionFor(press('Escape', { code: 'Escape' }), 'help'), { kind: 'close' });
  assert.deepEqual(editorActionFor(press('?', { code: 'Slash', shiftKey: true }), 'help'), { kind: 'help' });
  assert.equal(editorActionFor(press('a'), 'help'), null);
  assert.equal(editorActionFor(press('a'), 'busy'), null);
});

test('the ? sheet names every key the map answers to', () => {
  const listed = EDITOR_KEYS.map((k) => k.keys).join(' ');
  for (const k of [
    'A',
    'T',
    'E',
    'C',
    'S',
    'M',
    'D',
    'H',
    'F',
    'J',
    'K',
    'N',
    'L',
    '?',
    'Esc',
    '1 2 3 4',
    'Shift + 1 2 3 4',
    'Shift + A',
  ])
    assert.ok(listed.includes(k), k);
});
