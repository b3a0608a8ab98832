/** Words of a sentence and the ranges they make, for "mark the words" (selection and feedback). */
import { normaliseRanges, wordsOf, type Range } from '../../../../electron/shared/exercises.js';

export { wordsOf };

/** The selected words (indices into `words`) as sorted, merged character ranges; adjacent words join up. */
export function rangesOfWords(text: string, words: readonly Range[], selected: ReadonlySet<number>): Range[] {
  const ranges: Range[] = [];
  [...selected]
    .sort((a, b) => a - b)
    .forEach((w) => {
      const [s, e] = words[w]!;
      const last = ranges[ranges.length - 1];
      // Two selected words next to each other become one range over the space between them.
      if (last && /^\s*$/.test(text.slice(last[1], s)) && selected.has(w - 1)) last[1] = e;
      else ranges.push([s, e]);
    });
  return normaliseRanges(ranges);
}

/** Which words a set of ranges covers (a word is covered when it lies inside one range). */
export function wordsInRanges(words: readonly Range[], ranges: readonly Range[]): Set<number> {
  const out = new Set<number>();
  words.forEach(([s, e], i) => {
    if (ranges.some(([rs, re]) => s >= rs && e <= re)) out.add(i);
  });
  return out;
}

export type WordOutcome = 'both' | 'missed' | 'extra' | 'none';

export function wordOutcomes(count: number, mine: ReadonlySet<number>, key: ReadonlySet<number>): WordOutcome[] {
  return Array.from({ length: count }, (_, i) =>
    mine.has(i) && key.has(i) ? 'both' : key.has(i) ? 'missed' : mine.has(i) ? 'extra' : 'none',
  );
}

/** Runs of consecutive words with one outcome, as text: "what you missed: …". */
export function phrases(text: string, words: readonly Range[], outcomes: readonly WordOutcome[], want: WordOutcome): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= words.length; i++) {
    const hit = i < words.length && outcomes[i] === want;
    if (hit && start < 0) start = i;
    if (!hit && start >= 0) {
      out.push(text.slice(words[start]![0], words[i - 1]![1]));
      start = -1;
    }
  }
  return out;
}
