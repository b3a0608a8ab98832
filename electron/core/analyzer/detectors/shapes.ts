/**
 * Sentence shapes in the outlet's voice: a forecast not tied to a date ("…will not last a season"), a
 * demonstrative pointing back at the story ("That could matter"), an extraposed verdict ("It is hard
 * to…"), an exclamative ("What a week"), an explainer headline ("Why the bank can't…"), an imperative
 * opener ("Let children be children"), and a lowercase start (informal typing).
 */
import { F, type Evidence } from '../evidence.js';
import { S_COMMON_VERB, S_IMPERATIVE, S_NUMBER_WORD, S_OBLIGATION, VOCAB } from '../lexicon-index.js';
import * as Shapes from '../lexicon/shapes.js';
import { GAP_COMMA, GAP_STOP } from '../tokens.js';
import { endsLikeSentence } from './text-shape.js';

const ids = (list: readonly string[]): ReadonlySet<number> => new Set(list.map((w) => VOCAB.intern(w)));
const TO = VOCAB.intern('to');
const WHAT = VOCAB.intern('what');
const IT = VOCAB.intern('it');
const THAT = VOCAB.intern('that');
const A = VOCAB.intern('a');
const AN = VOCAB.intern('an');
const IT_FRAME_VERBS = ids(Shapes.IT_FRAME_VERBS);
const FRAME_BLOCKERS = ids(Shapes.FRAME_BLOCKERS);
const DEMONSTRATIVES = ids(Shapes.DEMONSTRATIVES);
const DEMONSTRATIVE_FOLLOWERS = ids(Shapes.DEMONSTRATIVE_FOLLOWERS);
const EXPLAINER_OPENERS = ids(Shapes.EXPLAINER_OPENERS);

export function detectShapes(ev: Evidence): void {
  const { tok } = ev.scan;
  const n = tok.count;
  if (n > 2 && !ev.firstRelayed) {
    datelessForecast(ev);
    const first = tok.id[0]!;
    if (DEMONSTRATIVES.has(first) && DEMONSTRATIVE_FOLLOWERS.has(tok.id[1]!))
      ev.set(F.demonstrative_opener, tok.start[0]!, tok.end[1]!);
    extraposedVerdict(ev);
    // an exclamative: "What a pity…", "What a week it has been" (no question mark)
    if (first === WHAT && (tok.id[1] === A || tok.id[1] === AN) && !ev.scan.question && ev.get(F.exclamation) === 0)
      ev.set(F.exclamation, tok.start[0]!, tok.end[1]!);
    // an explainer headline: "Why the bank can't stop…", "How the fire spread" (no final stop, no question mark)
    if (EXPLAINER_OPENERS.has(first) && !ev.scan.question && !endsLikeSentence(ev.text))
      ev.set(F.explainer, tok.start[0]!, tok.end[0]!);
  } else datelessForecast(ev);
  // imperative opener: "Expect more…", "Let children be children"
  const style = ev.scan.style;
  if (n > 1 && !ev.firstRelayed && style[0]! & S_IMPERATIVE && tok.cap[0] && !(style[1]! & (S_COMMON_VERB | S_OBLIGATION)))
    ev.set(F.imperative, tok.start[0]!, tok.end[0]!);
  // a lowercase start is informal typing ("lol so…", "the fire crews out here…")
  if (n > 0 && !tok.cap[0] && !tok.numeric[0] && tok.start[0] === 0) ev.count(F.informal, tok.start[0]!, tok.end[0]!);
}

/** "will" with no time word in the sentence: a prediction in the outlet's voice. */
function datelessForecast(ev: Evidence): void {
  const will = ev.marks.will;
  if (will >= 0 && ev.tally.time === 0) ev.set(F.prediction, ev.scan.tok.start[will]!, ev.scan.tok.end[will]!);
}

/**
 * "It is hard to…", "It is remarkable that…", "It seems unlikely that…": "it" + a form of be/seem + a
 * word that is not a determiner or number, then "to"/"that" within three words.
 */
function extraposedVerdict(ev: Evidence): void {
  const { tok, style } = ev.scan;
  const n = tok.count;
  for (let i = ev.marks.it; i >= 0 && i + 3 < n; i++) {
    if (tok.id[i] !== IT || !IT_FRAME_VERBS.has(tok.id[i + 1]!) || tok.quoted[i] || ev.get(F.evaluative_frame) !== 0) continue;
    const w = tok.id[i + 2]!;
    if (FRAME_BLOCKERS.has(w) || tok.numeric[i + 2] || style[i + 2]! & S_NUMBER_WORD) continue;
    for (let k = i + 3; k < n && k <= i + 5; k++) {
      if (tok.gap[k]! & (GAP_STOP | GAP_COMMA)) break;
      if (tok.id[k] === TO || tok.id[k] === THAT) {
        ev.set(F.evaluative_frame, tok.start[i]!, tok.end[i + 2]!);
        ev.cue(tok.start[i]!, tok.end[i + 2]!, 'evaluative');
        break;
      }
    }
  }
}
