/**
 * Markdown → blocks. Only what matters for reading the text: ATX and setext headings, paragraphs, list
 * items and block quotes become blocks; fenced code, reference definitions and rules are dropped; inline
 * markup (links, images, emphasis, code, HTML tags) is reduced to its words. A line-by-line scan with
 * bounded regular expressions, so any input is processed in linear time.
 */
import { Ch } from './chars.js';
import { looksLikeHeadline, type Block } from './blocks.js';

const IMAGE = /!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g;
const LINK = /\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g;
const REF_LINK = /\[([^\]\n]{1,500})\]\[[^\]\n]{0,200}\]/g;
const TAG = /<\/?[A-Za-z][^<>\n]{0,500}>/g;
const EMPHASIS = /(\*\*|__|~~)/g;

function inline(text: string): string {
  return text
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(REF_LINK, '$1')
    .replace(TAG, '')
    .replace(EMPHASIS, '')
    .replace(/`/g, '')
    .replace(/(^|[\s(])[*_](?=\S)/g, '$1')
    .replace(/(\S)[*_](?=[\s).,;:!?]|$)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

function isRule(t: string): boolean {
  if (t.length < 3) return false;
  const c = t[0];
  if (c !== '-' && c !== '*' && c !== '_') return false;
  for (const ch of t) if (ch !== c && ch !== ' ') return false;
  return true;
}

function listItemText(t: string): string | undefined {
  if ((t.startsWith('- ') || t.startsWith('* ') || t.startsWith('+ ')) && t.length > 2) return t.slice(2);
  let i = 0;
  while (i < t.length && i < 9 && t.charCodeAt(i) >= Ch.Digit0 && t.charCodeAt(i) <= Ch.Digit9) i++;
  if (i > 0 && (t[i] === '.' || t[i] === ')') && t[i + 1] === ' ') return t.slice(i + 2);
  return undefined;
}

export function markdownBlocks(md: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let listItem = false;
  const flush = () => {
    if (para.length === 0) return;
    const text = inline(para.join(' ')).replace(/\s+/g, ' ').trim();
    // as in plain text, a short one-line paragraph without a final stop reads as a headline
    const heading = !listItem && para.length === 1 && looksLikeHeadline(text);
    para = [];
    listItem = false;
    if (text.length > 0) blocks.push({ text, heading });
  };
  const lines = md.split('\n');
  let fence: string | undefined;
  for (let raw of lines) {
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    let t = raw.trim();
    if (fence !== undefined) {
      if (t.startsWith(fence)) fence = undefined;
      continue;
    }
    if (t.startsWith('```') || t.startsWith('~~~')) {
      flush();
      fence = t.slice(0, 3);
      continue;
    }
    while (t.startsWith('>')) t = t.slice(1).trim(); // block quotes keep their words
    if (t.length === 0) {
      flush();
      continue;
    }
    if (t.startsWith('#')) {
      let i = 0;
      while (i < t.length && t[i] === '#') i++;
      if (i <= 6 && (i === t.length || t[i] === ' ')) {
        flush();
        let h = t.slice(i).trim();
        let e = h.length;
        while (e > 0 && h[e - 1] === '#') e--;
        h = inline(h.slice(0, e)).trim();
        if (h.length > 0) blocks.push({ text: h, heading: true });
        continue;
      }
    }
    // setext heading: a line of === or --- under a one-line paragraph
    if (para.length === 1 && t.length >= 2 && (/^=+$/.test(t) || /^-+$/.test(t))) {
      const h = inline(para[0]!).trim();
      para = [];
      if (h.length > 0) blocks.push({ text: h, heading: true });
      continue;
    }
    if (isRule(t)) {
      flush();
      continue;
    }
    if (/^\[[^\]\n]{1,200}\]:\s/.test(t)) continue; // reference definition
    const item = listItemText(t);
    if (item !== undefined) {
      flush();
      para.push(item);
      listItem = true;
      continue;
    }
    para.push(t);
  }
  flush();
  return blocks;
}
