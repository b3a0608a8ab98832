/**
 * Who may talk to the browser host. Pure functions, unit-tested: the host binds 127.0.0.1 only, and on
 * top of that refuses requests that name another Host (DNS rebinding), come from another Origin (a web
 * page the student visits calling our port), or lack the per-run token (another local program).
 */
import { timingSafeEqual } from 'node:crypto';

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * `hostHeader` as Node gives it in `req.headersDistinct` (every value), or one value. More than one Host
 * header is refused: Node keeps the first for `req.headers.host`, while a proxy or cache in front might
 * act on another, which is how such requests smuggle past a Host check.
 */
export function isAllowedHost(hostHeader: string | readonly string[] | undefined, port: number): boolean {
  const values = typeof hostHeader === 'string' ? [hostHeader] : (hostHeader ?? []);
  return values.length === 1 && allowedHosts(port).includes(values[0]!.toLowerCase());
}

/** Browsers always send Origin on a POST from fetch; a missing Origin is refused for API calls. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  return originHeader !== undefined && allowedHosts(port).some((h) => originHeader.toLowerCase() === `http://${h}`);
}

export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
