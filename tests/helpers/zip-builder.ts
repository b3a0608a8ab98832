/**
 * Builds zip files byte by byte for the pack refusal tests, including ones no honest zip library would
 * write: sizes and checksums that lie, names with `..`, entries that share bytes. Each entry may override
 * what its headers declare; by default they tell the truth.
 */
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** 8 (deflate, default) or 0 (stored), or any number to test refusals. */
  method?: number;
  /** Bytes written as the entry's compressed data (default: the data deflated or stored). */
  compressed?: Uint8Array;
  declaredSize?: number;
  declaredCrc?: number;
  flags?: number;
  /**
   * Write no local record of its own: the directory points `delta` bytes into entry #`entry`'s local
   * record instead (where a test has embedded one, see `localRecord`).
   */
  localAt?: { entry: number; delta: number };
}

const bytesOf = (d: Uint8Array | string) => (typeof d === 'string' ? new TextEncoder().encode(d) : d);

/** One local file record: header, name, the (already compressed) data. */
export function localRecord(
  entryName: string,
  compressed: Uint8Array,
  h: { method: number; crc: number; size: number; flags?: number },
): Uint8Array {
  const name = new TextEncoder().encode(entryName);
  const local = new Uint8Array(30 + name.length + compressed.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, h.flags ?? 0x800, true);
  lv.setUint16(8, h.method, true);
  lv.setUint32(14, h.crc, true);
  lv.setUint32(18, compressed.length, true);
  lv.setUint32(22, h.size, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  local.set(compressed, 30 + name.length);
  return local;
}

export function buildZip(entries: RawEntry[], options: { comment?: string } = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = bytesOf(e.data);
    const method = e.method ?? 8;
    const compressed = e.compressed ?? (method === 0 ? data : deflateSync(data));
    const name = new TextEncoder().encode(e.name);
    const crc = e.declaredCrc ?? crc32(data);
    const size = e.declaredSize ?? data.length;
    const local = localRecord(e.name, compressed, { method, crc, size, flags: e.flags ?? 0x800 });
    offsets.push(offset);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, e.flags ?? 0x800, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, compressed.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, e.localAt === undefined ? offset : offsets[e.localAt.entry]! + e.localAt.delta, true);
    central.set(name, 46);
    if (e.localAt === undefined) {
      locals.push(local);
      offset += local.length;
    }
    centrals.push(central);
  }
  const comment = new TextEncoder().encode(options.comment ?? '');
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22 + comment.length);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  ev.setUint16(20, comment.length, true);
  eocd.set(comment, 22);
  const out = new Uint8Array(offset + cdSize + eocd.length);
  let at = 0;
  for (const part of [...locals, ...centrals, eocd]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
