/**
 * HTML → blocks, with htmlparser2's tokenizer (forgiving, no DOM built) and our own element stack.
 *
 * Why not htmlparser2's Parser: it keeps its stack with `unshift` and searches it on every closing tag, so
 * deeply nested markup costs time quadratic in the depth (200,000 nested <b> took ~10 s, nested tables in
 * a 3 MB page minutes). Here every tag does a bounded amount of work, so reading is linear in the input:
 * implied closes (<li> closes an open <li>, <td> a <td>…) look only at the top of the stack, and a closing
 * tag searches at most CLOSE_SEARCH elements down for its match.
 *
 * - Scripts, styles, templates, SVG, iframes and <head> are dropped: their text is never article text,
 *   and it is never executed or rendered (the analyzer only reads text).
 * - Block elements (p, li, h1–h6, div…) end a block; inline elements do not.
 * - What the markup says about a block becomes a hint: <nav>, <footer>, <aside>, <form>, <button> and
 *   class/id names such as "cookie-banner", "share", "newsletter", "related" say "site"; class/id names
 *   with "comment" say "comment". The page-level pass weighs the hint with the text's own cues.
 */
import { Tokenizer } from 'htmlparser2';
import type { Block } from './blocks.js';
import { BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS } from './html-tags.js';

const SITE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'button', 'dialog', 'menu']);

// Bounded alternations over short attribute strings: no nested quantifiers, so no catastrophic backtracking.
const SITE_ATTR =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|banner|newsletter|subscribe|subscription|paywall|share|sharing|social|related|recommended|promo|advert|advertisement|ads?|sponsor(?:ed)?|sidebar|footer|nav|navigation|menu|breadcrumbs?|popup|modal|overlay|toolbar|outbrain|taboola|signup|login)(?:$|[\s_-])/i;
const COMMENT_ATTR = /(?:^|[\s_-])(?:comments?|reply|replies|ugc|discussion|disqus|user-content)(?:$|[\s_-])/i;

interface Frame {
  name: string;
  skip: boolean;
  site: boolean;
  comment: boolean;
  heading: boolean;
}

/** Elements without content: never pushed on the stack. */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** An opening tag closes these if they are on top of the stack (HTML's implied end tags, as htmlparser2 has them). */
const P = new Set(['p']);
const HEADING_OR_P = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const DD_DT = new Set(['dd', 'dt']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ['h1', HEADING_OR_P],
  ['h2', HEADING_OR_P],
  ['h3', HEADING_OR_P],
  ['h4', HEADING_OR_P],
  ['h5', HEADING_OR_P],
  ['h6', HEADING_OR_P],
  ...[
    'p',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((t): [string, Set<string>] => [t, P]),
]);

/** How far down the stack a closing tag looks for its element: bounded, so stray closing tags stay linear. */
const CLOSE_SEARCH = 64;
/** Attribute values kept (class, id, role): enough for every hint; a megabyte-long class is cut here. */
const ATTR_CAP = 300;
const WANTED_ATTRS = new Set(['class', 'id', 'role', 'hidden', 'aria-hidden']);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const stack: Frame[] = [];
  let buffer = '';
  const top = (): Frame | undefined => stack[stack.length - 1];
  const flush = () => {
    const t = collapse(buffer);
    buffer = '';
    if (t.length === 0) return;
    const f = top();
    const block: Block = { text: t, heading: f?.heading ?? false };
    if (f?.comment) block.hint = 'comment';
    else if (f?.site) block.hint = 'site';
    blocks.push(block);
  };
  const text = (s: string) => {
    if (!top()?.skip) buffer += s;
  };

  // The tag being read: its name and the few attributes the hints need.
  let tagName = '';
  let attribs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';

  const open = (name: string, a: Record<string, string>) => {
    const closes = IMPLIES_CLOSE.get(name);
    // Each pop removes an element pushed earlier, so over the whole page this loop is linear.
    while (closes && stack.length > 0 && closes.has(top()!.name)) close(top()!.name);
    if (BLOCK_TAGS.has(name)) flush();
    const parent = top();
    const attr = `${a.class ?? ''} ${a.id ?? ''} ${a.role ?? ''}`;
    const frame: Frame = {
      name,
      skip: (parent?.skip ?? false) || SKIP_TAGS.has(name) || a.hidden !== undefined || a['aria-hidden'] === 'true',
      site:
        (parent?.site ?? false) || SITE_TAGS.has(name) || a.role === 'navigation' || a.role === 'banner' || SITE_ATTR.test(attr),
      comment: (parent?.comment ?? false) || COMMENT_ATTR.test(attr),
      heading: (parent?.heading ?? false) || HEADING_TAGS.has(name),
    };
    if (!VOID.has(name)) stack.push(frame);
  };
  const close = (name: string) => {
    if (BLOCK_TAGS.has(name)) flush();
    for (let i = stack.length - 1; i >= 0 && i >= stack.length - CLOSE_SEARCH; i--) {
      if (stack[i]!.name === name) {
        stack.length = i;
        break;
      }
    }
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext: (start, end) => text(html.slice(start, end)),
      ontextentity: (cp) => text(String.fromCodePoint(cp)),
      onopentagname: (start, end) => {
        tagName = html.slice(start, end).toLowerCase();
        attribs = {};
      },
      onattribname: (start, end) => {
        attrName = html.slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata: (start, end) => {
        if (attrValue.length < ATTR_CAP) attrValue += html.slice(start, Math.min(end, start + ATTR_CAP));
      },
      onattribentity: (cp) => {
        if (attrValue.length < ATTR_CAP) attrValue += String.fromCodePoint(cp);
      },
      onattribend: () => {
        if (WANTED_ATTRS.has(attrName) && !(attrName in attribs)) attribs[attrName] = attrValue.slice(0, ATTR_CAP);
      },
      onopentagend: () => open(tagName, attribs),
      // In HTML a "/>" means nothing: <div/> opens a div (void elements are never pushed anyway).
      onselfclosingtag: () => open(tagName, attribs),
      onclosetag: (start, end) => {
        const name = html.slice(start, end).toLowerCase();
        if (name === 'br') flush();
        else close(name);
      },
      oncdata: () => {},
      oncomment: () => {},
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  flush();
  return blocks;
}
