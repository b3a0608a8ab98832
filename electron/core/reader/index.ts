/**
 * The page reader: saved web pages through Mozilla Readability (read-page.ts), and the blocks the
 * analyzer reads of a page (the article's own, not the page's furniture).
 */
import type { Block } from '../analyzer/blocks.js';
import { readPage } from './read-page.js';

export { readPage, MAX_READABILITY_ELEMENTS, MAX_OTHER_BLOCKS, type ReadPage, type ReaderBlock } from './read-page.js';
export { MAX_NESTING_DEPTH } from './depth.js';

/** The article of an HTML page as analyzer blocks: what `sourcewise analyze FILE.html`, hints and suggestions read. */
export function articleBlocksOfHtml(html: string): Block[] {
  return readPage(html)
    .blocks.filter((b) => b.part === 'article')
    .map((b) => ({ text: b.text, heading: b.heading }));
}
