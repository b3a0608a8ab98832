/**
 * 4. Mark the words: in a mixed sentence, select the outlet's own words — or, in a quoted claim, the
 * words the outlet does not vouch for (the relayed ones). Scored by overlap of character ranges:
 * precision, recall and F1 over the non-space characters (a student selects whole words, so spaces
 * between them must neither earn nor cost credit). A partial answer earns partial credit; the answer
 * counts as right from F1 ≥ 0.8.
 */
import { z } from 'zod';
import type { MarkFeedback } from '../../shared/contract.js';
import { normaliseRanges, wordsOf, type Range, type Responses } from '../../shared/exercises.js';
import type { LessonPassage } from '../lesson/lesson-schema.js';
import type { Exercise } from './exercise.js';

export const MARK_CORRECT_F1 = 0.8;

/** A sentence is mixed when its key marks words of both voices. */
function isItem(p: LessonPassage): boolean {
  return !!p.spans && p.spans.some((s) => s.voice === 'outlet') && p.spans.some((s) => s.voice === 'relayed');
}

/** In a quoted claim the student marks what the outlet does not vouch for; elsewhere, the outlet's own words. */
export function markTarget(p: LessonPassage): 'outlet' | 'relayed' {
  return p.label === 'quoted' ? 'relayed' : 'outlet';
}

export function keyRanges(p: LessonPassage): Range[] {
  const target = markTarget(p);
  return normaliseRanges((p.spans ?? []).filter((s) => s.voice === target).map((s): Range => [s.start, s.end]));
}

/** How many non-space characters of `text` lie inside `ranges` (normalised) — and inside both, with `other`. */
function visible(text: string, ranges: readonly Range[]): Set<number> {
  const at = new Set<number>();
  for (const [s, e] of ranges) for (let i = s; i < e; i++) if (!/\s/.test(text[i]!)) at.add(i);
  return at;
}

export interface Overlap {
  precision: number;
  recall: number;
  f1: number;
}

export function overlap(text: string, selected: readonly Range[], key: readonly Range[]): Overlap {
  const s = visible(text, selected);
  const k = visible(text, key);
  let both = 0;
  for (const i of s) if (k.has(i)) both++;
  const precision = s.size === 0 ? 0 : both / s.size;
  const recall = k.size === 0 ? 0 : both / k.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export const markExercise: Exercise<'mark'> = {
  kind: 'mark',
  items: (lesson) => lesson.passages.filter(isItem).map((p) => p.index),
  missingKeys(lesson) {
    const out: string[] = [];
    const items = lesson.passages.filter(isItem);
    if (items.length === 0)
      out.push(
        "No sentence has its words marked as the outlet's own and relayed (spans of both voices), so there is nothing to mark.",
      );
    for (const p of lesson.passages) {
      if (p.spans && p.spans.length > 0 && !isItem(p))
        out.push(`Passage ${p.index + 1} has spans of one voice only; a sentence to mark needs the outlet's and relayed words.`);
      if (!isItem(p)) continue;
      // The student selects whole words: a span edge inside a word would make a perfect answer impossible.
      const starts = new Set(wordsOf(p.text).map((w) => w[0]));
      const ends = new Set(wordsOf(p.text).map((w) => w[1]));
      for (const s of p.spans!) {
        const from = s.start + (p.text.slice(s.start, s.end).length - p.text.slice(s.start, s.end).trimStart().length);
        const to = s.end - (p.text.slice(s.start, s.end).length - p.text.slice(s.start, s.end).trimEnd().length);
        if (!starts.has(from) || !ends.has(to))
          out.push(`Passage ${p.index + 1}: the span ${s.start}–${s.end} starts or ends inside a word.`);
      }
    }
    return out;
  },
  responseSchema: z
    .object({
      ranges: z.array(z.tuple([z.number().int().min(0).max(5000), z.number().int().min(1).max(5000)])).max(500),
    })
    .strict() as z.ZodType<Responses['mark']>,
  checkResponse(lesson, item, response) {
    const p = lesson.passages[item];
    if (!p || !isItem(p)) return `Passage ${item + 1} is not a sentence of this exercise.`;
    const bad = response.ranges.find(([s, e]) => e <= s || e > p.text.length);
    return bad ? `The range ${bad[0]}–${bad[1]} is not inside passage ${item + 1} (${p.text.length} characters).` : null;
  },
  grade(lesson, item, response) {
    const p = lesson.passages[item]!;
    const { f1 } = overlap(p.text, normaliseRanges(response.ranges), keyRanges(p));
    return { score: f1, correct: f1 >= MARK_CORRECT_F1 };
  },
  feedback(lesson, answer): MarkFeedback {
    const p = lesson.passages[answer.item]!;
    const ranges = normaliseRanges(answer.response.ranges);
    const o = overlap(p.text, ranges, keyRanges(p));
    return {
      exercise: 'mark',
      item: answer.item,
      score: answer.score,
      correct: answer.correct,
      confidence: answer.confidence,
      target: markTarget(p),
      ranges,
      keyRanges: keyRanges(p),
      ...o,
      explanation: p.explanation,
    };
  },
};
