/**
 * The teacher PIN as the renderer checks it before sending: the same rule as the backend (4–20 digits),
 * so a typo is named at once instead of counting as a wrong guess towards the lockout.
 */
export const PIN_MIN = 4;
export const PIN_MAX = 20;
const PIN_RULE = new RegExp(`^[0-9]{${PIN_MIN},${PIN_MAX}}$`);

export type PinCheck = { ok: true; pin: string } | { ok: false; field: 'pin' | 'again'; message: string };

function checkFormat(pin: string): string | null {
  if (pin === '') return 'Type the PIN.';
  if (!/^[0-9]*$/.test(pin)) return 'A teacher PIN has digits only (0–9).';
  if (!PIN_RULE.test(pin)) return `A teacher PIN is ${PIN_MIN} to ${PIN_MAX} digits.`;
  return null;
}

/** Choosing a PIN: typed twice, both the same. */
export function checkNewPin(pin: string, again: string): PinCheck {
  const problem = checkFormat(pin);
  if (problem) return { ok: false, field: 'pin', message: problem };
  if (again === '') return { ok: false, field: 'again', message: 'Type the PIN a second time.' };
  if (again !== pin) return { ok: false, field: 'again', message: 'The two PINs are not the same. Type it again.' };
  return { ok: true, pin };
}

/** Entering the PIN to unlock. */
export function checkPinEntry(pin: string): PinCheck {
  const problem = checkFormat(pin);
  return problem ? { ok: false, field: 'pin', message: problem } : { ok: true, pin };
}

/**
 * The backend prefixes schema messages with the field's path ("title: Give the lesson a title.");
 * beside the field itself the path is noise.
 */
export function withoutFieldPath(message: string): string {
  return message.replace(/^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*: /, '');
}

/** Shown on the PIN screen when a teacher call found the area locked (20 minutes without use). */
export const LAPSED_NOTICE =
  'The teacher area is locked again: it locks itself after 20 minutes without use. Enter the teacher PIN to go on.';
