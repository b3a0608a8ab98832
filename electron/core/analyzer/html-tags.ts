/**
 * The HTML tag tables both page readers share: the fallback block reader (html-blocks.ts) and the
 * reader's pass over a saved page's other blocks (reader/page-blocks.ts). One list, so the two never
 * disagree on what starts a block or what is never text.
 */

/** Elements whose content is never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
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

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements that end the running text before them and start a new block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
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
