/**
 * 2. Spot the intruder: the whole page as published; the student selects every passage the outlet did
 * not write (site text, reader comments) and submits once. One whole-page answer (item -1).
 *
 * Score: the share of agreement between the selection and the key, |found| / |selected ∪ intruders|
 * (the Jaccard index). It is 1 only for exactly the intruders, falls with every miss and every false
 * alarm alike, and selecting the whole page earns only intruders / passages. A page with no intruder and
 * nothing selected scores 1: finding none is right. Precision and recall are reported beside it.
 */
import { z } from 'zod';
import type { IntruderFeedback, IntruderPassage } from '../../shared/contract.js';
import type { Responses } from '../../shared/exercises.js';
import { keyOf } from '../grading/grade.js';
import type { LessonFile, LessonPassage } from '../lesson/lesson-schema.js';
import type { Exercise } from './exercise.js';

export const WHOLE_PAGE = -1;

export function intrudersOf(lesson: LessonFile): number[] {
  return lesson.passages.filter((p) => !p.fromOutlet).map((p) => p.index);
}

export interface IntruderCounts {
  found: number[];
  missed: number[];
  falseAlarms: number[];
  precision: number | null;
  recall: number | null;
  score: number;
}

export function countIntruders(intruders: readonly number[], selected: readonly number[]): IntruderCounts {
  const key = new Set(intruders);
  const chosen = new Set(selected);
  const found = [...chosen].filter((i) => key.has(i)).sort((a, b) => a - b);
  const falseAlarms = [...chosen].filter((i) => !key.has(i)).sort((a, b) => a - b);
  const missed = [...key].filter((i) => !chosen.has(i)).sort((a, b) => a - b);
  const union = key.size + falseAlarms.length;
  return {
    found,
    missed,
    falseAlarms,
    precision: chosen.size === 0 ? null : found.length / chosen.size,
    recall: key.size === 0 ? null : found.length / key.size,
    score: union === 0 ? 1 : found.length / union,
  };
}

/** Why a passage is not the outlet's, in plain words, from the kinds of its cues (one reason per kind). */
export function intruderReasons(p: LessonPassage): string[] {
  const reasons = new Map<string, string>();
  const words = (start: number, end: number) => `“${p.text.slice(start, end)}”`;
  for (const c of p.cues) {
    const w = words(c.start, c.end);
    switch (c.kind) {
      case 'typographic_break':
        reasons.set(
          c.kind,
          p.text.slice(c.start, c.end) === "'"
            ? 'straight apostrophes where the page uses curly ones (’)'
            : `${w} is typed differently from the rest of the page`,
        );
        break;
      case 'first_second_person':
        reasons.set(
          c.kind,
          p.role === 'site' ? `${w}: the site talks to you, the visitor, about itself` : `${w}: it speaks to other readers`,
        );
        break;
      case 'evaluative':
      case 'loaded_verb':
        if (!reasons.has('opinion')) reasons.set('opinion', `no source for an opinion: ${w}`);
        break;
      case 'informal_punctuation':
        reasons.set(c.kind, `${w} is typed the way a commenter types, not the way the article is edited`);
        break;
      case 'site_furniture':
        if (!reasons.has(c.kind)) reasons.set(c.kind, `${w} is the site's own furniture (buttons, notices, policies)`);
        break;
      default:
        break;
    }
  }
  if (p.subtype === 'reader_comment' && !reasons.has('first_second_person'))
    reasons.set('who', 'a reader wrote it: there is no byline, no source, and it argues with the article');
  return [...reasons.values()];
}

export const intruderExercise: Exercise<'intruder'> = {
  kind: 'intruder',
  items: () => [WHOLE_PAGE],
  // Always offered: learning that a page is clean is part of the skill ("finding none is right").
  missingKeys: () => [],
  responseSchema: z.object({ selected: z.array(z.number().int().min(0).max(100_000)).max(2000) }).strict() as z.ZodType<
    Responses['intruder']
  >,
  checkResponse(lesson, item, response) {
    if (item !== WHOLE_PAGE) return 'Spot the intruder is answered for the whole page (item -1).';
    const bad = response.selected.find((i) => i >= lesson.passages.length);
    if (bad !== undefined) return `Passage ${bad} does not exist in this lesson (it has ${lesson.passages.length}).`;
    if (new Set(response.selected).size !== response.selected.length) return 'A passage is selected twice.';
    return null;
  },
  grade(lesson, _item, response) {
    const c = countIntruders(intrudersOf(lesson), response.selected);
    return { score: c.score, correct: c.missed.length === 0 && c.falseAlarms.length === 0 };
  },
  feedback(lesson, answer): IntruderFeedback {
    const intruders = intrudersOf(lesson);
    const c = countIntruders(intruders, answer.response.selected);
    const passage = (index: number, outcome: IntruderPassage['outcome']): IntruderPassage => {
      const p = lesson.passages[index]!;
      return {
        index,
        outcome,
        reasons: outcome === 'false_alarm' ? ['the outlet wrote this: it is part of the report'] : intruderReasons(p),
        key: keyOf(p),
      };
    };
    return {
      exercise: 'intruder',
      item: WHOLE_PAGE,
      score: answer.score,
      correct: answer.correct,
      confidence: answer.confidence,
      selected: [...answer.response.selected].sort((a, b) => a - b),
      intruders,
      precision: c.precision,
      recall: c.recall,
      passages: [
        ...c.found.map((i) => passage(i, 'found')),
        ...c.missed.map((i) => passage(i, 'missed')),
        ...c.falseAlarms.map((i) => passage(i, 'false_alarm')),
      ].sort((a, b) => a.index - b.index),
      none: intruders.length === 0,
    };
  },
};
