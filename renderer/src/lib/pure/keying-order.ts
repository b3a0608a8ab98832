/**
 * The editor's walk through an article's passages: the progress line, page order or low-confidence
 * first, and where "next" and "next not yet keyed" go. Pure over a minimal view of a passage so that it
 * does not depend on the rest of the editor's data.
 */

export interface OrderablePassage {
  index: number;
  /** The analyzer's confidence in its proposal, 0..1. */
  confidence: number;
  keyed: boolean;
  /** Dropped passages stay visible (to take back) but do not count. */
  dropped: boolean;
}

export type PassageOrder = 'page' | 'low-confidence';

/** "24 of 31 keyed": dropped passages are not part of the lesson, so they are not counted. */
export function progressLine(passages: readonly OrderablePassage[]): string {
  const counted = passages.filter((p) => !p.dropped);
  const keyed = counted.filter((p) => p.keyed).length;
  return `${keyed} of ${counted.length} keyed`;
}

/**
 * The passages' indices in the order the editor lists them. Low-confidence first puts the least sure
 * proposals at the top (ties in page order), keyed and dropped ones after the open ones: the point of the
 * order is to spend the teacher's attention where the analyzer is least sure.
 */
export function orderedIndices(passages: readonly OrderablePassage[], order: PassageOrder): number[] {
  const list = [...passages];
  if (order === 'low-confidence') {
    const rank = (p: OrderablePassage) => (p.dropped ? 2 : p.keyed ? 1 : 0);
    list.sort((a, b) => rank(a) - rank(b) || a.confidence - b.confidence || a.index - b.index);
  } else {
    list.sort((a, b) => a.index - b.index);
  }
  return list.map((p) => p.index);
}

/** The passage a step away in the listed order, staying put at either end. */
export function stepFrom(order: readonly number[], current: number | null, step: 1 | -1): number | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at < 0) return order[0]!;
  return order[Math.max(0, Math.min(order.length - 1, at + step))]!;
}

/** The next open passage after `current` in the listed order, wrapping round; null when all are keyed. */
export function nextUnkeyed(
  passages: readonly OrderablePassage[],
  order: readonly number[],
  current: number | null,
): number | null {
  const open = new Set(passages.filter((p) => !p.keyed && !p.dropped).map((p) => p.index));
  if (open.size === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  for (let i = 1; i <= order.length; i++) {
    const candidate = order[(at + i + order.length) % order.length]!;
    if (open.has(candidate)) return candidate;
  }
  return null;
}

/** Confidence as a word as well as a number: never colour alone. */
export function confidenceWord(confidence: number): 'low' | 'medium' | 'high' {
  if (confidence < 0.6) return 'low';
  if (confidence < 0.8) return 'medium';
  return 'high';
}
