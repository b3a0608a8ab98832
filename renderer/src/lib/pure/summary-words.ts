/**
 * Plain words for the summary's numbers. d′ and c come from the backend (signal detection on the
 * fact-or-not decision, see contract.ts `Discernment`); here they become sentences a student can read.
 */
import type { Calibration, Discernment, Feedback } from '../../../../electron/shared/contract.js';
import { LABEL_NAMES, SUBTYPE_NAMES } from '../../../../electron/shared/domain.js';
import { percent } from './library-progress.js';

/** d′ bands: 0 = guessing; about 1 = clearly better than chance; 2 and more = reliably. */
export function discernmentWords(d: Discernment): string {
  const facts = d.hits + d.misses;
  const others = d.falseAlarms + d.correctRejections;
  if (facts === 0 || others === 0) {
    return 'There were not enough passages of both kinds (reported facts and everything else) to measure how well you told them apart.';
  }
  const dp = d.dPrime;
  if (dp >= 2) return 'You told reported facts from everything else very reliably.';
  if (dp >= 1) return 'You told reported facts from everything else well, with a few slips.';
  if (dp >= 0.5) return 'You told reported facts from everything else somewhat better than chance.';
  return 'You did not yet tell reported facts from everything else much better than chance.';
}

/** c > 0: a lean towards answering "not a fact"; c < 0: towards answering "reported fact". */
export function biasWords(d: Discernment): string {
  const facts = d.hits + d.misses;
  const others = d.falseAlarms + d.correctRejections;
  if (facts === 0 || others === 0) return '';
  if (d.c > 0.25) {
    return 'You leaned towards doubting: you more often took a reported fact for something else than the other way round.';
  }
  if (d.c < -0.25) {
    return 'You leaned towards believing: you more often took a claim, commentary or site text for a reported fact than the other way round.';
  }
  return 'You leaned neither towards doubting nor towards believing.';
}

/** The numbers behind the words. The backend leaves out passages that also accept another answer. */
export function discernmentNumbers(d: Discernment): string {
  return (
    `On the clear-cut passages: reported facts recognised ${d.hits} of ${d.hits + d.misses}; ` +
    `other passages taken for facts ${d.falseAlarms} of ${d.falseAlarms + d.correctRejections}. ` +
    `Discernment d′ = ${d.dPrime.toFixed(2)}; bias c = ${d.c.toFixed(2)} (above 0 leans towards doubting).`
  );
}

export function hasCalibration(c: Calibration): boolean {
  return c.sure.total + c.unsure.total > 0;
}

export function calibrationLines(c: Calibration): string[] {
  const lines: string[] = [];
  if (c.sure.total > 0) {
    lines.push(
      `When you said you were sure, you were right ${c.sure.correct} of ${c.sure.total} times (${percent(c.sure.correct, c.sure.total)}%).`,
    );
  }
  if (c.unsure.total > 0) {
    lines.push(
      `When you said you were unsure, you were right ${c.unsure.correct} of ${c.unsure.total} times (${percent(c.unsure.correct, c.unsure.total)}%).`,
    );
  }
  if (c.sure.total > 0 && c.unsure.total > 0) {
    const sure = c.sure.correct / c.sure.total;
    const unsure = c.unsure.correct / c.unsure.total;
    lines.push(
      sure > unsure
        ? 'Your confidence was a good guide: you were right more often when you felt sure.'
        : 'Your confidence was not yet a good guide: feeling sure did not make you more often right.',
    );
  }
  return lines;
}

/** The verdict words shown (and announced) after an answer; the icon is separate and decorative. */
export function verdictText(f: Pick<Feedback, 'correct' | 'matched'>): string {
  if (f.matched === 'alternative') return 'Right (accepted answer)';
  return f.correct ? 'Right' : 'Not quite';
}

/** "Quoted claim (direct quote)" */
export function keyText(f: Pick<Feedback, 'key'>): string {
  return `${LABEL_NAMES[f.key.label]} (${SUBTYPE_NAMES[f.key.subtype]})`;
}

/** The sentence that says what the key is and how the student's answer relates to it. */
export function keyLine(f: Pick<Feedback, 'key' | 'choice' | 'matched'>): string {
  const key = `The key: ${keyText(f)}.`;
  if (f.matched === 'primary') return key;
  if (f.matched === 'alternative') return `${key} Your answer, ${LABEL_NAMES[f.choice]}, is also accepted here.`;
  return `You answered ${LABEL_NAMES[f.choice]}. ${key}`;
}

/** Announced when an answer is saved: verdict, key and explanation in one line. */
export function announcement(f: Feedback): string {
  return `${verdictText(f)}. ${keyLine(f)} ${f.key.explanation}`;
}
