/**
 * A block is one paragraph-level unit of a page (a paragraph, a heading, a list item), before it is
 * split into sentences. Every input format (plain text, Markdown, HTML) is reduced to blocks first,
 * so the segmenter and the classifier never see markup.
 */
import { Ch } from './chars.js';

export interface Block {
  text: string;
  heading: boolean;
  /** what the markup says about the block, when it says something (HTML class names, <nav>…) */
  hint?: 'site' | 'comment';
}

const HEADLINE_MAX_CHARS = 160;
const HEADLINE_MAX_WORDS = 20;

/**
 * A headline in plain text: one short line that does not end like a sentence. Sentence-final marks may
 * be followed by closing quotes or brackets ("…be brave.’" still ends like a sentence).
 */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > HEADLINE_MAX_CHARS) return false;
  let words = 1;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === Ch.Space) words++;
  if (words > HEADLINE_MAX_WORDS) return false;
  let end = t.length - 1;
  while (end > 0 && '”’"\')]»'.includes(t[end]!)) end--;
  return !'.!?…:;,'.includes(t[end]!);
}

/** Plain text: a blank line separates paragraphs; lines inside a paragraph are joined (hard wrapping). */
export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    const joined = lines.length === 1 ? lines[0]! : lines.join(' ');
    blocks.push({ text: joined, heading: lines.length === 1 && looksLikeHeadline(joined) });
    lines = [];
  };
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let line = text.slice(start, end);
    if (line.length > 0 && line.charCodeAt(line.length - 1) === Ch.CarriageReturn) line = line.slice(0, -1);
    const trimmed = line.trim();
    if (trimmed.length === 0) flush();
    else lines.push(trimmed);
    start = end + 1;
  }
  flush();
  return blocks;
}
