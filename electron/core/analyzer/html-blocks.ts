/**
 * HTML → blocks, with htmlparser2's streaming parser (forgiving, linear, no DOM built).
 *
 * - Scripts, styles, templates, SVG, iframes and <head> are dropped: their text is never article text,
 *   and it is never executed or rendered (the analyzer only reads text).
 * - Block elements (p, li, h1–h6, div…) end a block; inline elements do not.
 * - What the markup says about a block becomes a hint: <nav>, <footer>, <aside>, <form>, <button> and
 *   class/id names such as "cookie-banner", "share", "newsletter", "related" say "site"; class/id names
 *   with "comment" say "comment". The page-level pass weighs the hint with the text's own cues.
 */
import { Parser } from 'htmlparser2';
import type { Block } from './blocks.js';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'head',
  'select',
  'textarea',
]);
const SITE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'button', 'dialog', 'menu']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'pre',
  'address',
  'details',
  'summary',
  'hr',
  'form',
  'fieldset',
  'legend',
  'dialog',
  'button',
  'body',
  'html',
  'br',
  'caption',
  'menu',
]);

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
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (BLOCKS.has(name)) flush();
        const parent = top();
        const attr = `${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.role ?? ''}`.slice(0, 300);
        const frame: Frame = {
          name,
          skip: (parent?.skip ?? false) || SKIP.has(name) || attribs.hidden !== undefined || attribs['aria-hidden'] === 'true',
          site:
            (parent?.site ?? false) ||
            SITE_TAGS.has(name) ||
            attribs.role === 'navigation' ||
            attribs.role === 'banner' ||
            SITE_ATTR.test(attr),
          comment: (parent?.comment ?? false) || COMMENT_ATTR.test(attr),
          heading: (parent?.heading ?? false) || HEADINGS.has(name),
        };
        if (name !== 'br' && name !== 'hr' && name !== 'img' && name !== 'input' && name !== 'meta' && name !== 'link')
          stack.push(frame);
      },
      ontext(data) {
        const f = top();
        if (f?.skip) return;
        buffer += data;
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) flush();
        // pop to the matching element (htmlparser2 reports implied closes too); the search is bounded so
        // that a flood of stray closing tags over a deep stack stays linear
        for (let i = stack.length - 1; i >= 0 && i >= stack.length - 64; i--) {
          if (stack[i]!.name === name) {
            stack.length = i;
            break;
          }
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}
