/**
 * Bounding the nesting depth of a page before it is parsed into a DOM and read by Mozilla Readability.
 *
 * Why: Readability walks the DOM recursively and scores the ancestors of every paragraph, so its time grows
 * faster than the nesting depth (400 nested <div> take ~0.9 s, 1,000 take ~9 s, 20,000 overflow the stack),
 * and htmlparser2's tree builder (under linkedom) keeps its open elements in an array it shifts, which is
 * quadratic in depth too. Real news pages nest 20–60 deep. Elements nested deeper than MAX_NESTING_DEPTH
 * lose their tags: every word stays, merged into the element at the limit.
 *
 * The scan is a small linear tokenizer of its own (tags, comments, raw-text elements such as <script>), so
 * a page of 8 MB of "<div>" costs one pass. It models the implied closes real pages rely on (<p> and <li>
 * left open) closely enough to measure depth; the flattened page is the original text with the deep tags
 * cut out, nothing re-serialised.
 */

/** Elements nested deeper than this are flattened. Real pages stay well below it; Readability takes < 0.1 s at it. */
export const MAX_NESTING_DEPTH = 100;

/** Elements that hold a paragraph's text: kept below a flattened chain of wrappers, which go TEXT_ROOM levels earlier. */
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
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);
/** Opening one of these closes an open element of the same name on top (a <p> or <li> left open). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
/** Opening one of these closes an open <p> on top. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'figure',
  'details',
  'menu',
]);

interface Tag {
  kind: 'open' | 'close';
  name: string;
  start: number;
  /** index of the closing '>' */
  end: number;
  selfClosing: boolean;
}

const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Calls `onTag` for every start and end tag, in source order; comments, doctypes and raw text are skipped. */
function scanTags(html: string, onTag: (tag: Tag) => void): void {
  const n = html.length;
  let i = html.indexOf('<');
  while (i >= 0 && i < n) {
    const c = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? n : html.indexOf('<', close + 3);
      continue;
    }
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const close = html.indexOf('>', i + 2);
      i = close < 0 ? n : html.indexOf('<', close + 1);
      continue;
    }
    const closing = c === 47; /* / */
    const nameAt = closing ? i + 2 : i + 1;
    if (!isNameStart(html.charCodeAt(nameAt))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let j = nameAt;
    while (j < n && !/[\s/>]/.test(html[j]!)) j++;
    const name = html.slice(nameAt, j).toLowerCase();
    // to the '>' that ends the tag, stepping over quoted attribute values
    let quote = 0;
    for (; j < n; j++) {
      const d = html.charCodeAt(j);
      if (quote) {
        if (d === quote) quote = 0;
      } else if (d === 34 || d === 39) quote = d;
      else if (d === 62) break;
    }
    if (j >= n) return;
    const tag: Tag = { kind: closing ? 'close' : 'open', name, start: i, end: j, selfClosing: html.charCodeAt(j - 1) === 47 };
    onTag(tag);
    i = j + 1;
    if (!closing && RAW_TEXT.has(name)) {
      // raw text: the element ends at its own end tag only
      const endTag = new RegExp(`</${name}`, 'ig');
      endTag.lastIndex = i;
      i = endTag.exec(html)?.index ?? n;
      continue;
    }
    i = html.indexOf('<', i);
  }
}

/** Tracks open elements the way a browser roughly would; `onOpen`/`onClose` see each element's depth. */
function walk(html: string, visit: (tag: Tag, event: 'open' | 'close', stack: string[]) => void): void {
  const stack: string[] = [];
  const close = (tag: Tag) => {
    stack.pop();
    visit(tag, 'close', stack);
  };
  scanTags(html, (tag) => {
    if (tag.kind === 'open') {
      const top = stack[stack.length - 1];
      if (
        top !== undefined &&
        ((top === 'p' && CLOSES_P.has(tag.name)) || (top === tag.name && SELF_CLOSING_SIBLINGS.has(tag.name)))
      )
        close({ ...tag, kind: 'close', name: top, end: -1 }); // implied: no text of its own
      if (VOID.has(tag.name) || tag.selfClosing) return;
      stack.push(tag.name);
      visit(tag, 'open', stack);
      return;
    }
    // an end tag closes the nearest open element of its name (searched a bounded way: stray end tags stay linear)
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - 64; k--) {
      if (stack[k] !== tag.name) continue;
      while (stack.length > k + 1) close({ ...tag, name: stack[stack.length - 1]!, end: -1 });
      close(tag);
      return;
    }
  });
}

/** The deepest nesting of elements in the page, and how many elements it has (void ones not counted). */
export function measureNesting(html: string): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  walk(html, (_tag, event, stack) => {
    if (event !== 'open') return;
    elements++;
    if (stack.length > depth) depth = stack.length;
  });
  return { depth, elements };
}

/** The deepest nesting of elements in the page. */
export function nestingDepth(html: string): number {
  return measureNesting(html).depth;
}

/** The page with every element deeper than `limit` reduced to its content. Returns the page unchanged when nothing is that deep. */
export function flattenDeepNesting(html: string, limit = MAX_NESTING_DEPTH): { html: string; flattened: number } {
  // [start, end] source ranges (inclusive) of the tags to cut out, in source order
  const cuts: number[] = [];
  const dropped: boolean[] = [];
  let kept = 0;
  let flattened = 0;
  walk(html, (tag, event) => {
    if (event === 'open') {
      // depth counts kept elements only; wrappers go first so that paragraphs below a deep chain of <div> stay paragraphs
      const deep = kept >= (TEXT_BLOCKS.has(tag.name) ? limit : limit - TEXT_ROOM);
      dropped.push(deep);
      if (deep) {
        flattened++;
        cuts.push(tag.start, tag.end);
      } else kept++;
      return;
    }
    const deep = dropped.pop();
    if (deep === false) kept--;
    // an implied close (end -1) has no text of its own to cut
    if (deep && tag.end >= 0) cuts.push(tag.start, tag.end);
  });
  if (cuts.length === 0) return { html, flattened: 0 };
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (start < from) continue;
    // one space where a run of tags was, so that the words on either side stay apart (one per run: a space
    // per tag would give the deep elements 20,000 characters of whitespace to read again and again)
    // (whitespace between two cut tags goes with them: 20,000 newlines are the same problem)
    const between = html.slice(from, start);
    if (parts.length === 0 || between.trim() !== '') parts.push(between, ' ');
    from = end + 1;
  }
  parts.push(html.slice(from));
  return { html: parts.join(''), flattened };
}
