/**
 * Character ranges inside one passage's text, for marking cue words and choosing where to split: from a
 * mouse selection (offsets measured by the view) or from the keyboard (a word cursor moved with the
 * arrows). Offsets are UTF-16 code units, as JavaScript strings and the lesson format count them; ranges
 * are [start, end).
 */

export interface TextRange {
  start: number;
  end: number;
}

const SPACE = /\s/u;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function clampOffset(text: string, offset: number): number {
  if (!Number.isFinite(offset)) return 0;
  const clamped = Math.max(0, Math.min(text.length, Math.trunc(offset)));
  // Never cut an emoji (a surrogate pair) in half.
  if (clamped > 0 && clamped < text.length && isLowSurrogate(text.charCodeAt(clamped))) return clamped + 1;
  return clamped;
}

/** The words of a text: runs of non-space characters, punctuation included ("“We", "said."). */
export function wordSpans(text: string): TextRange[] {
  const spans: TextRange[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * A selection made with the mouse, as the two offsets the view measured (anchor and focus, in either
 * order), turned into the range of words it touches: whitespace at either end is dropped and a word cut
 * in the middle is taken whole — a drag that starts a letter late still marks the word. A range may start
 * or end on punctuation: `snapToWords` keeps it if it was selected. Null when nothing but space is selected.
 */
export function selectionToRange(text: string, anchor: number, focus: number): TextRange | null {
  let start = clampOffset(text, Math.min(anchor, focus));
  let end = clampOffset(text, Math.max(anchor, focus));
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return snapToWords(text, { start, end });
}

/** Widens a range to whole words at both ends (a range already on word edges is unchanged). */
export function snapToWords(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
  while (end < text.length && !SPACE.test(text[end]!)) end++;
  return { start, end };
}

/** Keyboard choice of words: the word the choice started on (anchor) and the one it reaches (focus). */
export interface WordChoice {
  anchor: number;
  focus: number;
}

/** Starts on the first word, or on the word holding `near` (where a selection or the last cue was). */
export function startWordChoice(text: string, near = 0): WordChoice {
  const words = wordSpans(text);
  const index = Math.max(
    0,
    words.findIndex((w) => w.end > near),
  );
  return { anchor: index, focus: index };
}

/** One arrow press: without Shift the choice collapses to one word and moves; with Shift it grows or shrinks. */
export function moveWordChoice(text: string, choice: WordChoice, move: 'left' | 'right', extend: boolean): WordChoice {
  const last = wordSpans(text).length - 1;
  if (last < 0) return choice;
  const step = move === 'left' ? -1 : 1;
  const focus = Math.max(0, Math.min(last, choice.focus + step));
  return extend ? { anchor: choice.anchor, focus } : { anchor: focus, focus };
}

export function wordChoiceRange(text: string, choice: WordChoice): TextRange | null {
  const words = wordSpans(text);
  const first = words[Math.min(choice.anchor, choice.focus)];
  const last = words[Math.max(choice.anchor, choice.focus)];
  return first && last ? { start: first.start, end: last.end } : null;
}

/**
 * Where a passage may be split: before each word but the first. The default is the first sentence end
 * (a word ending in . ! ? or a closing quote after one), since a passage that needs splitting is most
 * often two sentences the reader took for one; else the middle word.
 */
export function splitPoints(text: string): number[] {
  return wordSpans(text)
    .slice(1)
    .map((w) => w.start);
}

const SENTENCE_END = /[.!?…]["”’)\]]*$/u;

export function defaultSplitIndex(text: string): number {
  const words = wordSpans(text);
  const points = splitPoints(text);
  if (points.length === 0) return -1;
  const sentenceEnd = words.findIndex((w, i) => i < words.length - 1 && SENTENCE_END.test(text.slice(w.start, w.end)));
  return sentenceEnd >= 0 ? sentenceEnd : Math.floor((points.length - 1) / 2);
}

/** The split point chosen with the arrows, kept inside the list. */
export function moveSplitIndex(count: number, index: number, move: 'left' | 'right'): number {
  if (count === 0) return -1;
  return Math.max(0, Math.min(count - 1, index + (move === 'left' ? -1 : 1)));
}

/** The two halves a split at `offset` would make, for the preview ("… | …"). */
export function splitPreview(text: string, offset: number): { before: string; after: string } {
  const at = clampOffset(text, offset);
  return { before: text.slice(0, at).trimEnd(), after: text.slice(at).trimStart() };
}
