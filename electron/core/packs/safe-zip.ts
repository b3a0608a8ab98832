/**
 * Reading a zip that came from anywhere, refusing what is dangerous BEFORE anything is inflated.
 *
 * fflate inflates well but trusts a zip's directory (its unzip allocates the declared size and stops
 * there silently). So the directory is read here, by hand, and every entry is checked first: names
 * (no absolute paths, no `..`, no backslashes, no duplicates even by letter case), methods (stored or
 * deflate; no encryption, no zip64, no multi-disk), declared sizes against the limits and the compression
 * ratio, entries that overlap (the "overlapping files" zip bomb), and data that runs past the file (a
 * truncated download). Only then is an entry inflated — in small pushes, stopping the moment it produces
 * more than it declared — and its CRC-32 and real size compared with the directory.
 *
 * Pure and synchronous (bytes in, bytes out), so it can run in a worker thread.
 */
import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';

export interface ZipLimits {
  fileBytes: number;
  entries: number;
  /** The largest inflated size of any one entry (a caller may ask less of a given entry). */
  entryBytes: number;
  totalBytes: number;
  ratio: number;
  ratioFloorBytes: number;
  nameLength: number;
}

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Where the entry's compressed data starts in the file. */
  dataOffset: number;
}

/** A zip refused: `message` says what is wrong, for people. */
export class ZipRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipRefusal';
  }
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const INFLATE_PUSH = 4096;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function mib(n: number): string {
  return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
}

/** Finds the end-of-central-directory record, searching back over a possible comment. */
function findEocd(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === SIG_EOCD && at + EOCD_SIZE + view.getUint16(at + 20, true) === bytes.length) return at;
  }
  return -1;
}

/** Why an entry name is unsafe to honour, or null when it is a plain relative path. */
export function unsafeNameReason(name: string, maxLength: number): string | null {
  if (name.length === 0) return 'an entry has an empty name';
  if (name.length > maxLength) return `an entry name is longer than ${maxLength} characters`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a name must not hold
  if (/[\u0000-\u001f\u007f]/.test(name)) return `the entry name "${JSON.stringify(name).slice(1, -1)}" holds control characters`;
  if (name.includes('\\')) return `the entry name "${name}" uses backslashes (a Windows path)`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return `the entry "${name}" has an absolute path`;
  if (name.split('/').some((part) => part === '..')) return `the entry "${name}" points outside the pack (path traversal)`;
  if (name.split('/').some((part) => part === '.' || (part === '' && !name.endsWith('/'))))
    return `the entry name "${name}" is not a plain path`;
  return null;
}

