/**
 * The lesson screen's keyboard map, as a pure function of the key press and where focus is, so that it
 * can be tested without a browser. Keys 1–4 follow LABELS order (the order of the answer buttons).
 */
import type { Label } from '../../../../electron/shared/domain.js';
import { LABELS } from '../../../../electron/shared/domain.js';
import type { Confidence } from '../../../../electron/shared/contract.js';

export type LessonPhase = 'asking' | 'feedback' | 'busy';

export type ShortcutAction =
  { kind: 'answer'; label: Label } | { kind: 'toggle-confidence'; confidence: Confidence } | { kind: 'hint' } | { kind: 'next' };

/** What the keydown handler knows about the press; built from a KeyboardEvent by the view. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  /** Tag name of the focused element, upper case as the DOM reports it ('BODY', 'BUTTON', …). */
  targetTag: string;
  targetEditable: boolean;
}

/** The digit shown on the button for each label: '1' for the first label in LABELS, and so on. */
export function keyHintFor(label: Label): string {
  return String(LABELS.indexOf(label) + 1);
}

export function labelForKey(key: string): Label | null {
  if (!/^[1-9]$/.test(key)) return null;
  return LABELS[Number(key) - 1] ?? null;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Elements on which Enter already does something (activates them): a global Enter must not double it. */
const ENTER_OWNING_TAGS = new Set(['BUTTON', 'A', 'INPUT', 'TEXTAREA', 'SELECT', 'SUMMARY']);

export function isTyping(press: Pick<KeyPress, 'targetTag' | 'targetEditable'>): boolean {
  return press.targetEditable || TYPING_TAGS.has(press.targetTag.toUpperCase());
}

export function shortcutFor(press: KeyPress, phase: LessonPhase): ShortcutAction | null {
  // Browser and system shortcuts (Ctrl+1 switches tabs, Alt+digits, …) stay theirs; typing is never hijacked.
  if (press.ctrlKey || press.altKey || press.metaKey || isTyping(press)) return null;

  if (phase === 'asking') {
    if (press.repeat) return null; // a held key must not answer the next passage too
    const label = labelForKey(press.key);
    if (label) return { kind: 'answer', label };
    const lower = press.key.toLowerCase();
    if (lower === 's') return { kind: 'toggle-confidence', confidence: 'sure' };
    if (lower === 'u') return { kind: 'toggle-confidence', confidence: 'unsure' };
    if (lower === 'h') return { kind: 'hint' };
    return null;
  }
  if (phase === 'feedback' && press.key === 'Enter' && !press.repeat) {
    if (ENTER_OWNING_TAGS.has(press.targetTag.toUpperCase())) return null;
    return { kind: 'next' };
  }
  return null;
}

/** Pressing the same confidence again clears it; the other one replaces it. */
export function toggleConfidence(current: Confidence | null, pressed: Confidence): Confidence | null {
  return current === pressed ? null : pressed;
}
