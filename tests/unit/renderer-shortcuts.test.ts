import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS, LABEL_NAMES } from '../../electron/shared/domain.js';
import { keyHintFor, labelForKey, shortcutFor, toggleConfidence, type KeyPress } from '../../renderer/src/lib/pure/shortcuts.js';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  repeat: false,
  targetTag: 'BODY',
  targetEditable: false,
  ...over,
});

test('keys 1–4 follow LABELS order, the order of the buttons', () => {
  assert.deepEqual(
    ['1', '2', '3', '4'].map((k) => labelForKey(k)),
    ['reported', 'quoted', 'commentary', 'not_article'],
  );
  assert.deepEqual(
    LABELS.map((l) => LABEL_NAMES[l]),
    ['Reported fact', 'Quoted claim', 'Commentary', 'Not part of the article'],
  );
  for (const label of LABELS) assert.equal(labelForKey(keyHintFor(label)), label);
  assert.equal(labelForKey('5'), null);
  assert.equal(labelForKey('0'), null);
  assert.equal(labelForKey('12'), null);
});

test('while asking: digits answer, S and U toggle confidence, also on a focused button', () => {
  assert.deepEqual(shortcutFor(press('2'), 'asking'), { kind: 'answer', label: 'quoted' });
  assert.deepEqual(shortcutFor(press('4', { targetTag: 'BUTTON' }), 'asking'), { kind: 'answer', label: 'not_article' });
  assert.deepEqual(shortcutFor(press('s'), 'asking'), { kind: 'toggle-confidence', confidence: 'sure' });
  assert.deepEqual(shortcutFor(press('U'), 'asking'), { kind: 'toggle-confidence', confidence: 'unsure' });
  assert.equal(shortcutFor(press('Enter'), 'asking'), null);
});

test('shortcuts never fire while typing, with modifiers, or on key repeat', () => {
  assert.equal(shortcutFor(press('1', { targetTag: 'INPUT' }), 'asking'), null);
  assert.equal(shortcutFor(press('1', { targetTag: 'textarea' }), 'asking'), null);
  assert.equal(shortcutFor(press('1', { targetTag: 'DIV', targetEditable: true }), 'asking'), null);
  assert.equal(shortcutFor(press('1', { ctrlKey: true }), 'asking'), null);
  assert.equal(shortcutFor(press('1', { altKey: true }), 'asking'), null);
  assert.equal(shortcutFor(press('1', { metaKey: true }), 'asking'), null);
  assert.equal(shortcutFor(press('1', { repeat: true }), 'asking'), null);
  assert.equal(shortcutFor(press('Enter', { repeat: true }), 'feedback'), null);
});

test('after an answer: digits do nothing, Enter goes on unless a button or link already handles it', () => {
  assert.equal(shortcutFor(press('1'), 'feedback'), null);
  assert.deepEqual(shortcutFor(press('Enter'), 'feedback'), { kind: 'next' });
  assert.deepEqual(shortcutFor(press('Enter', { targetTag: 'SPAN' }), 'feedback'), { kind: 'next' });
  assert.equal(shortcutFor(press('Enter', { targetTag: 'BUTTON' }), 'feedback'), null);
  assert.equal(shortcutFor(press('Enter', { targetTag: 'A' }), 'feedback'), null);
});

test('while an answer is being saved nothing fires (no double answers)', () => {
  assert.equal(shortcutFor(press('1'), 'busy'), null);
  assert.equal(shortcutFor(press('Enter'), 'busy'), null);
});

test('confidence toggles: same again clears, the other replaces', () => {
  assert.equal(toggleConfidence(null, 'sure'), 'sure');
  assert.equal(toggleConfidence('sure', 'sure'), null);
  assert.equal(toggleConfidence('sure', 'unsure'), 'unsure');
});

test('H asks for a hint while a passage is being asked about, and not after answering or while typing', () => {
  const press = {
    key: 'h',
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    repeat: false,
    targetTag: 'BODY',
    targetEditable: false,
  };
  assert.deepEqual(shortcutFor(press, 'asking'), { kind: 'hint' });
  assert.deepEqual(shortcutFor({ ...press, key: 'H' }, 'asking'), { kind: 'hint' });
  assert.equal(shortcutFor(press, 'feedback'), null);
  assert.equal(shortcutFor({ ...press, targetTag: 'INPUT' }, 'asking'), null);
});
