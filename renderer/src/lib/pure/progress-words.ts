/** Plain words for the student's "My progress" screen and the teacher's report: d′/c and calibration. */
import { ENOUGH_DECISIONS } from '../../../../electron/shared/contract/results.js';

export function discernmentWords(d: { dPrime: number; c: number } | null, decisions: number): string {
  if (!d)
    return (
      `Not enough answers yet to say how well you tell facts from the rest: that takes at least ${ENOUGH_DECISIONS.total} ` +
      `clear fact-or-not passages, ${ENOUGH_DECISIONS.each} or more of them reported facts and ${ENOUGH_DECISIONS.each} or more ` +
      `something else (you have answered ${decisions} such passages so far).`
    );
  const telling =
    d.dPrime >= 2
      ? 'You tell reported facts from everything else very well'
      : d.dPrime >= 1
        ? 'You tell reported facts from everything else fairly well'
        : d.dPrime > 0
          ? 'You are starting to tell reported facts from the rest'
          : 'So far you do not tell reported facts from the rest better than guessing';
  const lean =
    d.c > 0.25
      ? 'you lean towards doubting: you sometimes call a fact something else.'
      : d.c < -0.25
        ? 'you lean towards believing: you sometimes take a claim or opinion for a fact.'
        : 'you lean neither way.';
  return `${telling}, and ${lean}`;
}

export function calibrationWords(kind: 'sure' | 'unsure', correct: number, total: number): string {
  if (total === 0) return kind === 'sure' ? 'You have not said "I\'m sure" yet.' : 'You have not said "I\'m unsure" yet.';
  return `When you said "I'm ${kind}", you were right ${correct} of ${total} times (${Math.round((100 * correct) / total)}%).`;
}
