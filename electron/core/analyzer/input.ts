/**
 * Reading a file for analysis: refuse what is not text with a message that names the problem (not a
 * regular file, too big, binary, UTF-16, invalid UTF-8), and decide whether it is plain text, Markdown or
 * HTML from the file extension, or by sniffing the content when the extension says nothing.
 *
 * Limits (README "Reliability"): the type and size are checked before a byte is read, and the read itself
 * stops at the cap, so a FIFO, /dev/zero or a 1.5 GB file cost nothing. The whole text is checked:
 * a NUL byte anywhere, or many control characters, refuse the file as binary; a few stray control
 * characters (form feeds from old word processors, an ESC) are removed and counted in `removed`.
 */
import fs from 'node:fs';
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

/** Control characters that are never text: C0 except tab, line feed, vertical tab, form feed, carriage return; DEL. */
const isControlByte = (b: number) => b < 9 || (b > 13 && b < 32) || b === 127;

/** Binary data: a NUL byte anywhere, or more than 5% control characters over the whole file. */
function binaryReason(buf: Uint8Array): string | undefined {
  const n = buf.length;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return `binary data (a NUL byte at offset ${i})`;
    if (isControlByte(b)) control++;
  }
  if (n > 0 && control / n > 0.05) return `binary data (${control} control characters in ${n} bytes)`;
  return undefined;
}

// C0 controls but tab/LF/VT/FF/CR, DEL, and the C1 controls: never article text; some would garble output.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Text with its stray control characters removed, and how many there were. */
export function removeControlCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(CONTROL_CHARS, () => {
    removed++;
    return '';
  });
  return { text: cleaned, removed };
}

const FILE_TYPE = (st: fs.Stats) =>
  st.isDirectory()
    ? 'a folder'
    : st.isFIFO()
      ? 'a pipe (FIFO)'
      : st.isCharacterDevice() || st.isBlockDevice()
        ? 'a device'
        : st.isSocket()
          ? 'a socket'
          : 'not a regular file';

/**
 * A file's bytes, read only if it is a regular file no larger than `maxBytes`, and never more than
 * `maxBytes + 1` bytes even if it grows while being read. Errors from the system (no such file, no
 * permission) are thrown as they are, for the caller to word.
 */
export function readInputFile(file: string, maxBytes = MAX_INPUT_BYTES): Buffer {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new InputError(`${file} is ${FILE_TYPE(st)}, not a file that can be read as an article`);
    if (st.size > maxBytes)
      throw new InputError(`${file} is too large (${mb(st.size)}); the analyzer accepts files up to ${mb(maxBytes)}`);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buf.length) {
        if (length > maxBytes)
          throw new InputError(
            `${file} is too large (it grew while being read); the analyzer accepts files up to ${mb(maxBytes)}`,
          );
        break;
      }
    }
    return buf.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
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

/**
 * Decode a file for analysis, or throw an InputError whose message names the problem. `removed` counts
 * the stray control characters taken out of the text.
 */
export function decodeInput(
  buf: Uint8Array,
  name: string,
  maxBytes = MAX_INPUT_BYTES,
): { kind: DocumentKind; content: string; removed: number } {
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
  const clean = removeControlCharacters(content);
  return { kind: sniffKind(name, clean.text), content: clean.text, removed: clean.removed };
}
