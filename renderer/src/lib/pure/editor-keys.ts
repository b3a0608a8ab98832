/**
 * The lesson editor's keyboard model, as a pure function of the key press and the editor's mode, so it is
 * tested without a browser. The teacher works down the passages with one hand on the keys:
 *
 *   A (or Enter on the passage)  accept the analyzer's proposal and go to the next passage
 *   Shift+A                      accept every proposal the analyzer is sure of (80% or more) not yet keyed
 *   1–4                          set the label (LABELS order, as on the student's buttons)
 *   Shift+1–4                    toggle an also-acceptable label
 *   T                            next subtype of the label (Shift+T: previous)
 *   E                            edit the explanation
 *   C                            mark cue words (the selected text, or choose words with the arrow keys)
 *   S                            split the passage (choose where with the arrow keys)
 *   M                            merge with the next passage
 *   D                            drop the passage (it leaves the lesson; "Dropped passages" takes it back)
 *   H                            make it the headline / a body passage;  F  fix its text (a garbled headline)
 *   J / ↓, K / ↑                 next / previous passage;  N  next passage not yet keyed
 *   L                            low-confidence passages first (again: page order)
 *   ?                            show these keys;  Esc  close what is open
 *
 * In "choose words" mode (for cues and splits) the arrows move over words, Shift extends, Enter confirms and
 * Esc cancels; nothing else fires, so a stray key cannot change the key of a passage meanwhile.
 */
import type { Label } from '../../../../electron/shared/domain.js';
import { LABELS } from '../../../../electron/shared/domain.js';
import { isTyping } from './shortcuts.js';

export type EditorMode = 'browse' | 'choose-words' | 'help' | 'busy';

export type EditorAction =
  | { kind: 'accept' }
  | { kind: 'accept-sure' }
  | { kind: 'label'; label: Label }
  | { kind: 'toggle-accept'; label: Label }
  | { kind: 'cycle-subtype'; step: 1 | -1 }
  | { kind: 'edit-explanation' }
  | { kind: 'mark-cue' }
  | { kind: 'split' }
  | { kind: 'merge' }
  | { kind: 'drop' }
  | { kind: 'toggle-headline' }
  | { kind: 'edit-text' }
  | { kind: 'move'; step: 1 | -1 }
  | { kind: 'next-unkeyed' }
  | { kind: 'toggle-order' }
  | { kind: 'help' }
  | { kind: 'close' }
  | { kind: 'words'; move: 'left' | 'right'; extend: boolean }
  | { kind: 'words-confirm' };

/** What the keydown handler knows; built from a KeyboardEvent by the view. */
export interface EditorKeyPress {
  key: string;
  /** The physical key ('Digit1'): Shift+1 gives '!' on one layout and '1' on another. */
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  targetTag: string;
  targetEditable: boolean;
}

/** The keys as the `?` sheet lists them, in the order above; the view renders this table. */
export const EDITOR_KEYS: ReadonlyArray<{ keys: string; does: string }> = [
  { keys: 'A', does: 'Accept the suggestion and go to the next passage' },
  { keys: 'Shift + A', does: 'Accept every suggestion the analyzer is sure of (80% or more)' },
  { keys: '1 2 3 4', does: 'Set the label: reported fact, quoted claim, commentary, not part of the article' },
  { keys: 'Shift + 1 2 3 4', does: 'Also accept that label (again: no longer)' },
  { keys: 'T / Shift + T', does: 'Next / previous subtype' },
  { keys: 'E', does: 'Write or edit the explanation' },
  { keys: 'C', does: 'Mark cue words: the selected text, or choose words with the arrow keys' },
  { keys: 'S', does: 'Split the passage: choose where with the arrow keys, then Enter' },
  { keys: 'M', does: 'Merge with the next passage' },
  { keys: 'D', does: 'Drop the passage from the lesson (“Dropped passages” takes it back)' },
  { keys: 'H', does: 'Make it the headline (again: a body passage)' },
  { keys: 'F', does: 'Fix the passage’s text (a garbled headline)' },
  { keys: 'J or ↓ / K or ↑', does: 'Next / previous passage' },
  { keys: 'N', does: 'Next passage not yet keyed' },
  { keys: 'L', does: 'Low-confidence passages first (again: page order)' },
  { keys: '← → (Shift: extend), Enter, Esc', does: 'While choosing words: move, extend, confirm, cancel' },
  { keys: '?', does: 'Show these keys' },
  { keys: 'Esc', does: 'Close what is open' },
];

const DIGIT_CODE = /^(?:Digit|Numpad)([1-9])$/;

function labelAt(digit: number): Label | null {
  return LABELS[digit - 1] ?? null;
}

function chooseWordsAction(press: EditorKeyPress): EditorAction | null {
  if (press.key === 'Escape') return { kind: 'close' };
  if (press.key === 'Enter' && !press.repeat) return { kind: 'words-confirm' };
  // Held arrows repeat on purpose: walking over a long sentence word by word.
  if (press.key === 'ArrowLeft') return { kind: 'words', move: 'left', extend: press.shiftKey };
  if (press.key === 'ArrowRight') return { kind: 'words', move: 'right', extend: press.shiftKey };
  return null;
}

export function editorActionFor(press: EditorKeyPress, mode: EditorMode): EditorAction | null {
  if (mode === 'busy') return null;
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (isTyping(press)) return press.key === 'Escape' ? { kind: 'close' } : null;
  if (mode === 'choose-words') return chooseWordsAction(press);
  if (press.key === '?') return { kind: 'help' };
  if (press.key === 'Escape') return { kind: 'close' };
  if (mode === 'help') return null;

  // Moving may repeat (holding J walks down the page); nothing that changes the key may.
  const lower = press.key.toLowerCase();
  if (lower === 'j' || press.key === 'ArrowDown') return { kind: 'move', step: 1 };
  if (lower === 'k' || press.key === 'ArrowUp') return { kind: 'move', step: -1 };
  if (press.repeat) return null;

  const digit = DIGIT_CODE.exec(press.code)?.[1] ?? (/^[1-9]$/.test(press.key) ? press.key : undefined);
  if (digit !== undefined) {
    const label = labelAt(Number(digit));
    if (!label) return null;
    return press.shiftKey ? { kind: 'toggle-accept', label } : { kind: 'label', label };
  }
  // Enter on the passage itself accepts; on a button or link it stays theirs.
  if (press.key === 'Enter') return press.targetTag.toUpperCase() === 'ARTICLE' ? { kind: 'accept' } : null;
  switch (lower) {
    case 'a':
      return press.shiftKey ? { kind: 'accept-sure' } : { kind: 'accept' };
    case 't':
      return { kind: 'cycle-subtype', step: press.shiftKey ? -1 : 1 };
    case 'e':
      return { kind: 'edit-explanation' };
    case 'c':
      return { kind: 'mark-cue' };
    case 's':
      return { kind: 'split' };
    case 'm':
      return { kind: 'merge' };
    case 'd':
      return { kind: 'drop' };
    case 'h':
      return { kind: 'toggle-headline' };
    case 'f':
      return { kind: 'edit-text' };
    case 'n':
      return { kind: 'next-unkeyed' };
    case 'l':
      return { kind: 'toggle-order' };
    default:
      return null;
  }
}
