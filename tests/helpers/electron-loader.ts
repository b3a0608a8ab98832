/**
 * A module hook for tests of the Electron wiring (tests/unit/electron-wiring.test.ts): the specifier
 * "electron" resolves to the stand-in in electron-stand-in.ts, so the real wiring modules of
 * electron/main (security.ts, ipc.ts, protocol.ts) load and run in plain Node.
 */
interface ResolveResult {
  url: string;
  shortCircuit?: boolean;
}
type NextResolve = (specifier: string, context: unknown) => Promise<ResolveResult>;

export async function resolve(specifier: string, context: unknown, next: NextResolve): Promise<ResolveResult> {
  if (specifier === 'electron') return { url: new URL('./electron-stand-in.js', import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}