/**
 * Reads and checks a zip's directory. Throws ZipRefusal naming the first problem; inflates nothing.
 * Folder entries (names ending in "/", size 0) are checked and dropped.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  if (bytes.length > limits.fileBytes)
    throw new ZipRefusal(`the file is ${mib(bytes.length)}; a pack may be at most ${mib(limits.fileBytes)}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const startsLikeZip = bytes.length >= 4 && view.getUint32(0, true) === SIG_LOCAL;
  const eocd = bytes.length >= EOCD_SIZE ? findEocd(bytes, view) : -1;
  if (eocd < 0)
    throw new ZipRefusal(
      startsLikeZip
        ? 'the pack is cut short (its zip directory at the end is missing): copy the file again'
        : 'this is not a lesson pack (not a zip file)',
    );
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === SIG_ZIP64_LOCATOR)
    throw new ZipRefusal('the pack uses zip64, which lesson packs never need');
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const onDisk = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count)
    throw new ZipRefusal('the pack is split over several files (a multi-part zip)');
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw new ZipRefusal('the pack uses zip64, which lesson packs never need');
  if (count > limits.entries) throw new ZipRefusal(`the pack has ${count} entries; at most ${limits.entries} are allowed`);
  if (cdOffset + cdSize > eocd) throw new ZipRefusal('the pack is cut short or damaged (its directory points past the file)');

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  const ranges: Array<[number, number, string]> = [];
  let total = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > cdOffset + cdSize || view.getUint32(at, true) !== SIG_CENTRAL)
      throw new ZipRefusal('the pack is damaged (its directory does not hold the entries it declares)');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const next = at + CENTRAL_SIZE + nameLen + extraLen + commentLen;
    if (next > cdOffset + cdSize) throw new ZipRefusal('the pack is damaged (an entry runs past its directory)');
    let name: string;
    try {
      name = utf8.decode(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLen));
    } catch {
      throw new ZipRefusal('an entry name is not valid UTF-8');
    }
    at = next;

    const unsafe = unsafeNameReason(name, limits.nameLength);
    if (unsafe) throw new ZipRefusal(unsafe);
    // Case-folded: on Windows and macOS "Manifest.json" and "manifest.json" are one file.
    const key = name.normalize('NFC').toLowerCase();
    if (seen.has(key)) throw new ZipRefusal(`the entry "${name}" appears twice`);
    seen.add(key);
    if (flags & 0x1) throw new ZipRefusal(`the entry "${name}" is encrypted`);
    if (method !== 0 && method !== 8)
      throw new ZipRefusal(`the entry "${name}" uses compression method ${method} (only stored and deflate are read)`);
    if (compressedSize === 0xffffffff || size === 0xffffffff)
      throw new ZipRefusal('the pack uses zip64, which lesson packs never need');
    if (size > limits.entryBytes)
      throw new ZipRefusal(
        `the entry "${name}" would inflate to ${mib(size)}; an entry may be at most ${mib(limits.entryBytes)}`,
      );
    if (method === 0 && compressedSize !== size)
      throw new ZipRefusal(`the entry "${name}" is stored but declares two different sizes`);
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.ratio)
      throw new ZipRefusal(
        `the entry "${name}" would inflate ${Math.round(size / Math.max(1, compressedSize))} times its size; at most ${limits.ratio} is allowed (a zip bomb?)`,
      );
    total += size;
    if (total > limits.totalBytes)
      throw new ZipRefusal(`the pack would inflate to more than ${mib(limits.totalBytes)} in all (a zip bomb?)`);

    // The local header must agree with the directory, and the data must lie inside the file.
    if (localOffset + LOCAL_SIZE > cdOffset || view.getUint32(localOffset, true) !== SIG_LOCAL)
      throw new ZipRefusal(`the pack is cut short or damaged (the data of "${name}" is missing)`);
    const localNameLen = view.getUint16(localOffset + 26, true);
    const localExtraLen = view.getUint16(localOffset + 28, true);
    const localName = bytes.subarray(localOffset + LOCAL_SIZE, localOffset + LOCAL_SIZE + localNameLen);
    if (localNameLen !== nameLen || utf8.decode(localName) !== name)
      throw new ZipRefusal(`the pack is damaged (the entry "${name}" is named differently inside)`);
    const dataOffset = localOffset + LOCAL_SIZE + localNameLen + localExtraLen;
    if (dataOffset + compressedSize > cdOffset)
      throw new ZipRefusal(`the pack is cut short or damaged (the data of "${name}" runs past the file)`);
    ranges.push([localOffset, dataOffset + compressedSize, name]);

    if (name.endsWith('/')) {
      if (size !== 0) throw new ZipRefusal(`the folder entry "${name}" holds data`);
      continue;
    }
    entries.push({ name, method: method as 0 | 8, crc32: crc, compressedSize, size, dataOffset });
  }
  // Two entries sharing bytes is how the "overlapping files" bomb multiplies one compressed block.
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++)
    if (ranges[i]![0] < ranges[i - 1]![1])
      throw new ZipRefusal(`the entries "${ranges[i - 1]![2]}" and "${ranges[i]![2]}" overlap (a zip bomb?)`);
  return entries;
}

/**
 * Inflates one checked entry, never producing more than it declared (nor more than `maxBytes`), then
 * compares its real size and CRC-32 with the directory.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number = entry.size): Uint8Array {
  if (entry.size > maxBytes)
    throw new ZipRefusal(`the entry "${entry.name}" is ${mib(entry.size)}; at most ${mib(maxBytes)} is allowed`);
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else {
    out = new Uint8Array(entry.size);
    let filled = 0;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      if (filled + chunk.length > entry.size)
        throw new ZipRefusal(`the entry "${entry.name}" inflates to more than the ${entry.size} bytes it declares (a zip bomb?)`);
      out.set(chunk, filled);
      filled += chunk.length;
      if (final) ended = true;
    });
    try {
      for (let i = 0; i < data.length; i += INFLATE_PUSH)
        inflater.push(data.subarray(i, i + INFLATE_PUSH), i + INFLATE_PUSH >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ZipRefusal) throw err;
      throw new ZipRefusal(`the entry "${entry.name}" is damaged (${(err as Error).message})`);
    }
    if (!ended || filled !== entry.size)
      throw new ZipRefusal(`the entry "${entry.name}" inflates to ${filled} bytes, not the ${entry.size} it declares`);
  }
  if (crc32(out) >>> 0 !== entry.crc32 >>> 0)
    throw new ZipRefusal(`the entry "${entry.name}" is damaged (its checksum does not match)`);
  return out;
}
