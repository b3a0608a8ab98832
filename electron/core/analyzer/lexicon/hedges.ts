/**
 * Hedges and forecasts: the writer's own estimate of how likely something is.
 *
 * Generic English of news writing, not taken from any article or test sentence. Lowercase, straight
 * apostrophes (the tokenizer folds ’ to ').
 */
import { words } from './words.js';

/** Epistemic adverbs and adjectives: the writer's own judgement of likelihood (analysis). */
export const HEDGES = words(`
  likely unlikely probably possibly perhaps maybe seemingly presumably supposedly conceivably doubtless
  arguably inevitably
`);

/** Epistemic frames on the main clause: "appears to have paid off", "looks set to". */
export const HEDGE_PHRASES = [
  'appears to',
  'appeared to',
  'appear to',
  'seems to',
  'seemed to',
  'seem to',
  'looks set to',
  'looks likely',
  'looks certain',
  'appears likely',
  'seems likely',
  'is likely to',
  'are likely to',
  'is unlikely to',
  'are unlikely to',
];

/** Modal hedges: weaker, since reports use them too ("could face charges"). */
export const MODAL_HEDGES = words(`might may could would seems seem seemed appears appear appeared looks look`);

/** Predictive frames: "likely to", "expected to", "set to", "bound to", "poised to". */
export const PREDICTIVE_WORDS = words(`likely unlikely bound poised destined doomed certain sure`);
