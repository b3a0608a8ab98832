/**
 * The fact-or-not decision of one sort answer, for d′ and c (see grading/signal-detection.ts). A passage
 * whose key is honestly ambiguous between fact and not-fact is neither signal nor noise and stays out —
 * the same rule the student's own summary uses (grading/grade.ts).
 */
import type { LessonPassage } from '../lesson/lesson-schema.js';
import type { FactDecision } from '../grading/signal-detection.js';

export function factDecision(passage: LessonPassage, chosen: string | null): FactDecision | null {
  if (chosen === null) return null;
  const ambiguous = passage.label === 'reported' ? passage.accept.length > 0 : passage.accept.includes('reported');
  if (ambiguous) return null;
  return { isFact: passage.label === 'reported', saidFact: chosen === 'reported' };
}

/** The label chosen in a sort answer's raw response ({"choice":"quoted"}), or null. */
export function chosenLabel(response: unknown): string | null {
  if (typeof response !== 'object' || response === null) return null;
  const choice = (response as { choice?: unknown }).choice;
  return choice === 'reported' || choice === 'quoted' || choice === 'commentary' || choice === 'not_article' ? choice : null;
}
