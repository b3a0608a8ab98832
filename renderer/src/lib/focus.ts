/**
 * Focus helpers for screen changes: a new screen moves focus to its heading (tabindex="-1"), so
 * keyboard and screen-reader users start at the top of what changed instead of on a vanished button.
 */
export function focusHeading(node: HTMLElement): void {
  // Deferred one frame so the element is in the document and laid out when it is focused.
  requestAnimationFrame(() => node.focus({ preventScroll: false }));
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Focuses an element without the browser's jump, then scrolls it to the middle of the view. */
export function focusAndReveal(node: HTMLElement): void {
  node.focus({ preventScroll: true });
  node.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
