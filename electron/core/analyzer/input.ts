/**
 * Reading a file for analysis: refuse what is not text with a message that names the problem (too big,
 * binary, UTF-16, invalid UTF-8), and decide whether it is plain text, Markdown or HTML from the file
 * extension, or by sniffing the content when the extension says nothing.
 */
import type { DocumentKind } from './index.js';

/** The CLI refuses files above this size: 32 MiB keeps a full analysis within a few seconds here. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export class InputError extends Error {
  override name = 'InputError';
}

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Binary data: a NUL byte, or many control characters, in the first 64 KiB. */
function binaryReason(buf: Uint8Array): string | undefined {
  const n = Math.min(buf.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return `binary data (a NUL byte at offset ${i})`;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (n > 0 && control / n > 0.05) return `binary data (${control} control characters in the first ${n} bytes)`;
  return undefined;
}

export function sniffKind(name: string, content: string): DocumentKind {
  const lower = name.toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  if (/\.(txt|text)$/.test(lower)) return 'text';
  const head = content.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(p|div|body|article|h1|script)[\s>]/.test(head))
    return 'html';
  if (/^(#{1,6} |```|\* |- )/m.test(head)) return 'markdown';
  return 'text';
}

/** Decode a file for analysis, or throw an InputError whose message names the problem. */
export function decodeInput(buf: Uint8Array, name: string, maxBytes = MAX_INPUT_BYTES): { kind: DocumentKind; content: string } {
  if (buf.length > maxBytes)
    throw new InputError(`${name} is too large (${mb(buf.length)}); the analyzer accepts files up to ${mb(maxBytes)}`);
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)))
    throw new InputError(`${name} is UTF-16 text; save it as UTF-8 and try again`);
  const binary = binaryReason(buf);
  if (binary) throw new InputError(`${name} is not a text, Markdown or HTML file: ${binary}`);
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // the fast decoder only says "invalid"; find where, so the message can point at the byte
    const bad = firstInvalidUtf8(buf);
    const at = bad >= 0 ? ` (invalid byte 0x${buf[bad]!.toString(16).padStart(2, '0')} at offset ${bad})` : '';
    throw new InputError(`${name} is not valid UTF-8${at}; save it as UTF-8 and try again`);
  }
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  return { kind: sniffKind(name, content), content };
}
