/**
 * Search results show the words that matched highlighted. The backend gives either a snippet with marker
 * characters around each match, or a text with match ranges; both become text segments that the view
 * wraps in <mark>, so an article's text stays text (never HTML, whatever it contains).
 */

export interface MatchSegment {
  text: string;
  match: boolean;
}

function push(segments: MatchSegment[], text: string, match: boolean): void {
  if (text === '') return;
  const last = segments[segments.length - 1];
  if (last && last.match === match) last.text += text;
  else segments.push({ text, match });
}

/**
 * A snippet with `open` … `close` around each match (SQLite FTS5 `snippet()`/`highlight()` markers). An
 * unclosed marker runs to the end; stray closing markers are dropped; markers never appear in the text.
 */
export function segmentsFromMarkers(snippet: string, open: string, close: string): MatchSegment[] {
  const segments: MatchSegment[] = [];
  let inside = false;
  let rest = snippet;
  while (rest.length > 0) {
    const marker = inside ? close : open;
    const at = rest.indexOf(marker);
    const piece = at < 0 ? rest : rest.slice(0, at);
    push(segments, inside ? piece : piece.split(close).join(''), inside);
    if (at < 0) break;
    rest = rest.slice(at + marker.length);
    inside = !inside;
  }
  return segments;
}

/** A text with match ranges [start, end) (clamped; overlapping ones joined). */
export function segmentsFromRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): MatchSegment[] {
  const clean = ranges
    .map(([s, e]) => [Math.max(0, Math.min(text.length, s)), Math.max(0, Math.min(text.length, e))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const segments: MatchSegment[] = [];
  let at = 0;
  for (const [s, e] of clean) {
    if (e <= at) continue;
    push(segments, text.slice(at, Math.max(at, s)), false);
    push(segments, text.slice(Math.max(at, s), e), true);
    at = e;
  }
  push(segments, text.slice(at), false);
  return segments;
}
