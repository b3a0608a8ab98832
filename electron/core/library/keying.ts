/**
 * The key of one passage as the teacher edits it: how it starts (the analyzer's proposal), how each edit
 * changes it, and what stops it from being published. Pure functions over plain values; the service
 * (library-service.ts) stores each result in its own transaction.
 */
import type { Cue, Label, Role, Subtype } from '../../shared/domain.js';
import { labelOfSubtype, LABEL_NAMES, SUBTYPES_BY_LABEL } from '../../shared/domain.js';
import type { PassageKeyDraft, Proposal } from '../../shared/contract.js';
import { AppError } from '../app-error.js';

/** The lesson format's bounds (lesson-schema.ts), checked here so that the editor can say so per passage. */
export const MAX_PASSAGE_CHARS = 5000;
export const MIN_EXPLANATION_CHARS = 10;
export const MAX_EXPLANATION_CHARS = 600;

/** The key a passage starts with: the analyzer's proposal, plus the domain's rule that a reader comment also accepts "not part of the article". */
export function initialKey(p: Proposal): PassageKeyDraft {
  const key: PassageKeyDraft = {
    role: p.role,
    label: p.label,
    subtype: p.subtype,
    fromOutlet: p.fromOutlet,
    accept: p.subtype === 'reader_comment' ? ['not_article'] : [],
    explanation: p.explanation,
    cues: p.cues.map(({ start, end, kind }) => ({ start, end, kind })),
  };
  if (p.label === 'quoted' && p.source)
    key.attribution = {
      source: { start: p.source.start, end: p.source.end, kind: p.source.kind },
      ...(p.cueVerb ? { verb: { start: p.cueVerb.start, end: p.cueVerb.end, loaded: p.cueVerb.loaded } } : {}),
    };
  return key;
}

/** Who wrote it follows from the label and subtype: site text and reader comments are not the outlet's. */
function withDerived(key: PassageKeyDraft): PassageKeyDraft {
  const out = { ...key, accept: key.accept.filter((l, i, all) => l !== key.label && all.indexOf(l) === i) };
  if (out.label === 'not_article') {
    out.role = 'site';
    out.fromOutlet = false;
  } else {
    if (out.role === 'site') out.role = 'body';
    out.fromOutlet = out.subtype !== 'reader_comment';
  }
  if (out.label !== 'quoted') delete out.attribution;
  return out;
}

export function setLabel(key: PassageKeyDraft, label: Label, subtype: Subtype | undefined, proposal: Proposal): PassageKeyDraft {
  const own = SUBTYPES_BY_LABEL[label] as readonly Subtype[];
  if (subtype !== undefined && !own.includes(subtype))
    throw new AppError('invalid_input', `subtype: "${subtype}" is not a kind of ${LABEL_NAMES[label]}.`);
  const chosen = subtype ?? (own.includes(key.subtype) ? key.subtype : proposal.label === label ? proposal.subtype : own[0]!);
  const next = withDerived({ ...key, label, subtype: chosen });
  if (chosen === 'reader_comment' && !next.accept.includes('not_article')) next.accept = [...next.accept, 'not_article'];
  return next;
}

export function setSubtype(key: PassageKeyDraft, subtype: Subtype, proposal: Proposal): PassageKeyDraft {
  return setLabel(key, labelOfSubtype(subtype), subtype, proposal);
}

export function setRole(key: PassageKeyDraft, role: Role, proposal: Proposal): PassageKeyDraft {
  if (role === 'site') return setLabel(key, 'not_article', 'site_text', proposal);
  const next =
    key.label === 'not_article'
      ? setLabel(key, proposal.label === 'not_article' ? 'reported' : proposal.label, undefined, proposal)
      : key;
  return { ...next, role };
}

export function checkCues(cues: readonly Cue[], text: string): void {
  cues.forEach((c, i) => {
    if (c.end <= c.start) throw new AppError('invalid_input', `cues[${i}]: a cue ends (${c.end}) after it starts (${c.start}).`);
    if (c.end > text.length)
      throw new AppError(
        'invalid_input',
        `cues[${i}]: ${c.start}–${c.end} goes past the passage's end (${text.length} characters).`,
      );
  });
}

const inside = (r: { start: number; end: number }, from: number, to: number) => r.start >= from && r.end <= to;
const shift = <T extends { start: number; end: number }>(r: T, by: number): T => ({ ...r, start: r.start + by, end: r.end + by });

/** The part [from, to) of a key's ranges, re-based to `from` (cues and attribution outside are dropped). */
export function sliceKey(key: PassageKeyDraft, from: number, to: number): PassageKeyDraft {
  const out: PassageKeyDraft = { ...key, cues: key.cues.filter((c) => inside(c, from, to)).map((c) => shift(c, -from)) };
  delete out.attribution;
  const a = key.attribution;
  if (a && inside(a.source, from, to)) {
    out.attribution = { source: shift(a.source, -from) };
    if (a.verb && inside(a.verb, from, to)) out.attribution.verb = shift(a.verb, -from);
  }
  return out;
}

/** Two passages' keys joined: the first's label and explanation, the ranges of both. */
export function mergeKeys(a: PassageKeyDraft, b: PassageKeyDraft, offset: number): PassageKeyDraft {
  const cues = [...a.cues, ...b.cues.map((c) => shift(c, offset))].slice(0, 40);
  const out: PassageKeyDraft = { ...a, cues, accept: [...new Set([...a.accept, ...b.accept])].filter((l) => l !== a.label) };
  if (!a.attribution && b.attribution && a.label === 'quoted')
    out.attribution = {
      source: shift(b.attribution.source, offset),
      ...(b.attribution.verb ? { verb: shift(b.attribution.verb, offset) } : {}),
    };
  return out;
}

/** What stops the passage from being published, in words for the editor (empty = fine). */
export function passageProblems(p: { text: string; key: PassageKeyDraft; keyed: boolean }): string[] {
  const problems: string[] = [];
  const k = p.key;
  if (!p.keyed) problems.push('Not keyed yet: accept the suggestion or choose a label.');
  const explanation = k.explanation.trim();
  if (explanation.length < MIN_EXPLANATION_CHARS)
    problems.push(`No explanation yet: write at least ${MIN_EXPLANATION_CHARS} characters saying why.`);
  if (explanation.length > MAX_EXPLANATION_CHARS)
    problems.push(`The explanation is ${explanation.length} characters; at most ${MAX_EXPLANATION_CHARS}.`);
  if (p.text.length > MAX_PASSAGE_CHARS)
    problems.push(`The passage is ${p.text.length} characters; at most ${MAX_PASSAGE_CHARS}: split it.`);
  k.cues.forEach((c, i) => {
    if (c.end <= c.start || c.end > p.text.length)
      problems.push(`Cue ${i + 1} (${c.start}–${c.end}) is not inside the passage (${p.text.length} characters).`);
  });
  if (k.attribution) {
    const { source, verb } = k.attribution;
    if (source.end <= source.start || source.end > p.text.length) problems.push('The source is not inside the passage.');
    if (verb && (verb.end <= verb.start || verb.end > p.text.length))
      problems.push('The attribution verb is not inside the passage.');
  }
  if (labelOfSubtype(k.subtype) !== k.label) problems.push(`The subtype does not belong to ${LABEL_NAMES[k.label]}.`);
  if (k.accept.includes(k.label)) problems.push('An also-acceptable label repeats the primary label.');
  if (k.accept.length > 3) problems.push('At most three also-acceptable labels.');
  return problems;
}
