/**
 * A selection being made but not yet submitted (spot the intruder: passages; mark the words: words),
 * kept in localStorage per attempt and item so that a reload or a restart in the middle of selecting
 * finds it as it was. Submitted answers live in the database; a draft is dropped once submitted.
 */
const key = (attemptUid: string, item: number) => `sourcewise.draft.${attemptUid}.${item}`;

export function loadDraft(attemptUid: string, item: number): number[] | null {
  try {
    const raw = localStorage.getItem(key(attemptUid, item));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) && parsed.every((n) => Number.isInteger(n) && n >= 0) ? (parsed as number[]) : null;
  } catch {
    return null;
  }
}

export function saveDraft(attemptUid: string, item: number, selected: Iterable<number>): void {
  try {
    localStorage.setItem(key(attemptUid, item), JSON.stringify([...selected].sort((a, b) => a - b)));
  } catch {
    // storage unavailable: the selection simply is not kept across a restart
  }
}

export function dropDraft(attemptUid: string, item: number): void {
  try {
    localStorage.removeItem(key(attemptUid, item));
  } catch {
    // nothing to drop
  }
}
