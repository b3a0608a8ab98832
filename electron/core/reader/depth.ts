/**
 * Bounding the nesting depth of a page before Mozilla Readability reads it.
 *
 * Why: Readability walks the DOM recursively and scores ancestors of every paragraph, so its time grows
 * faster than the nesting depth (measured here: 400 nested <div> take ~0.9 s, 1,000 take ~9 s, 20,000
 * overflow the stack). Real news pages nest 20–60 deep. Elements deeper than MAX_NESTING_DEPTH lose their
 * tags (their text and their shallower children stay, merged into the element at the limit): the words are
 * all kept, only structure below the limit is flattened.
 *
 * Both passes use htmlparser2's streaming tokenizer (no recursion, linear time) and its source offsets, so
 * the flattened page is the original text with the deep tags cut out: nothing is re-serialised.
 */
import { Parser } from 'htmlparser2';

/** Elements nested deeper than this are flattened. Real pages stay well below it; Readability takes < 0.1 s at it. */
export const MAX_NESTING_DEPTH = 120;

/** Elements that hold a paragraph's text, kept below a flattened chain of wrappers. */
const TEXT_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'dt',
  'dd',
  'figcaption',
  'td',
  'th',
  'tr',
]);
const TEXT_ROOM = 8;

/** The deepest nesting of elements in the page. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const parser = new Parser({
    onopentag() {
      depth++;
      if (depth > max) max = depth;
    },
    onclosetag() {
      depth--;
    },
  });
  parser.write(html);
  parser.end();
  return max;
}

/** The page with every element deeper than `limit` reduced to its content. Returns the page unchanged when nothing is that deep. */
export function flattenDeepNesting(html: string, limit = MAX_NESTING_DEPTH): { html: string; flattened: number } {
  // [start, end] source ranges (inclusive) of the tags to cut out, in source order
  const cuts: number[] = [];
  const dropped: boolean[] = [];
  let kept = 0;
  let flattened = 0;
  const parser = new Parser({
    onopentag(name) {
      // Depth counts kept elements only. Wrappers go first (TEXT_ROOM levels early), so that paragraphs,
      // headings and list items below a deep chain of <div> still end up as paragraphs.
      const deep = kept >= (TEXT_BLOCKS.has(name) ? limit : limit - TEXT_ROOM);
      dropped.push(deep);
      if (!deep) kept++;
      if (deep) {
        flattened++;
        cuts.push(parser.startIndex, parser.endIndex);
      }
    },
    onclosetag(_name, isImplied) {
      const deep = dropped.pop();
      if (deep === false) kept--;
      // an implied close (a void element, a <p> closed by a block) has no text of its own to cut
      if (deep && !isImplied) cuts.push(parser.startIndex, parser.endIndex);
    },
  });
  parser.write(html);
  parser.end();
  if (cuts.length === 0) return { html, flattened: 0 };
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (start < from) continue;
    // a space where the tag was, so that the words on either side stay apart
    parts.push(html.slice(from, start), ' ');
    from = end + 1;
  }
  parts.push(html.slice(from));
  return { html: parts.join(''), flattened };
}
