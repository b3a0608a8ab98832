/**
 * Reading a saved web page the way a reader does: Mozilla Readability (the reader behind Firefox's Reader
 * View) over linkedom finds the article — title, byline, site name, date, headings and paragraphs — and
 * the page's other blocks are kept beside it, in page order, marked with what they are (comments, consent
 * text, banners, related links, navigation), so that a teacher can pull one into a lesson on purpose.
 *
 * Bounds, so that any page is read within a time budget (see README "Teacher workspace"):
 * - nesting deeper than MAX_NESTING_DEPTH is flattened before Readability runs (depth.ts);
 * - a page with more than MAX_READABILITY_ELEMENTS elements is not built as a DOM nor given to Readability:
 *   the linear block reader reads it instead;
 * - the caller bounds the size (MAX_ARTICLE_FILE_BYTES in the library).
 * Where Readability finds nothing, the block reader (analyzer/html-blocks.ts) is the fallback.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleMeta, BlockPart } from '../../shared/contract.js';
import { htmlBlocks } from '../analyzer/html-blocks.js';
import { flattenDeepNesting, MAX_NESTING_DEPTH, measureNesting } from './depth.js';
import { pageBlocks, type PageBlock } from './page-blocks.js';

/** Readability's own guard (maxElemsToParse): beyond it the block reader reads the page. Real pages have 100–5,000. */
export const MAX_READABILITY_ELEMENTS = 40_000;
/** Readability output shorter than this is "found nothing" (a product page's blurb is longer). */
const MIN_ARTICLE_CHARS = 100;
/** At most this many other blocks are kept (huge menus and comment threads); the rest are counted. */
export const MAX_OTHER_BLOCKS = 400;
/** Consecutive short other blocks of one part (menu items, "Reply", "Like") are joined into one line. */
const SHORT_BLOCK_WORDS = 4;
const JOINED_MAX_CHARS = 400;

export interface ReaderBlock {
  text: string;
  heading: boolean;
  part: BlockPart;
}

export interface ReadPage {
  reader: 'readability' | 'blocks';
  meta: ArticleMeta;
  /** Every block in page order; the article's own have part 'article'. */
  blocks: ReaderBlock[];
  /** Elements whose tags were cut because they nested too deep. */
  flattened: number;
  /** Other blocks left out beyond MAX_OTHER_BLOCKS. */
  otherBlocksLeftOut: number;
}

const collapse = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

type LinkedomDocument = ReturnType<typeof parseHTML>['document'];

function pageUrl(document: LinkedomDocument): string | null {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const u of [canonical, og]) {
    const t = collapse(u);
    if (t && /^https?:\/\/\S+$/.test(t) && t.length <= 2000) return t;
  }
  return null;
}

