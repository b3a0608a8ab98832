/**
 * Where the teacher's mouse selection lies inside one passage's text, as character offsets. The passage
 * is rendered as text runs (PassageText) whose text content is exactly the passage's text, so an offset is
 * the length of the text from the container's start to the selection point. A selection reaching outside
 * the passage is cut at the passage's edges.
 */
export function selectionOffsets(container: HTMLElement): { anchor: number; focus: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(container)) return null;
  const length = container.textContent?.length ?? 0;
  const offsetOf = (node: Node, offset: number, edge: number): number => {
    if (!container.contains(node)) return edge;
    const before = document.createRange();
    before.selectNodeContents(container);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const start = offsetOf(range.startContainer, range.startOffset, 0);
  const end = offsetOf(range.endContainer, range.endOffset, length);
  return { anchor: start, focus: end };
}
