/**
 * Pure parts of `npm run rebuild:electron` (rebuild-electron-sqlite.ts): the node-gyp command line, the
 * environment it runs in, and the check that what came out really is for Electron's ABI.
 *
 * Why the environment matters: when run through npm, npm exports its settings as npm_config_* variables
 * and node-gyp reads them. A `nodedir` setting (this machine's ~/.npmrc has `nodedir=/usr`) makes
 * node-gyp use that folder's Node headers and ignore --target/--dist-url, so the build "succeeds" for
 * Node's ABI. Those variables are removed, and the result is checked anyway (judgeAbiProbe).
 */
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

export function nodeGypArgs(electronVersion: string, arch: string): string[] {
  return [
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    '--runtime=electron',
  ];
}

/** npm_config_* settings that would override the target headers or runtime given on the command line. */
const OVERRIDING_SETTINGS = new Set(['nodedir', 'target', 'runtime', 'disturl', 'dist_url', 'dist-url', 'build_from_source']);

export function cleanGypEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const match = /^npm_config_(.+)$/i.exec(key);
    if (match?.[1] !== undefined && OVERRIDING_SETTINGS.has(match[1].toLowerCase())) continue;
    clean[key] = value;
  }
  return clean;
}

/** Headers for this Electron version; fetched first so a machine without access fails in seconds. */
export function headersProbeUrl(electronVersion: string): string {
  return `${ELECTRON_HEADERS_URL}/v${electronVersion}/SHASUMS256.txt`;
}

export type AbiJudgement = { ok: true } | { ok: false; reason: string };

/**
 * Plain Node is asked to load the new .node file. It must REFUSE, naming Electron's module version:
 * a module that loads in Node was built for Node's ABI, which is the silent failure described above.
 */
export function judgeAbiProbe(probe: { loaded: boolean; error?: string }, expectedAbi: string): AbiJudgement {
  if (probe.loaded) {
    return { ok: false, reason: "the module loads in plain Node, so it was built for Node's ABI, not Electron's" };
  }
  const found = /NODE_MODULE_VERSION (\d+)/.exec(probe.error ?? '')?.[1];
  if (found === undefined) {
    return { ok: false, reason: `could not tell which ABI it was built for: ${probe.error ?? 'no error message'}` };
  }
  if (found !== expectedAbi.trim()) {
    return { ok: false, reason: `it was built for NODE_MODULE_VERSION ${found}, but Electron needs ${expectedAbi.trim()}` };
  }
  return { ok: true };
}
