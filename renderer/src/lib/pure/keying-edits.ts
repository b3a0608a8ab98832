/**
 * From what the teacher pressed to the one edit the backend saves (contract: KeyingEdit), for the
 * passage being worked on. Pure, so the rules are tested: a subtype always belongs to the label, an
 * also-acceptable label is never the primary one, cues stay inside the passage and in text order.
 */
import type { KeyingEdit, KeyingPassage } from '../../../../electron/shared/contract.js';
import type { Cue, CueKind, Label, Subtype } from '../../../../electron/shared/domain.js';
import { LABELS, SUBTYPES_BY_LABEL } from '../../../../electron/shared/domain.js';
import type { TextRange } from './text-ranges.js';

/** An edit, or a sentence saying why there is nothing to do (shown in the editor's status line). */
export type EditOrReason = { edit: KeyingEdit } | { reason: string };

/** Words being chosen in the current passage: for a cue (a range) or a split (a point). */
export type Choosing = { purpose: 'cue'; range: TextRange | null } | { purpose: 'split'; at: number | null };

type Passage = Pick<KeyingPassage, 'id' | 'text' | 'key'>;

export function subtypesOf(label: Label): readonly Subtype[] {
  return SUBTYPES_BY_LABEL[label];
}

export function cycleSubtype(p: Passage, step: 1 | -1): EditOrReason {
  const list = subtypesOf(p.key.label);
  if (list.length < 2) return { reason: 'This label has only one subtype.' };
  const at = Math.max(0, list.indexOf(p.key.subtype));
  const subtype = list[(at + step + list.length) % list.length]!;
  return { edit: { op: 'setSubtype', passageId: p.id, subtype } };
}

export function setLabel(p: Passage, label: Label): EditOrReason {
  // Keeping the subtype when it still fits; else the backend's default for the label (first in the list).
  const keep = (subtypesOf(label) as readonly string[]).includes(p.key.subtype);
  return { edit: { op: 'setLabel', passageId: p.id, label, ...(keep ? { subtype: p.key.subtype } : {}) } };
}

export function toggleAccept(p: Passage, label: Label): EditOrReason {
  if (label === p.key.label) return { reason: 'That is already the passage’s label.' };
  const has = p.key.accept.includes(label);
  const accept = LABELS.filter((l) => l !== p.key.label && (l === label ? !has : p.key.accept.includes(l)));
  return { edit: { op: 'setAccept', passageId: p.id, accept } };
}

export function toggleHeadline(p: Passage): EditOrReason {
  return { edit: { op: 'setRole', passageId: p.id, role: p.key.role === 'headline' ? 'body' : 'headline' } };
}

function sortCues(cues: readonly Cue[]): Cue[] {
  return [...cues].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function addCue(p: Passage, range: TextRange, kind: CueKind): EditOrReason {
  const start = Math.max(0, range.start);
  const end = Math.min(p.text.length, range.end);
  if (end <= start) return { reason: 'Choose some words of the passage first.' };
  if (p.key.cues.some((c) => c.start === start && c.end === end && c.kind === kind))
    return { reason: 'That cue is already marked.' };
  return { edit: { op: 'setCues', passageId: p.id, cues: sortCues([...p.key.cues, { start, end, kind }]) } };
}

export function removeCue(p: Passage, index: number): EditOrReason {
  if (index < 0 || index >= p.key.cues.length) return { reason: 'No such cue.' };
  return { edit: { op: 'setCues', passageId: p.id, cues: p.key.cues.filter((_, i) => i !== index) } };
}

export function splitAt(p: Passage, at: number): EditOrReason {
  if (!(at > 0 && at < p.text.length)) return { reason: 'Choose where to split, between two words.' };
  return { edit: { op: 'split', passageId: p.id, at } };
}

export function mergeNext(p: Passage, isLast: boolean): EditOrReason {
  if (isLast) return { reason: 'This is the last passage: there is none after it to merge with.' };
  return { edit: { op: 'mergeNext', passageId: p.id } };
}

/** A guess at the kind of cue from the words chosen, so that Enter is often enough. */
export function guessCueKind(words: string): CueKind {
  const w = words.trim().toLowerCase();
  if (/^["“”‘’'«»]|["“”‘’'«»]$/.test(w)) return 'quote_marks';
  if (/^(said|says|told|added|according to|stated|announced|explained)\b/.test(w)) return 'attribution_verb';
  if (/^(claimed|claims|insisted|admitted|mocked|boasted|alleged|conceded)\b/.test(w)) return 'loaded_verb';
  if (/^(reportedly|allegedly|apparently|appears?|seems?|may|might|could)\b/.test(w)) return 'hedge';
  if (/^(should|must|need to|ought to|have to)\b/.test(w)) return 'modal_obligation';
  if (/^(we|you|our|your|i|my|us)\b/.test(w)) return 'first_second_person';
  if (/(\.\.\.|!!|\?!)$/.test(w)) return 'informal_punctuation';
  if (/^(some|critics|many|observers|experts|officials)\b/.test(w)) return 'vague_source';
  if (/^(a source|sources|an official|a senior)\b/.test(w)) return 'anonymous_source';
  return 'evaluative';
}
