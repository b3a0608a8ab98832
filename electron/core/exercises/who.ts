/**
 * 3. Who says so?: for each quoted claim, the kind of source (named, anonymous, vague, other media,
 * document) and whether the attribution verb is neutral or loaded. Half the credit for each part;
 * right when both are. The feedback shows the source and the verb in the passage and says what the
 * verb does to the reader.
 */
import { z } from 'zod';
import type { WhoFeedback } from '../../shared/contract.js';
import { SOURCE_KINDS } from '../../shared/domain.js';
import { VERB_KINDS, type Responses } from '../../shared/exercises.js';
import type { LessonPassage } from '../lesson/lesson-schema.js';
import type { Exercise } from './exercise.js';

/** A quoted claim with its source and verb marked: the items of this exercise. */
function isItem(p: LessonPassage): boolean {
  return p.label === 'quoted' && p.attribution?.verb !== undefined;
}

/** What loaded verbs do to a reader, by stem (domain.md: the verb itself judges the speaker). */
const LOADED_EFFECTS: Array<[RegExp, string]> = [
  [/^claim/i, 'casts doubt: it hints the statement may not be true, so you trust it less before weighing it'],
  [/^mock/i, 'tells you how to hear the words: as ridicule, not as an argument'],
  [/^admit/i, 'makes it a confession: it implies the speaker owned up to something true and awkward'],
  [/^insist/i, 'suggests others disagree and the speaker will not give way'],
  [/^conced/i, 'makes it a concession: the speaker gave ground, as if losing the argument'],
  [/^alleg/i, 'marks the statement as unproven, which can read as doubt'],
  [/^boast|^brag/i, 'makes the speaker sound vain rather than informative'],
  [/^den(y|ied|ies)/i, 'frames the speaker as answering an accusation'],
];

export function verbEffect(p: LessonPassage): string {
  const verb = p.attribution?.verb;
  if (!verb) return '';
  if (verb.effect) return verb.effect;
  const word = p.text.slice(verb.start, verb.end);
  if (!verb.loaded) return `“${word}” is neutral: it reports who spoke and leaves judging the claim to you.`;
  const last = word.split(/\s+/).pop() ?? word;
  const found = LOADED_EFFECTS.find(([re]) => re.test(last));
  return `“${word}” is loaded: it ${found ? found[1] : 'judges the speaker or the claim, nudging you before you weigh the words'}.`;
}

export const whoExercise: Exercise<'who'> = {
  kind: 'who',
  items: (lesson) => lesson.passages.filter(isItem).map((p) => p.index),
  missingKeys(lesson) {
    const quoted = lesson.passages.filter((p) => p.label === 'quoted');
    if (quoted.length === 0) return ['No passage is a quoted claim, so there is nobody to ask "who says so?" about.'];
    const out: string[] = [];
    for (const p of quoted) {
      if (!p.attribution)
        out.push(`Passage ${p.index + 1} is a quoted claim with no source and attribution verb marked (attribution).`);
      else if (!p.attribution.verb)
        out.push(`Passage ${p.index + 1} is a quoted claim with its source marked but no attribution verb (attribution.verb).`);
    }
    return out;
  },
  responseSchema: z.object({ sourceKind: z.enum(SOURCE_KINDS), verb: z.enum(VERB_KINDS) }).strict() as z.ZodType<
    Responses['who']
  >,
  checkResponse(lesson, item) {
    const p = lesson.passages[item];
    return p && isItem(p) ? null : `Passage ${item + 1} is not a quoted claim of this exercise.`;
  },
  grade(lesson, item, response) {
    const a = lesson.passages[item]!.attribution!;
    const sourceRight = response.sourceKind === a.source.kind;
    const verbRight = (response.verb === 'loaded') === a.verb!.loaded;
    return { score: (sourceRight ? 0.5 : 0) + (verbRight ? 0.5 : 0), correct: sourceRight && verbRight };
  },
  feedback(lesson, answer): WhoFeedback {
    const p = lesson.passages[answer.item]!;
    const a = p.attribution!;
    const verb = a.verb!;
    return {
      exercise: 'who',
      item: answer.item,
      score: answer.score,
      correct: answer.correct,
      confidence: answer.confidence,
      response: answer.response,
      key: {
        sourceKind: a.source.kind,
        verb: verb.loaded ? 'loaded' : 'neutral',
        source: { start: a.source.start, end: a.source.end },
        verbSpan: { start: verb.start, end: verb.end },
        verbEffect: verbEffect(p),
        explanation: p.explanation,
      },
      sourceRight: answer.response.sourceKind === a.source.kind,
      verbRight: (answer.response.verb === 'loaded') === verb.loaded,
    };
  },
};
