/**
 * Every way a lesson pack is refused by `readPack` (the pure check behind preview and import), each with
 * a message naming the file and the problem. The zips are built byte by byte (tests/helpers/zip-builder)
 * so that their headers can lie; a test that the import then leaves the database unchanged is in
 * tests/db/packs.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crc32 } from 'node:zlib';
import { createHash, randomBytes } from 'node:crypto';
import { deflateSync, zipSync, strToU8 } from 'fflate';
import { readPack } from '../../electron/core/packs/read-pack.js';
import { LESSON_FORMAT } from '../../electron/core/lesson/lesson-schema.js';
import { MANIFEST_NAME, PACK_LIMITS } from '../../electron/core/packs/pack-format.js';
import { AppError } from '../../electron/core/app-error.js';
import { buildZip, localRecord, type RawEntry } from '../helpers/zip-builder.js';
import { canonical, manifestEntry, packParts, SEED_LESSON, seedAs } from '../helpers/pack-fixtures.js';

const FILE = 'class-7b.swpack';

function refused(bytes: Uint8Array, pattern: RegExp): void {
  assert.throws(
    () => readPack({ bytes, fileName: FILE }),
    (err: unknown) => {
      assert.ok(err instanceof AppError, `expected an AppError, got ${String(err)}`);
      assert.equal(err.code, 'bad_file');
      assert.ok(err.message.startsWith(`${FILE}: `), err.message);
      assert.match(err.message, pattern);
      return true;
    },
  );
}

function validZip(): Uint8Array {
  const { manifest, entries } = packParts([SEED_LESSON]);
  return buildZip([manifestEntry(manifest), ...entries]);
}

test('a valid pack built by hand reads back with its lesson verified', () => {
  const pack = readPack({ bytes: validZip(), fileName: FILE });
  assert.equal(pack.lessons.length, 1);
  assert.deepEqual([pack.lessons[0]!.id, pack.lessons[0]!.sha256], [SEED_LESSON.id, canonical(SEED_LESSON).sha256]);
  assert.equal(pack.lessons[0]!.json, canonical(SEED_LESSON).json);
});

test('not a zip at all', () => {
  refused(new TextEncoder().encode('{"kind":"sourcewise-lesson-pack"}'), /not a lesson pack \(not a zip file\)/);
  refused(new Uint8Array(0), /not a zip file/);
  refused(randomBytes(5000), /not a zip file/);
});

test('a truncated pack (cut short in transfer) at any length', () => {
  const bytes = validZip();
  refused(bytes.subarray(0, Math.floor(bytes.length / 2)), /cut short/);
  refused(bytes.subarray(0, bytes.length - 1), /cut short/);
  // Directory kept, data of an entry lost: the EOCD survives but points at bytes that are gone.
  const { manifest, entries } = packParts([SEED_LESSON]);
  const whole = buildZip([manifestEntry(manifest), ...entries]);
  const chopped = new Uint8Array(whole.length - 100);
  chopped.set(whole.subarray(0, 200));
  chopped.set(whole.subarray(300), 200);
  refused(chopped, /cut short|damaged/);
});

test('a lesson changed after export (its hash no longer matches the manifest)', () => {
  const { manifest, entries } = packParts([SEED_LESSON]);
  const tampered = entries[0]!.data.toString().replace('"label":"quoted"', '"label":"reported"');
  assert.notEqual(tampered, entries[0]!.data);
  refused(buildZip([manifestEntry(manifest), { ...entries[0]!, data: tampered }]), /does not match its hash in manifest\.json/);
});

test('damaged bytes inside an entry (checksum mismatch)', () => {
  const { manifest, entries } = packParts([SEED_LESSON]);
  refused(buildZip([manifestEntry(manifest), { ...entries[0]!, declaredCrc: 12345 }]), /checksum does not match/);
});

test('zip bomb: an entry that inflates to more than it declares is stopped while inflating', () => {
  const { manifest, entries } = packParts([SEED_LESSON]);
  const huge = new Uint8Array(50 * 1024 * 1024); // 50 MB of zeros, about 50 KB deflated
  refused(
    buildZip([manifestEntry(manifest), { ...entries[0]!, data: huge, declaredSize: 40_000 }]),
    /inflates to more than the 40000 bytes it declares/,
  );
});

test('zip bomb: an entry that inflates to less than it declares', () => {
  const { manifest, entries } = packParts([SEED_LESSON]);
  refused(buildZip([manifestEntry(manifest), { ...entries[0]!, declaredSize: 60_000 }]), /inflates to \d+ bytes, not the 60000/);
});

test('zip bomb: the compression ratio is refused from the directory, before inflating', () => {
  // The "compressed" bytes are random, not deflate at all: the refusal proves nothing was inflated.
  const entry: RawEntry = { name: 'lessons/x.v1.json', data: '', compressed: randomBytes(10_000), declaredSize: 4_000_000 };
  const { manifest } = packParts([SEED_LESSON]);
  refused(buildZip([manifestEntry(manifest), entry]), /would inflate 400 times its size; at most 100/);
});

test('zip bomb: one entry declared over the size limit, and the total over its limit', () => {
  const { manifest } = packParts([SEED_LESSON]);
  refused(
    buildZip([
      manifestEntry(manifest),
      { name: 'a.json', data: '', compressed: randomBytes(100_000), declaredSize: 6 * 1024 * 1024 },
    ]),
    /would inflate to 6 MB; an entry may be at most 5 MB/,
  );
  const many: RawEntry[] = Array.from({ length: 17 }, (_, i) => ({
    name: `extra/${i}.json`,
    data: '',
    compressed: randomBytes(50_000),
    declaredSize: 4 * 1024 * 1024,
  }));
  refused(buildZip([manifestEntry(manifest), ...many]), /would inflate to more than 64 MB in all/);
});

test('too many entries, counted from the directory', () => {
  const entries: RawEntry[] = Array.from({ length: PACK_LIMITS.entries + 1 }, (_, i) => ({ name: `f${i}`, data: 'x' }));
  refused(buildZip(entries), /has 502 entries; at most 501/);
});

test('entries that share bytes (the overlapping-files zip bomb)', () => {
  const inner = strToU8('{"a":1}');
  const embedded = localRecord('lessons/b.json', deflateSync(inner), { method: 8, crc: crc32(inner), size: inner.length });
  const { manifest } = packParts([SEED_LESSON]);
  refused(
    buildZip([
      manifestEntry(manifest),
      { name: 'lessons/a.json', data: embedded, method: 0 },
      { name: 'lessons/b.json', data: inner, localAt: { entry: 1, delta: 30 + 'lessons/a.json'.length } },
    ]),
    /"lessons\/a\.json" and "lessons\/b\.json" overlap/,
  );
});

test('path traversal and absolute paths in entry names', () => {
  const { manifest, entries } = packParts([SEED_LESSON]);
  const withName = (name: string) => buildZip([manifestEntry(manifest), ...entries, { name, data: '{}' }]);
  refused(withName('../../.bashrc'), /points outside the pack \(path traversal\)/);
  refused(withName('lessons/../../evil.json'), /path traversal/);
  refused(withName('/etc/passwd'), /absolute path/);
  refused(withName('C:/Windows/evil.json'), /absolute path/);
  refused(withName('..\\evil.json'), /backslashes/);
  refused(withName('lessons/\u0000x.json'), /control characters/);
  refused(withName('lessons//x.json'), /not a plain path/);
});

test('duplicate entries, also by letter case', () => {
  const { manifest, entries } = packParts([SEED_LESSON]);
  refused(
    buildZip([manifestEntry(manifest), ...entries, manifestEntry({ ...manifest, lessons: [] })]),
    /"manifest\.json" appears twice/,
  );
  refused(
    buildZip([manifestEntry(manifest), ...entries, { ...entries[0]!, name: entries[0]!.name.toUpperCase() }]),
    /appears twice/,
  );
});

test('a pack from a newer format, or needing a feature this build lacks, says to update', () => {
  const { manifest, entries } = packParts([SEED_LESSON]);
  refused(
    buildZip([manifestEntry({ ...manifest, format: 2, lessons: 'whatever a later format holds' }), ...entries]),
    /format 2 by a newer Sourcewise.*update Sourcewise/,
  );
  refused(
    buildZip([manifestEntry({ ...manifest, requires: ['exercise-kind:debate'] }), ...entries]),
    /needs features .*exercise-kind:debate.*update Sourcewise/,
  );
  // One above the lesson format this build reads (after the merge with the exercises work, that is 3).
  const newer = LESSON_FORMAT + 1;
  const lessons = (manifest.lessons as Array<Record<string, unknown>>).map((l) => ({ ...l, lessonFormat: newer }));
  refused(
    buildZip([manifestEntry({ ...manifest, lessons }), ...entries]),
    new RegExp(`lesson format ${newer}, newer than this Sourcewise reads`),
  );
});

test('unknown optional manifest fields and unnamed entries are ignored (room to grow)', () => {
  const { manifest, entries } = packParts([SEED_LESSON], { teacherNote: 'for Monday', resultsPolicy: { anonymous: true } });
  const bytes = buildZip([
    manifestEntry(manifest),
    ...entries,
    { name: 'later/thumbnails.bin', data: '', compressed: randomBytes(10), method: 0, declaredSize: 10 },
  ]);
  assert.equal(readPack({ bytes, fileName: FILE }).lessons.length, 1);
});

test('a lesson that does not match the lesson schema is refused with the field named', () => {
  const broken = structuredClone(SEED_LESSON) as unknown as { passages: Array<Record<string, unknown>> };
  broken.passages[3]!.label = 'opinion';
  const json = JSON.stringify(broken);
  const { manifest, entries } = packParts([SEED_LESSON]);
  const lessons = (manifest.lessons as Array<Record<string, unknown>>).map((l) => ({
    ...l,
    sha256: createHash('sha256').update(json).digest('hex'),
  }));
  refused(
    buildZip([manifestEntry({ ...manifest, lessons }), { ...entries[0]!, data: json }]),
    /invalid lesson — passages\[3\]\.label/,
  );
});

test('a manifest that does not match its schema is refused with the field named', () => {
  const { manifest, entries } = packParts([SEED_LESSON]);
  const lessons = (manifest.lessons as Array<Record<string, unknown>>).map((l) => ({ ...l, sha256: 'abc' }));
  refused(buildZip([manifestEntry({ ...manifest, lessons }), ...entries]), /manifest\.json is invalid — lessons\[0\]\.sha256/);
  refused(buildZip([manifestEntry({ ...manifest, kind: 'something-else' }), ...entries]), /not a Sourcewise lesson pack/);
  refused(buildZip([{ name: MANIFEST_NAME, data: '{not json' }, ...entries]), /manifest\.json is not valid JSON/);
  refused(buildZip(entries), /has no manifest\.json/);
});

test('a huge manifest is refused from its declared size, before inflating', () => {
  const { entries } = packParts([SEED_LESSON]);
  refused(
    buildZip([{ name: MANIFEST_NAME, data: '', compressed: randomBytes(100_000), declaredSize: 2 * 1024 * 1024 }, ...entries]),
    /manifest\.json is 2097152 bytes; at most 1048576/,
  );
});

test('the manifest and its lessons must agree: missing entries, another lesson inside, duplicate ids', () => {
  const { manifest, entries } = packParts([SEED_LESSON]);
  refused(
    buildZip([manifestEntry(manifest)]),
    new RegExp(`entry "lessons/doha-ceasefire-live\\.v${SEED_LESSON.version}\\.json" of lesson "doha-ceasefire-live" is missing`),
  );
  const other = seedAs('other-lesson', 1);
  const { json, sha256 } = canonical(other);
  const lessons = (manifest.lessons as Array<Record<string, unknown>>).map((l) => ({ ...l, sha256 }));
  refused(
    buildZip([manifestEntry({ ...manifest, lessons }), { ...entries[0]!, data: json }]),
    new RegExp(
      `holds lesson "other-lesson" version 1, but manifest\\.json says "doha-ceasefire-live" version ${SEED_LESSON.version}`,
    ),
  );
  const twice = [...(manifest.lessons as unknown[]), ...(manifest.lessons as unknown[])];
  refused(buildZip([manifestEntry({ ...manifest, lessons: twice }), ...entries]), /lists lesson "doha-ceasefire-live" twice/);
});

test('encrypted entries and other compression methods are refused', () => {
  const { manifest, entries } = packParts([SEED_LESSON]);
  refused(buildZip([manifestEntry(manifest), { ...entries[0]!, flags: 0x801 }]), /is encrypted/);
  refused(buildZip([manifestEntry(manifest), { ...entries[0]!, method: 12 }]), /compression method 12/);
});

test('a pack written by fflate itself (another zip writer) reads', () => {
  const { manifest, entries } = packParts([SEED_LESSON]);
  const files = Object.fromEntries([
    [MANIFEST_NAME, strToU8(JSON.stringify(manifest))],
    ...entries.map((e) => [e.name, strToU8(String(e.data))]),
  ]);
  assert.equal(readPack({ bytes: zipSync(files, { level: 9 }), fileName: FILE }).lessons.length, 1);
});
