/**
 * The editor's walk through an article's passages, in the order the backend lists them (page order or
 * lowest confidence first): where "next", "previous" and "next not yet keyed" go. Pure over a minimal
 * view of a passage so that it does not depend on the rest of the editor's data.
 */

export interface OrderablePassage {
  index: number;
  /** The analyzer's confidence in its proposal, 0..1. */
  confidence: number;
  keyed: boolean;
  /** Dropped passages stay visible (to take back) but do not count. */
  dropped: boolean;
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
