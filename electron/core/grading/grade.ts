/** Grading one answer against a passage's key, and summarising an attempt. Pure functions. */
import type { AttemptSummary, Confidence, Feedback, LabelTally, PassageKey } from '../../shared/contract.js';
import { LABELS, type Label, type Subtype } from '../../shared/domain.js';
import type { LessonPassage } from '../lesson/lesson-schema.js';
import { discernment } from './signal-detection.js';

export function keyOf(p: LessonPassage): PassageKey {
  return {
    label: p.label,
    subtype: p.subtype as Subtype,
    role: p.role,
    fromOutlet: p.fromOutlet,
    accept: p.accept,
    explanation: p.explanation,
    cues: p.cues,
  };
}

/** An also-acceptable label counts as correct: a careful reader could honestly answer it (domain.md). */
export function grade(p: LessonPassage, choice: Label, confidence: Confidence | null): Feedback {
  const matched = choice === p.label ? 'primary' : p.accept.includes(choice) ? 'alternative' : null;
  return { index: p.index, choice, confidence, correct: matched !== null, matched, key: keyOf(p) };
}

/** A stored sort answer: its grade is the stored one (the single source of truth, exercises/registry.ts). */
export interface GivenAnswer {
  passageIndex: number;
  choice: Label;
  confidence: Confidence | null;
  correct: boolean;
}

export type SortSummary = Omit<AttemptSummary, 'hintsUsed' | 'exercise' | 'mode' | 'items' | 'points' | 'review' | 'passages'>;

export function summarise(
  attempt: { attemptId: number; lessonId: string; lessonTitle: string; completed: boolean },
  passages: readonly LessonPassage[],
  answers: readonly GivenAnswer[],
): SortSummary {
  const tally = (): LabelTally => ({ total: 0, correct: 0 });
  const perLabel = Object.fromEntries(LABELS.map((l) => [l, tally()])) as Record<Label, LabelTally>;
  const bySubtype = new Map<Subtype, { label: Label; missed: number; total: number }>();
  const calibration = { sure: tally(), unsure: tally() };
  const wrong: AttemptSummary['wrong'] = [];
  const decisions: Array<{ isFact: boolean; saidFact: boolean }> = [];
  let correct = 0;

  const byIndex = new Map(passages.map((p) => [p.index, p]));
  for (const a of answers) {
    const p = byIndex.get(a.passageIndex);
    if (!p) continue; // cannot happen for answers stored against this version; skip rather than crash a report
    const fb = { ...grade(p, a.choice, a.confidence), correct: a.correct };
    perLabel[p.label].total++;
    const sub = bySubtype.get(p.subtype as Subtype) ?? { label: p.label, missed: 0, total: 0 };
    sub.total++;
    if (fb.correct) {
      correct++;
      perLabel[p.label].correct++;
    } else {
      sub.missed++;
      wrong.push({ ...fb, text: p.text });
    }
    bySubtype.set(p.subtype as Subtype, sub);
    if (a.confidence) {
      calibration[a.confidence].total++;
      if (fb.correct) calibration[a.confidence].correct++;
    }
    // Fact-or-not: a passage whose key is honestly ambiguous between fact and not-fact is neither a
    // clean signal nor a clean noise trial, so it stays out of d′ and c.
    const ambiguous = p.label === 'reported' ? p.accept.length > 0 : p.accept.includes('reported');
    if (!ambiguous) {
      decisions.push({ isFact: p.label === 'reported', saidFact: a.choice === 'reported' });
    }
  }
  wrong.sort((x, y) => x.index - y.index);
  const missed = [...bySubtype.entries()]
    .filter(([, s]) => s.missed > 0)
    .map(([subtype, s]) => ({ label: s.label, subtype, missed: s.missed, total: s.total }))
    .sort((x, y) => y.missed - x.missed || y.missed / y.total - x.missed / x.total);

  return {
    attemptId: attempt.attemptId,
    lessonId: attempt.lessonId,
    lessonTitle: attempt.lessonTitle,
    status: attempt.completed ? 'completed' : 'in_progress',
    total: passages.length,
    answered: answers.length,
    correct,
    score: passages.length === 0 ? 0 : Math.round((100 * correct) / passages.length),
    perLabel,
    missed,
    wrong,
    discernment: discernment(decisions),
    calibration,
  };
}
