/**
 * The small marker after a passage in the page, for every exercise: a symbol, visible words and words for
 * screen readers. Never colour alone, and after a wrong sort answer the ✗ stands next to the student's
 * answer — never next to the key's (right) label.
 */
import type { ExerciseFeedback, Feedback, GivenResponse } from '../../../../electron/shared/contract.js';
import { LABEL_NAMES, type Label } from '../../../../electron/shared/domain.js';

export interface PassageMark {
  symbol: string;
  text: string;
  /** read before the visible text, e.g. "(answered wrong:" */
  srText: string;
  tone: 'right' | 'wrong' | 'neutral';
}

export function sortMark(f: Pick<Feedback, 'correct' | 'choice' | 'key'>): PassageMark {
  if (f.correct) return { symbol: '✓', text: LABEL_NAMES[f.key.label], srText: 'answered right:', tone: 'right' };
  return {
    symbol: '✗',
    text: `you: ${LABEL_NAMES[f.choice]} · key: ${LABEL_NAMES[f.key.label]}`,
    srText: 'answered wrong:',
    tone: 'wrong',
  };
}

/** Test mode: what was answered, without saying whether it was right. */
export function givenMark(choice: Label): PassageMark {
  return { symbol: '✎', text: `you: ${LABEL_NAMES[choice]}`, srText: 'answered, no feedback until the end:', tone: 'neutral' };
}

export function marksFor(answers: readonly ExerciseFeedback[], given: readonly GivenResponse[]): Record<number, PassageMark> {
  const marks: Record<number, PassageMark> = {};
  for (const g of given) {
    const r = g.response as { choice?: Label };
    if (r.choice) marks[g.item] = givenMark(r.choice);
    else if (g.item >= 0) marks[g.item] = { symbol: '✎', text: 'answered', srText: 'answered:', tone: 'neutral' };
  }
  for (const a of answers) {
    if (a.exercise === 'sort') marks[a.item] = sortMark(a);
    else if (a.exercise === 'who' || a.exercise === 'mark')
      marks[a.item] = a.correct
        ? {
            symbol: '✓',
            text: a.score === 1 ? 'right' : `right (${Math.round(a.score * 100)}%)`,
            srText: 'answered:',
            tone: 'right',
          }
        : { symbol: '✗', text: `${Math.round(a.score * 100)}%`, srText: 'answered, partly or not right:', tone: 'wrong' };
    else if (a.exercise === 'intruder')
      for (const p of a.passages)
        marks[p.index] =
          p.outcome === 'found'
            ? { symbol: '✓', text: 'intruder, found', srText: '', tone: 'right' }
            : p.outcome === 'missed'
              ? { symbol: '✗', text: 'intruder, missed', srText: '', tone: 'wrong' }
              : { symbol: '✗', text: "the outlet's own text", srText: 'false alarm:', tone: 'wrong' };
  }
  return marks;
}
