/**
 * Attribution evidence: the cues found by the attribution finder (attribution.ts) as features and cues,
 * the relayed scopes marked in the evidence, and the primary attribution (source and verb) chosen.
 */
import type { CueKind, SourceKind } from '../../../shared/domain.js';
import type { AttributionResult } from '../attribution.js';
import { F, type Evidence, type PrimaryAttribution } from '../evidence.js';

function sourceCue(kind: SourceKind): CueKind {
  switch (kind) {
    case 'anonymous':
      return 'anonymous_source';
    case 'vague':
      return 'vague_source';
    case 'media':
      return 'media_source';
    case 'document':
      return 'document_source';
    default:
      return 'named_source';
  }
}

export function detectAttribution(ev: Evidence, r: AttributionResult): void {
  const { tok } = ev.scan;
  let primary: PrimaryAttribution | undefined;
  let fallback: PrimaryAttribution | undefined;
  for (const at of r.attributions) {
    if (at.scopeTo > at.scopeFrom) {
      ev.scopeDelta[at.scopeFrom]! += 1;
      ev.scopeDelta[at.scopeTo]! -= 1;
    }
    const a = tok.start[at.cueFrom]!;
    const b = tok.end[at.cueTo - 1]!;
    const summary: PrimaryAttribution = { type: at.type, sourceKind: at.sourceKind, cueStart: a, cueEnd: b };
    if (at.sourceFrom !== undefined && at.sourceTo !== undefined && at.sourceTo > at.sourceFrom) {
      summary.sourceStart = tok.start[at.sourceFrom]!;
      summary.sourceEnd = tok.end[at.sourceTo - 1]!;
    }
    if (!primary && !at.embedded) primary = summary;
    fallback ??= summary;
    if (at.type === 'hedge') {
      ev.cue(a, b, 'hedge');
      if (!at.embedded) ev.set(F.attr_agentless, a, b);
      continue;
    }
    ev.cue(a, b, at.type === 'loaded' ? 'loaded_verb' : 'attribution_verb');
    if (summary.sourceStart !== undefined) ev.cue(summary.sourceStart, summary.sourceEnd!, sourceCue(at.sourceKind));
    let k: number;
    if (at.embedded) k = F.attr_embedded;
    else if (at.type === 'say') k = F.attr_say;
    else if (at.type === 'loaded') k = F.attr_loaded;
    else if (at.type === 'according') k = F.attr_according;
    else if (at.type === 'passive') k = F.attr_agentless;
    else k = F.attr_belief;
    ev.set(k, a, b);
  }
  if (r.speechActs.length > 0) {
    const v = r.speechActs[0]!;
    ev.set(F.speech_act, tok.start[v]!, tok.end[v]!);
  }
  if (r.nonResponse) ev.features[F.non_response] = 1;
  if (r.firstPersonStance.length > 0) {
    const v = r.firstPersonStance[0]!;
    ev.set(F.writer_stance, tok.start[Math.max(0, v - 1)]!, tok.end[v]!);
  }
  ev.primary = primary ?? fallback;
  ev.firstRelayed = tok.count > 0 && (tok.quoted[0] === 1 || ev.scopeDelta[0]! > 0);
}
