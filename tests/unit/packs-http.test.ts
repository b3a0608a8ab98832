/**
 * A pack as large as packs may be travels through the browser host's HTTP bridge (base64 inside the
 * bridge's request limit) and imports; one byte more is refused by the input schema with the limit named.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startWebHost, type WebHost } from '../../electron/web/web-host.js';
import { API_PREFIX, MAX_BODY_BYTES, SESSION_HEADER, TOKEN_HEADER } from '../../electron/shared/web-bridge.js';
import { MAX_PACK_FILE_BYTES, type Envelope, type JobInfo, type PackImportResult } from '../../electron/shared/contract.js';
import { buildZip } from '../helpers/zip-builder.js';
import { manifestEntry, packParts, seedAs } from '../helpers/pack-fixtures.js';
import { tempDir } from '../helpers/temp-dir.js';

let host: WebHost;
const dir = tempDir();
const session = `tab-${randomBytes(8).toString('hex')}`;
before(async () => {
  host = await startWebHost({ dbPath: path.join(dir, 'web.sqlite'), rendererDir: dir, log: () => {} });
});
after(() => host.close());

async function api<T>(channel: string, body: unknown): Promise<Envelope<T> & { status: number }> {
  const origin = `http://127.0.0.1:${host.port}`;
  const res = await fetch(`${origin}${API_PREFIX}${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, [TOKEN_HEADER]: host.token, [SESSION_HEADER]: session },
    body: JSON.stringify(body),
  });
  return { ...((await res.json()) as Envelope<T>), status: res.status };
}

/** A valid pack padded to exactly `size` bytes with a stored entry the manifest does not name. */
function packOfSize(size: number): Uint8Array {
  const { manifest, entries } = packParts([seedAs('http-lesson', 1)]);
  const base = buildZip([manifestEntry(manifest), ...entries, { name: 'pad', data: new Uint8Array(0), method: 0 }]);
  return buildZip([manifestEntry(manifest), ...entries, { name: 'pad', data: randomBytes(size - base.length), method: 0 }]);
}

test('the largest pack allowed fits the bridge, and imports through it', async () => {
  assert.ok(Math.ceil(MAX_PACK_FILE_BYTES / 3) * 4 + 1000 < MAX_BODY_BYTES);
  assert.equal((await api('teacher:set-pin', { pin: '2468' })).ok, true);
  const bytes = packOfSize(MAX_PACK_FILE_BYTES);
  assert.equal(bytes.length, MAX_PACK_FILE_BYTES);
  const started = await api<JobInfo>('packs:import', { fileName: 'big.swpack', base64: Buffer.from(bytes).toString('base64') });
  assert.ok(started.ok, JSON.stringify(started));
  let info: JobInfo;
  do info = ((await api<JobInfo>('jobs:status', { jobId: started.value.id })) as { value: JobInfo }).value;
  while (info.state === 'running');
  assert.equal(info.state, 'done', JSON.stringify(info.error));
  assert.deepEqual((info.result as PackImportResult).stored, [{ id: 'http-lesson', version: 1 }]);

  const tooBig = await api('packs:import', {
    fileName: 'big.swpack',
    base64: Buffer.from(packOfSize(MAX_PACK_FILE_BYTES + 3)).toString('base64'),
  });
  assert.deepEqual(
    [tooBig.ok, tooBig.ok ? '' : tooBig.error.message],
    [false, 'base64: The pack file is too large (4 MB at most).'],
  );
});
