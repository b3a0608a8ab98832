/**
 * Plain words for the summary's numbers. d′ and c come from the backend (signal detection on the
 * fact-or-not decision, see contract.ts `Discernment`); here they become sentences a student can read.
 */
import type { Calibration, Discernment, Feedback } from '../../../../electron/shared/contract.js';
import { LABEL_NAMES, SUBTYPE_NAMES } from '../../../../electron/shared/domain.js';
import { percent } from './library-progress.js';

/**
 * Below this many clear-cut passages of a kind (reported facts, or everything else) the pair d′/c says
 * nothing reliable: one missed fact moves the rate by 100 points. The seed has one clear reported fact.
 */
export const MIN_TRIALS = 4;

export function canMeasure(d: Discernment): boolean {
  return d.hits + d.misses >= MIN_TRIALS && d.falseAlarms + d.correctRejections >= MIN_TRIALS;
}

export function tooFewWords(d: Discernment): string {
  const facts = d.hits + d.misses;
  const others = d.falseAlarms + d.correctRejections;
  return facts < MIN_TRIALS
    ? `Too few clear reported facts to measure (${facts === 0 ? 'none' : `only ${facts}`} in this lesson that no other answer also fits; at least ${MIN_TRIALS} are needed), so there is no verdict on telling facts from the rest.`
    : `Too few clear passages other than reported facts to measure (${others}; at least ${MIN_TRIALS} are needed), so there is no verdict.`;
}

/** d′ bands: 0 = guessing; about 1 = clearly better than chance; 2 and more = reliably. */
export function discernmentWords(d: Discernment): string {
  if (!canMeasure(d)) return tooFewWords(d);
  const dp = d.dPrime;
  if (dp >= 2) return 'You told reported facts from everything else very reliably.';
  if (dp >= 1) return 'You told reported facts from everything else well, with a few slips.';
  if (dp >= 0.5) return 'You told reported facts from everything else somewhat better than chance.';
  return 'You did not yet tell reported facts from everything else much better than chance.';
}

/**
 * Which way the student leaned, in words that agree with the counts shown: the direction comes from the
 * two error rates themselves (facts missed, of the facts; other passages taken for facts, of the others),
 * and a lean is named only when c agrees and is clearly away from 0.
 */
export function biasWords(d: Discernment): string {
  if (!canMeasure(d)) return '';
  const facts = d.hits + d.misses;
  const others = d.falseAlarms + d.correctRejections;
  const missRate = d.misses / facts;
  const faRate = d.falseAlarms / others;
  const missed = `you missed ${d.misses} of ${facts} reported facts (${percent(d.misses, facts)}%)`;
  const believed = `took ${d.falseAlarms} of ${others} other passages for facts (${percent(d.falseAlarms, others)}%)`;
  if (d.c > 0.25 && missRate > faRate)
    return `You leaned towards doubting: ${missed}, a larger share than the other passages you took for facts (${d.falseAlarms} of ${others}, ${percent(d.falseAlarms, others)}%).`;
  if (d.c < -0.25 && faRate > missRate)
    return `You leaned towards believing: you ${believed}, a larger share than the reported facts you missed (${d.misses} of ${facts}, ${percent(d.misses, facts)}%).`;
  return `You leaned neither towards doubting nor towards believing: ${missed} and ${believed}.`;
}

/** d′ and c in plain words, next to their numbers. The backend leaves out passages that also accept another answer. */
export function discernmentNumbers(d: Discernment): string {
  return (
    `On the clear-cut passages: reported facts recognised ${d.hits} of ${d.hits + d.misses}; ` +
    `other passages taken for facts ${d.falseAlarms} of ${d.falseAlarms + d.correctRejections}. ` +
    `Discernment d′ = ${d.dPrime.toFixed(2)} (how well you told the two apart: 0 is guessing, 1 clearly better than chance, 2 or more reliable); ` +
    `bias c = ${d.c.toFixed(2)} (0 is even-handed; above 0 leans towards doubting, below 0 towards believing).`
  );
}

export function hasCalibration(c: Calibration): boolean {
  return c.sure.total + c.unsure.total > 0;
}

/** Confidence is called a good guide only when "sure" answers were mostly right AND more often right than unsure ones. */
export const GOOD_GUIDE_RATE = 0.75;

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
  if (c.sure.total > 0) {
    const sure = c.sure.correct / c.sure.total;
    const unsure = c.unsure.total > 0 ? c.unsure.correct / c.unsure.total : null;
    if (c.sure.correct * 2 < c.sure.total)
      lines.push('Feeling sure was not a good guide: when sure, you were wrong more often than right.');
    else if (unsure === null)
      lines.push(
        sure >= GOOD_GUIDE_RATE
          ? 'You were mostly right when sure; mark some answers "unsure" to see whether your doubts are a guide too.'
          : 'When sure you were right only a little more often than wrong.',
      );
    else if (sure >= GOOD_GUIDE_RATE && sure > unsure)
      lines.push('Your confidence was a good guide: you were mostly right when sure, and more often right than when unsure.');
    else if (sure > unsure)
      lines.push('Your confidence was a rough guide: you were right more often when sure, but still often wrong when sure.');
    else lines.push('Your confidence was not yet a good guide: feeling sure did not make you more often right.');
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

/** A word for a wrong answer given as "sure": the answers most worth a second look. */
export function sureButWrong(f: Pick<Feedback, 'correct' | 'confidence'>): string | null {
  return !f.correct && f.confidence === 'sure'
    ? 'You were sure, and this was not right: a confident mistake is the one most worth a second look.'
    : null;
}

/** Announced when an answer is saved: verdict, key and explanation in one line. */
export function announcement(f: Feedback): string {
  const sure = sureButWrong(f);
  return `${verdictText(f)}. ${sure ? `${sure} ` : ''}${keyLine(f)} ${f.key.explanation}`;
}
