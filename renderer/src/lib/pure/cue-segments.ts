/**
 * Splits a passage's text into plain and highlighted segments at its cue ranges, so the view can wrap the
 * highlighted ones in <mark> while the text itself stays text (never markup).
 *
 * Cues may overlap or nest (a named source inside a quote, an attribution verb inside a vague source):
 * the text is cut at every range boundary and each piece lists every cue kind covering it. Ranges from
 * the data are not trusted blindly: they are clamped to the text, empty or inverted ones are dropped, and
 * a boundary that would split a UTF-16 surrogate pair (an emoji, say) is moved past the pair.
 */
import type { Cue, CueKind } from '../../../../electron/shared/domain.js';
import { CUE_KINDS } from '../../../../electron/shared/domain.js';

export interface TextSegment {
  text: string;
  /** Cue kinds covering this piece, in CUE_KINDS order; empty for plain text. */
  kinds: CueKind[];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset forward off the middle of a surrogate pair. */
function snap(text: string, offset: number): number {
  const clamped = Math.max(0, Math.min(text.length, Math.trunc(offset)));
  if (clamped > 0 && clamped < text.length && isLowSurrogate(text.charCodeAt(clamped))) return clamped + 1;
  return clamped;
}

export function segmentByCues(text: string, cues: readonly Cue[]): TextSegment[] {
  const ranges = cues
    .filter((c) => Number.isFinite(c.start) && Number.isFinite(c.end))
    .map((c) => ({ start: snap(text, c.start), end: snap(text, c.end), kind: c.kind }))
    .filter((r) => r.end > r.start);

  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = new Set(ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.kind));
    const kinds = CUE_KINDS.filter((k) => covering.has(k));
    const previous = segments[segments.length - 1];
    // Adjacent pieces with the same kinds are merged, so the view emits one <mark> per run.
    if (previous && sameKinds(previous.kinds, kinds)) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), kinds });
  }
  return segments;
}

function sameKinds(a: readonly CueKind[], b: readonly CueKind[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/**
 * Long cue ranges (a whole quotation marked as "quote marks") are shortened for the legend to their
 * beginning and end: the passage above shows them in full, the legend only has to point at them.
 */
export const LEGEND_MAX_CHARS = 60;

export function shortenForLegend(words: string, max = LEGEND_MAX_CHARS): string {
  const chars = [...words]; // by code point, so an emoji is never cut in half
  if (chars.length <= max) return words;
  const side = Math.floor((max - 3) / 2);
  let head = chars.slice(0, side).join('');
  let tail = chars.slice(-side).join('');
  // Cut at word boundaries where there is one, so no word is shown in part.
  const lastSpace = head.lastIndexOf(' ');
  if (lastSpace > side / 2) head = head.slice(0, lastSpace);
  const firstSpace = tail.indexOf(' ');
  if (firstSpace >= 0 && firstSpace < side / 2) tail = tail.slice(firstSpace + 1);
  return `${head.trimEnd()} … ${tail.trimStart()}`;
}

/** The cue kinds present in a passage, in CUE_KINDS order, each with the words it marks (for the legend). */
export function cueLegend(text: string, cues: readonly Cue[]): Array<{ kind: CueKind; words: string[] }> {
  const byKind = new Map<CueKind, string[]>();
  for (const c of cues) {
    const start = snap(text, c.start);
    const end = snap(text, c.end);
    if (end <= start) continue;
    const words = shortenForLegend(text.slice(start, end).trim());
    if (!words) continue;
    const list = byKind.get(c.kind) ?? [];
    if (!list.includes(words)) list.push(words);
    byKind.set(c.kind, list);
  }
  return CUE_KINDS.filter((k) => byKind.has(k)).map((kind) => ({ kind, words: byKind.get(kind)! }));
}
