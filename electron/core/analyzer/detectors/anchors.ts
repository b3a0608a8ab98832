/**
 * What a passage lacks: nothing a reader could check (no number, date, name, event verb, source,
 * quotation or interface words), or a short fragment without a verb.
 */
import { F, type Evidence } from '../evidence.js';
import { GAP_STOP } from '../tokens.js';

export function detectMissingAnchors(ev: Evidence): void {
  const { tok } = ev.scan;
  const n = tok.count;
  const t = ev.tally;
  if (
    n >= 4 &&
    t.numbers === 0 &&
    t.time === 0 &&
    t.units === 0 &&
    t.names === 0 &&
    ev.get(F.furniture) === 0 &&
    ev.get(F.furniture_only) === 0 &&
    ev.get(F.byline) === 0 &&
    ev.get(F.ui_imperative) === 0 &&
    ev.get(F.site_reference) === 0 &&
    ev.get(F.event_verb) === 0 &&
    ev.primary === undefined &&
    ev.quoteOpen.length === 0 &&
    ev.relayedShare === 0
  )
    ev.features[F.unanchored] = 1;
  if (n > 0 && n <= 6 && t.verbs === 0 && (tok.gap[n - 1]! & GAP_STOP) === 0 && ev.get(F.quote_full) === 0)
    ev.features[F.no_verb_fragment] = 1;
}
