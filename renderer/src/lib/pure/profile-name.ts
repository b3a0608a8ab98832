/**
 * The display-name rule the profile form checks before calling the backend (which checks it again):
 * trimmed, 1–40 characters. Checking here too lets the form say what is wrong without a round trip.
 */
export const PROFILE_NAME_MAX = 40;

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

export function checkProfileName(raw: string): NameCheck {
  const name = raw.trim();
  if (name.length === 0) return { ok: false, message: 'Type a name first.' };
  // Counted in characters as a person sees them, so an accented name or an emoji counts as one each.
  if ([...name].length > PROFILE_NAME_MAX) {
    return { ok: false, message: `A name can have at most ${PROFILE_NAME_MAX} characters.` };
  }
  return { ok: true, name };
}
