/**
 * How long to wait after wrong teacher PINs: the first few are free (typos), then the wait doubles with
 * each further wrong PIN up to a ceiling. The ceiling is what keeps the teacher in: however many wrong
 * PINs a student types, the right PIN works again at most MAX_DELAY_MS after the last one, and it clears
 * the count. Guessing stays slow: at one guess per MAX_DELAY_MS a 6-digit PIN takes years on average.
 */
export const FREE_FAILURES = 3;
export const FIRST_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 120_000;

/** The wait imposed after `failures` wrong PINs in a row. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(30, failures - FREE_FAILURES - 1));
}

/**
 * Milliseconds still to wait now; never more than the ceiling. (A clock set back, now before the last
 * failure, is handled by the caller moving the last failure to now: see TeacherLockRepository.current.)
 */
export function remainingWait(failures: number, lastFailureAt: number, now: number): number {
  const delay = delayAfter(failures);
  const elapsed = Math.max(0, now - lastFailureAt);
  return Math.max(0, Math.min(delay, delay - elapsed));
}
