/**
 * The analyzer's output for one passage (re-exported from index.ts): label, subtype and confidence,
 * the cues that justify them as character ranges, and for quoted claims the source and cue verb.
 */
import type { Cue, Label, Role, SourceKind, Subtype } from '../../shared/domain.js';

export interface AnalyzedPassage {
  index: number;
  paragraph: number;
  text: string;
  role: Role;
  label: Label;
  subtype: Subtype;
  /** softmax probability of the label under the scoring table, in [0, 1] */
  confidence: number;
  fromOutlet: boolean;
  /** {start, end, kind}: UTF-16 ranges within `text` */
  cues: Cue[];
  source?: { start: number; end: number; text: string; kind: SourceKind };
  cueVerb?: { start: number; end: number; text: string; loaded: boolean };
  /** one sentence generated from the cues that decided */
  explanation: string;
}