function words(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export function readPage(input: string): ReadPage {
  const { depth, elements } = measureNesting(input);
  const { html, flattened } = depth > MAX_NESTING_DEPTH ? flattenDeepNesting(input) : { html: input, flattened: 0 };
  // a page with more elements than Readability is given is not even built as a DOM: the block reader is linear
  const document = elements <= MAX_READABILITY_ELEMENTS ? parseHTML(html).document : null;
  const url = document ? pageUrl(document) : null;
  const language = collapse(document?.documentElement?.getAttribute('lang'));
  const pageTitle = collapse(document?.querySelector('title')?.textContent);
  const article = document ? readability(document) : null;
  const all = pageBlocks(html);
  if (article && (article.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS && article.content) {
    let own = htmlBlocks(article.content).map((b) => ({ text: b.text, heading: b.heading }));
    // Consent text is never the article's, yet Readability keeps a cookie box that sits in the article's
    // container: the page's markup (page-blocks.ts) says what it is. Never all of it: a stray class on an
    // outer element must not empty the article.
    const consent = new Set(all.filter((b) => b.part === 'consent').map((b) => b.text));
    const kept = own.filter((b) => !consent.has(b.text));
    if (kept.length > 0 && kept.length < own.length) own = kept;
    const title = collapse(article.title) ?? pageTitle ?? own[0]?.text ?? 'Untitled';
    if (!own.some((b) => b.heading && b.text === title)) own.unshift({ text: title, heading: true });
    const { blocks, leftOut } = interleave(own, all);
    return {
      reader: 'readability',
      meta: {
        title,
        byline: collapse(article.byline),
        siteName: collapse(article.siteName),
        published: collapse(article.publishedTime),
        url,
        language: collapse(article.lang) ?? language,
        excerpt: collapse(article.excerpt),
      },
      blocks,
      flattened,
      otherBlocksLeftOut: leftOut,
    };
  }
  // Readability found nothing: the block reader's blocks, its markup hints deciding what is the article.
  const fallback = htmlBlocks(html);
  let own = fallback.filter((b) => b.hint === undefined);
  // a page whose every block carries a hint (a class on an outer element) is read as all article
  if (own.length === 0) own = fallback;
  const ownSet = new Set(own);
  const blocks: ReaderBlock[] = fallback.map((b) => ({
    text: b.text,
    heading: b.heading,
    part: ownSet.has(b) ? 'article' : b.hint === 'comment' ? 'comment' : 'other',
  }));
  const firstHeading = own.find((b) => b.heading)?.text;
  return {
    reader: 'blocks',
    meta: {
      title: pageTitle ?? firstHeading ?? own[0]?.text.slice(0, 120) ?? 'Untitled',
      byline: null,
      siteName: collapse(document?.querySelector('meta[property="og:site_name"]')?.getAttribute('content')),
      published: null,
      url,
      language,
      excerpt: null,
    },
    blocks,
    flattened,
    otherBlocksLeftOut: 0,
  };
}

/** Readability's article, or null when it finds none or the page has more elements than its guard allows. */
function readability(document: LinkedomDocument): ReturnType<Readability<string>['parse']> {
  try {
    return new Readability(document as never, { maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
  } catch {
    return null;
  }
}

/**
 * The article's blocks (from Readability) placed among the page's blocks in page order: a page block whose
 * text is an article block's is where that article block goes; the other page blocks stay where they are.
 */
function interleave(
  own: Array<{ text: string; heading: boolean }>,
  page: PageBlock[],
): { blocks: ReaderBlock[]; leftOut: number } {
  const indexOf = new Map<string, number>();
  own.forEach((b, i) => {
    if (!indexOf.has(b.text)) indexOf.set(b.text, i);
  });
  const articleText = own.map((b) => b.text).join('\n');
  const out: ReaderBlock[] = [];
  let cursor = 0;
  let others = 0;
  let leftOut = 0;
  const seen = new Set<string>();
  const emitArticle = (upTo: number) => {
    for (; cursor <= upTo && cursor < own.length; cursor++) out.push({ ...own[cursor]!, part: 'article' });
  };
  for (const b of page) {
    const k = indexOf.get(b.text);
    if (k !== undefined) {
      if (k >= cursor) emitArticle(k);
      continue;
    }
    // part of an article block (the article split it differently): not an other block
    if (b.text.length >= 20 && articleText.includes(b.text)) continue;
    if (seen.has(b.text)) continue;
    seen.add(b.text);
    const part: BlockPart = b.part === 'article' ? 'other' : b.part;
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.part === part &&
      words(b.text) <= SHORT_BLOCK_WORDS &&
      !prev.heading &&
      !b.heading &&
      prev.text.length + b.text.length < JOINED_MAX_CHARS &&
      words(prev.text.split(' · ').at(-1) ?? '') <= SHORT_BLOCK_WORDS
    ) {
      prev.text = `${prev.text} · ${b.text}`;
      continue;
    }
    if (others >= MAX_OTHER_BLOCKS) {
      leftOut++;
      continue;
    }
    others++;
    out.push({ text: b.text, heading: b.heading, part });
  }
  emitArticle(own.length - 1);
  return { blocks: out, leftOut };
}
