/**
 * The vocabulary of the domain (see shared/notes/domain.md), shared by backend and renderer.
 * Plain constants only: this file is imported by the renderer bundle, so it must stay free of
 * Node APIs and of runtime libraries.
 */

export const LABELS = ['reported', 'quoted', 'commentary', 'not_article'] as const;
export type Label = (typeof LABELS)[number];

/** What a student sees on the answer buttons (keys 1–4 follow this order). */
export const LABEL_NAMES: Record<Label, string> = {
  reported: 'Reported fact',
  quoted: 'Quoted claim',
  commentary: 'Commentary',
  not_article: 'Not part of the article',
};

/** Each subtype belongs to exactly one label; a key gives every passage one subtype. */
export const SUBTYPES_BY_LABEL = {
  reported: ['event', 'background'],
  quoted: ['direct_quote', 'partial_quote', 'indirect_quote', 'anonymous_source', 'vague_source', 'media_report', 'document'],
  commentary: ['analysis', 'opinion', 'reader_comment'],
  not_article: ['site_text'],
} as const satisfies Record<Label, readonly string[]>;

export type Subtype = (typeof SUBTYPES_BY_LABEL)[Label][number];
export const SUBTYPES = Object.values(SUBTYPES_BY_LABEL).flat() as Subtype[];

export const SUBTYPE_NAMES: Record<Subtype, string> = {
  event: 'event the outlet reports',
  background: 'background the outlet supplies',
  direct_quote: 'direct quote',
  partial_quote: 'partial quote',
  indirect_quote: 'indirect (paraphrased) quote',
  anonymous_source: 'anonymous source',
  vague_source: 'vague source',
  media_report: 'other media as source',
  document: 'document as source',
  analysis: "reporter's analysis",
  opinion: 'opinion',
  reader_comment: 'reader comment',
  site_text: 'site text',
};

export function labelOfSubtype(subtype: Subtype): Label {
  for (const label of LABELS) {
    if ((SUBTYPES_BY_LABEL[label] as readonly string[]).includes(subtype)) return label;
  }
  throw new Error(`unknown subtype ${subtype}`);
}

export const ROLES = ['headline', 'body', 'site'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Cue kinds: a character range in a passage that explains why it is what it is.
 * The list follows domain.md's "Cues" section, plus `site_furniture` (Close, Privacy Policy, Share…)
 * which the domain's not_article label needs a cue for.
 */
export const CUE_KINDS = [
  'quote_marks',
  'attribution_verb',
  'loaded_verb',
  'named_source',
  'anonymous_source',
  'vague_source',
  'media_source',
  'document_source',
  'evaluative',
  'hedge',
  'modal_obligation',
  'first_second_person',
  'informal_punctuation',
  'typographic_break',
  'editorial_insertion',
  'ellipsis',
  'site_furniture',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export const CUE_KIND_NAMES: Record<CueKind, string> = {
  quote_marks: 'quote marks',
  attribution_verb: 'attribution verb',
  loaded_verb: 'loaded attribution verb',
  named_source: 'named source',
  anonymous_source: 'anonymous source',
  vague_source: 'vague source',
  media_source: 'other media as source',
  document_source: 'document as source',
  evaluative: 'evaluative word',
  hedge: 'hedge',
  modal_obligation: 'modal of obligation',
  first_second_person: 'first or second person',
  informal_punctuation: 'informal punctuation',
  typographic_break: 'typographic break with the page',
  editorial_insertion: 'editorial insertion',
  ellipsis: 'ellipsis',
  site_furniture: 'site furniture',
};

/** A character range [start, end) inside one passage's text (UTF-16 offsets, as JavaScript strings count). */
export interface Cue {
  start: number;
  end: number;
  kind: CueKind;
}

export const SOURCE_KINDS = ['named', 'anonymous', 'vague', 'media', 'document'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
