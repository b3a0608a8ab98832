/**
 * Who may talk to the browser host. Pure functions, unit-tested: the host binds 127.0.0.1 only, and on
 * top of that refuses requests that name another Host (DNS rebinding), come from another Origin (a web
 * page the student visits calling our port), or lack the per-run token (another local program).
 */
import { timingSafeEqual } from 'node:crypto';

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader !== undefined && allowedHosts(port).includes(hostHeader.toLowerCase());
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
