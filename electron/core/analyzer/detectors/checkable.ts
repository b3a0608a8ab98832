/**
 * Checkable details: numbers and dates (reported-fact evidence), a forecast phrase ("likely to"), and a
 * comparison without a measure ("the worst kind of…"), which judges; with a number it measures
 * ("highest since 1990").
 */
import { F, type Evidence } from '../evidence.js';

export function detectCheckable(ev: Evidence): void {
  const { tok } = ev.scan;
  ev.features[F.numbers] = ev.tally.numbers;
  ev.features[F.time] = ev.tally.time;
  const p = ev.marks.predict;
  if (p >= 0 && ev.get(F.prediction) === 0) {
    ev.set(F.prediction, tok.start[p]!, tok.end[p + 1]!);
    ev.cue(tok.start[p]!, tok.end[p + 1]!, 'hedge');
  }
  const d = ev.marks.degree;
  if (ev.tally.degree > 0 && ev.tally.digits === 0) {
    ev.features[F.degree] = ev.tally.degree;
    ev.note(F.degree, tok.start[d]!, tok.end[d]!);
    ev.cue(tok.start[d]!, tok.end[d]!, 'evaluative');
  }
}
