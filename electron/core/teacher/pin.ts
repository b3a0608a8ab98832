/**
 * The teacher PIN: stored only as a salted scrypt hash, compared in constant time. A PIN is short, so
 * the hash is deliberately slow (~50 ms) and wrong guesses are rate-limited by the teacher service.
 */
import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';

export const PIN_MIN_DIGITS = 4;
/** Long PINs are welcome: the longer, the longer guessing takes. */
export const PIN_MAX_DIGITS = 20;
export const PIN_PATTERN = new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`);
export const PIN_RULE = `A PIN is ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits.`;

// No 0/O, 1/I/L: a code copied by hand from the screen must be read back without doubt.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A recovery code: 15 random characters (~74 bits) in three groups, e.g. "K7QM2-XW9RT-4HNPA". */
export function newRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    let group = '';
    for (let i = 0; i < 5; i++) group += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** The code as typed back: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}
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
