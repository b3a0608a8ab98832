/**
 * Where an Electron-ABI build of better-sqlite3 lives, beside (not instead of) the Node-ABI build in
 * node_modules/better-sqlite3/build that `npm test` and `npm run web` load. `npm run rebuild:electron`
 * (electron/cli/rebuild-electron-sqlite.ts) writes it; the shell passes it to better-sqlite3 as
 * `nativeBinding` when it exists. Pure apart from the `exists` callback; no Electron import.
 */
import path from 'node:path';

export const ELECTRON_NATIVE_BINDING_SEGMENTS = ['build', 'native', 'electron', 'better_sqlite3.node'] as const;

export function electronNativeBindingPath(projectRoot: string): string {
  return path.join(projectRoot, ...ELECTRON_NATIVE_BINDING_SEGMENTS);
}

/**
 * In a packaged app the project root is inside `app.asar`, but a native module must be a real file on
 * disk to be loaded: electron-builder's `asarUnpack` puts every *.node file under `app.asar.unpacked`.
 */
export function unpackedAsarPath(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** The binding to pass to better-sqlite3, or undefined to let it load its own (Node-ABI) build. */
export function chooseNativeBinding(projectRoot: string, exists: (file: string) => boolean): string | undefined {
  const candidate = unpackedAsarPath(electronNativeBindingPath(projectRoot));
  return exists(candidate) ? candidate : undefined;
}
