/**
 * The teacher PIN: stored only as a salted scrypt hash, compared in constant time. A PIN is short, so
 * the hash is deliberately slow (~50 ms) and wrong guesses are rate-limited by the teacher service.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export const PIN_PATTERN = /^[0-9]{4,12}$/;
const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 } as const;

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** False for a wrong PIN and for a stored value that is not a hash this code wrote (never throws). */
export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  try {
    const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
