/**
 * Phrases in the outlet's voice (obligation, hedges, comment-section idioms, interpretive phrases), and
 * site-furniture phrases anywhere. A phrase that starts inside quote marks or an attribution's scope is
 * someone else's and says nothing about the outlet.
 */
import { F, type Evidence } from '../evidence.js';
import { P_ANALYSIS, P_COMMENT_IDIOM, P_FURNITURE, P_HEDGE, P_OBLIGATION } from '../lexicon-index.js';

export function detectPhrases(ev: Evidence): void {
  const { tok, phrases } = ev.scan;
  if (phrases.length === 0) return;
  const n = tok.count;
  const relayed = relayedTokens(ev);
  for (const m of phrases) {
    const a = tok.start[m.from]!;
    const b = tok.end[m.to - 1]!;
    if (m.tag === P_FURNITURE) {
      // in a long attributed sentence, "published on" or "sign up" is part of the report, not a page control
      if (n > 12 && m.from > 2 && ev.primary !== undefined) continue;
      ev.count(F.furniture, a, b);
      ev.cue(a, b, 'site_furniture');
      continue;
    }
    if (relayed[m.from]) continue;
    if (m.tag === P_OBLIGATION) {
      ev.count(F.obligation, a, b);
      ev.cue(a, b, 'modal_obligation');
    } else if (m.tag === P_HEDGE) {
      ev.count(F.hedge, a, b);
      ev.cue(a, b, 'hedge');
    } else if (m.tag === P_COMMENT_IDIOM) {
      ev.count(F.informal, a, b);
    } else if (m.tag === P_ANALYSIS) {
      ev.count(F.analysis_phrase, a, b);
      ev.cue(a, b, 'evaluative');
    }
  }
}

/** Per token: 1 if relayed (quoted or in an attribution's scope). */
function relayedTokens(ev: Evidence): Uint8Array {
  const { tok } = ev.scan;
  const relayed = new Uint8Array(tok.count);
  for (let i = 0, d = 0; i < tok.count; i++) {
    d += ev.scopeDelta[i]!;
    relayed[i] = tok.quoted[i] === 1 || d > 0 ? 1 : 0;
  }
  return relayed;
}
