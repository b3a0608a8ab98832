/**
 * The analyzer's output for one passage (re-exported from index.ts): label, subtype and confidence,
 * the cues that justify them as character ranges, for quoted claims the source and cue verb, and the
 * one-sentence explanation. It is the contract's SuggestedPassage — the very shape the teacher area
 * receives — so the two cannot drift apart.
 */
export type { SuggestedPassage as AnalyzedPassage } from '../../shared/contract.js';
