/**
 * One file or pasted text → an article ready for the library: its metadata, every block of the page
 * (the article's and the others, in page order), its text and content hash, and the analyzer's proposal
 * for every passage of the blocks a lesson holds by default (the article's). Pure, no database: it runs
 * as a task (jobs/tasks.ts), so that it can move off the thread that answers calls.
 *
 * Refused, with the file named, and nothing read further: binary data, files over the size limit, text
 * that is not UTF-8, and pages with no readable text.
 */
import { createHash } from 'node:crypto';
import {
  ARTICLE_FILE_MAX_BYTES,
  type ArticleKind,
  type ArticleMeta,
  type ArticleReader,
  type BlockPart,
  type Proposal,
} from '../../shared/contract.js';
import { plainTextBlocks, type Block } from '../analyzer/blocks.js';
import { analyzeBlockList } from '../analyzer/index.js';
import { decodeInput, InputError } from '../analyzer/input.js';
import { markdownBlocks } from '../analyzer/markdown-blocks.js';
import { readPage, type ReaderBlock } from '../reader/index.js';

/** Saved pages with inline styles and scripts run to a few MB (the contract's ARTICLE_FILE_MAX_BYTES, for screens to check first). */
export const MAX_ARTICLE_FILE_BYTES = ARTICLE_FILE_MAX_BYTES;

/** File names the library reads; anything else in a folder is refused with its type named. */
export const ARTICLE_FILE_PATTERN = /\.(html?|xhtml|txt|text|md|markdown)$/i;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** A block longer than this (a page that is one giant paragraph) is cut: a passage may hold 5,000 characters. */
const MAX_BLOCK_CHARS = 100_000;

/** Why a file is not read: its type. */
export function notAnArticle(name: string): string {
  const ext = /\.[^./\\]{1,12}$/.exec(name)?.[0] ?? 'without an extension';
  return `${name}: not an article file (${ext}); the library reads saved web pages (.html, .htm), .txt and .md files`;
}

export interface ProposedPassage {
  blockPosition: number;
  text: string;
  proposal: Proposal;
}

export interface ReadArticle {
  meta: ArticleMeta;
  format: ArticleKind;
  reader: ArticleReader;
  /** Every block of the page in page order (position = index). */
  blocks: ReaderBlock[];
  /** The article's own text, blocks joined by blank lines: what search reads (the hash adds reader comments). */
  body: string;
  sha256: string;
  words: number;
  bytes: number;
  /** The analyzer's passages of the blocks the lesson holds by default. */
  passages: ProposedPassage[];
}

export type ReadArticleResult = { ok: true; article: ReadArticle } | { ok: false; reason: string };

export type ArticleInput =
  { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'paste'; name: string | null; text: string; format: ArticleKind };

const HINT_OF_PART: Record<BlockPart, Block['hint']> = {
  article: undefined,
  comment: 'comment',
  consent: 'site',
  banner: 'site',
  related: 'site',
  navigation: 'site',
  other: undefined,
};

/** The analyzer's blocks for the lesson's blocks: the page's markup (its part) becomes the analyzer's hint. */
export function analyzerBlocks(blocks: ReadonlyArray<{ text: string; heading: boolean; part: BlockPart }>): Block[] {
  return blocks.map((b) => {
    const hint = HINT_OF_PART[b.part];
    return hint ? { text: b.text, heading: b.heading, hint } : { text: b.text, heading: b.heading };
  });
}

/** Proposals for the given blocks (positions in page order), in passage order. */
export function proposeFor(blocks: ReadonlyArray<ReaderBlock & { position: number }>): ProposedPassage[] {
  const { passages } = analyzeBlockList(analyzerBlocks(blocks));
  return passages.map((p) => ({
    blockPosition: blocks[p.paragraph]!.position,
    text: p.text,
    proposal: {
      label: p.label,
      subtype: p.subtype,
      role: p.role,
      confidence: p.confidence,
      fromOutlet: p.fromOutlet,
      cues: p.cues,
      explanation: p.explanation,
      ...(p.source ? { source: p.source } : {}),
      ...(p.cueVerb ? { cueVerb: p.cueVerb } : {}),
    },
  }));
}

function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

function stem(name: string): string {
  return name
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
}

function textArticle(
  content: string,
  kind: 'text' | 'markdown',
  name: string | null,
): { meta: ArticleMeta; blocks: ReaderBlock[] } {
  const blocks = (kind === 'markdown' ? markdownBlocks(content) : plainTextBlocks(content)).map((b): ReaderBlock => ({
    text: b.text,
    heading: b.heading,
    part: 'article',
  }));
  const first = blocks[0];
  const title = (first?.heading ? first.text : null) ?? (name ? stem(name) : null) ?? first?.text.slice(0, 120) ?? 'Untitled';
  return {
    meta: { title: title.slice(0, 300), byline: null, siteName: null, published: null, url: null, language: null, excerpt: null },
    blocks,
  };
}

/**
 * What makes two imports the same article: the article's text and its reader comments (whitespace folded,
 * NFC). Menus, teasers and ads rotate from one save of a page to the next and do not count; a save with
 * the comment thread loaded is a different page to teach with, so the comments do.
 */
function contentHash(body: string, blocks: readonly ReaderBlock[]): string {
  const hash = createHash('sha256').update(body.normalize('NFC'));
  for (const b of blocks) if (b.part === 'comment') hash.update('\n\u0000').update(b.text.normalize('NFC'));
  return hash.digest('hex');
}

export function readArticle(input: ArticleInput): ReadArticleResult {
  const label = input.name ?? 'The pasted text';
  let kind: ArticleKind;
  let content: string;
  let bytes: number;
  if (input.kind === 'file') {
    if (!ARTICLE_FILE_PATTERN.test(input.name)) return { ok: false, reason: notAnArticle(input.name) };
    try {
      ({ kind, content } = decodeInput(input.bytes, input.name, MAX_ARTICLE_FILE_BYTES));
    } catch (err) {
      if (err instanceof InputError) return { ok: false, reason: err.message };
      throw err;
    }
    bytes = input.bytes.byteLength;
  } else {
    kind = input.format;
    content = input.text;
    bytes = Buffer.byteLength(content);
  }
  const read =
    kind === 'html'
      ? (() => {
          const page = readPage(content);
          return { meta: page.meta, blocks: page.blocks, reader: page.reader as ArticleReader };
        })()
      : { ...textArticle(content, kind, input.name), reader: kind as ArticleReader };
  // control characters are never article text; the search's highlight markers rely on their absence
  read.blocks = read.blocks
    .map((b) => ({ ...b, text: b.text.replace(CONTROL, '').trim() }))
    .filter((b) => b.text.length > 0)
    .map((b) => ({ ...b, text: b.text.slice(0, MAX_BLOCK_CHARS) }));
  const own = read.blocks.filter((b) => b.part === 'article');
  const body = own.map((b) => b.text).join('\n\n');
  const words = countWords(body);
  if (words === 0) return { ok: false, reason: `${label}: no readable text (nothing in it reads as an article)` };
  const positioned = read.blocks.map((b, position) => ({ ...b, position }));
  return {
    ok: true,
    article: {
      meta: read.meta,
      format: kind,
      reader: read.reader,
      blocks: read.blocks,
      body,
      sha256: contentHash(body, read.blocks),
      words,
      bytes,
      passages: proposeFor(positioned.filter((b) => b.part === 'article')),
    },
  };
}
