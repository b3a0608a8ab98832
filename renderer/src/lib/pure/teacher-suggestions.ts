/**
 * Plain words and groupings for the analyzer's suggestions on the teacher screen: counts per label,
 * confidence as a percentage, the quoted claim's source and verb, and the review filters.
 */
import type { ArticleSuggestions, SuggestedPassage } from '../../../../electron/shared/contract.js';
import type { Cue, Label, SourceKind } from '../../../../electron/shared/domain.js';
import { CUE_KIND_NAMES, LABELS } from '../../../../electron/shared/domain.js';
import { cueLegend } from './cue-segments.js';

/** Below this (as shown, in whole percent) a suggestion is worth a second look. */
export const LOW_CONFIDENCE_PERCENT = 60;

export function confidencePercent(confidence: number): number {
  if (!Number.isFinite(confidence)) return 0;
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100);
}

export function confidenceWords(confidence: number): string {
  return `${confidencePercent(confidence)}% sure`;
}

/** Judged on the rounded percentage, so a passage shown as "60% sure" is never listed as under 60%. */
export function isLowConfidence(p: Pick<SuggestedPassage, 'confidence'>): boolean {
  return confidencePercent(p.confidence) < LOW_CONFIDENCE_PERCENT;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "32 passages · 5 probably not from the outlet" */
export function summaryLine(s: Pick<ArticleSuggestions, 'passages' | 'notFromOutlet'>): string {
  const passages = plural(s.passages.length, 'passage', 'passages');
  if (s.passages.length === 0) return passages;
  const outside = s.notFromOutlet === 0 ? 'all probably from the outlet' : `${s.notFromOutlet} probably not from the outlet`;
  return `${passages} · ${outside}`;
}

/** How many passages got each label, in LABELS order (labels with none included, as 0). */
export function labelCounts(passages: readonly Pick<SuggestedPassage, 'label'>[]): Array<{ label: Label; count: number }> {
  return LABELS.map((label) => ({ label, count: passages.filter((p) => p.label === label).length }));
}

export const SUGGESTION_FILTERS = ['all', 'outside', 'low'] as const;
export type SuggestionFilter = (typeof SUGGESTION_FILTERS)[number];

export const FILTER_NAMES: Record<SuggestionFilter, string> = {
  all: 'All',
  outside: 'Not from the outlet',
  low: `Low confidence (under ${LOW_CONFIDENCE_PERCENT}%)`,
};

export function matchesFilter(p: Pick<SuggestedPassage, 'fromOutlet' | 'confidence'>, filter: SuggestionFilter): boolean {
  if (filter === 'outside') return !p.fromOutlet;
  if (filter === 'low') return isLowConfidence(p);
  return true;
}

export function filterCounts(passages: readonly SuggestedPassage[]): Record<SuggestionFilter, number> {
  return {
    all: passages.length,
    outside: passages.filter((p) => matchesFilter(p, 'outside')).length,
    low: passages.filter((p) => matchesFilter(p, 'low')).length,
  };
}

export interface ParagraphGroup<P> {
  paragraph: number;
  passages: P[];
}

/** Passages in page order, one group per paragraph (a paragraph whose passages are all filtered out has no group). */
export function groupByParagraph<P extends Pick<SuggestedPassage, 'index' | 'paragraph'>>(
  passages: readonly P[],
): ParagraphGroup<P>[] {
  const groups: ParagraphGroup<P>[] = [];
  for (const p of [...passages].sort((a, b) => a.index - b.index)) {
    const last = groups[groups.length - 1];
    if (last && last.paragraph === p.paragraph) last.passages.push(p);
    else groups.push({ paragraph: p.paragraph, passages: [p] });
  }
  return groups;
}

export const SOURCE_KIND_WORDS: Record<SourceKind, string> = {
  named: 'named',
  anonymous: 'anonymous',
  vague: 'vague',
  media: 'other media',
  document: 'a document',
};

export interface AttributionWords {
  /** "“John Kirby” (named)", or null when the analyzer found no source. */
  source: string | null;
  /** "“told”", or null when no verb was found. */
  verb: string | null;
  loaded: boolean;
}

/** Source and verb of a quoted claim, in words; null for other labels or when neither was found. */
export function attributionWords(p: Pick<SuggestedPassage, 'label' | 'source' | 'cueVerb'>): AttributionWords | null {
  if (p.label !== 'quoted' || (!p.source && !p.cueVerb)) return null;
  return {
    source: p.source ? `“${p.source.text}” (${SOURCE_KIND_WORDS[p.source.kind]})` : null,
    verb: p.cueVerb ? `“${p.cueVerb.text}”` : null,
    loaded: p.cueVerb?.loaded ?? false,
  };
}

/**
 * The highlighted words named in one line per kind ("loaded attribution verb: mocked"), the compact form
 * of the cue legend for a long list of passages: the highlight explained in words, not by colour alone.
 */
export function cueSummary(text: string, cues: readonly Cue[]): string[] {
  return cueLegend(text, cues).map(({ kind, words }) => `${CUE_KIND_NAMES[kind]}: ${words.join(', ')}`);
}
