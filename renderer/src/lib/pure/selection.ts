/** Keyboard selection helpers shared by "spot the intruder" (passages) and "mark the words" (words). */

/** The position `step` away from `current` in `order`, clamped at both ends (no wrap-around surprise). */
export function moveCursor(order: readonly number[], current: number, step: number): number {
  const at = order.indexOf(current);
  const next = Math.min(order.length - 1, Math.max(0, (at < 0 ? 0 : at) + step));
  return order[next] ?? current;
}

/** A new set with `item` toggled (selections are replaced, never mutated, so $state sees each change). */
export function toggled(set: ReadonlySet<number>, item: number): Set<number> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

/** A new set with `items` added. */
export function withAdded(set: ReadonlySet<number>, ...items: number[]): Set<number> {
  return new Set([...set, ...items]);
}
