/**
 * Attribution: who is said to say what. Finds the cue (an attribution verb, "according to", a reporting
 * hedge), its source (the noun phrase before or after the verb), the source's kind, and the scope of the
 * relayed content, after the source–cue–content scheme of the PARC and PolNeAR corpora.
 *
 * Everything works on tokens within a fixed window around the cue, so the cost per passage is linear.
 */
import { Ch } from './chars.js';
import type { SourceKind } from '../../shared/domain.js';
import { ADD_FORMS, PROVERBIAL_SUBJECTS } from './lexicon/attribution.js';
import { AGENT_SUFFIXES } from './lexicon/sources.js';
import {
  SKIP_BEFORE_VERB,
  NP_BOUNDARY,
  PREPOSITIONS,
  DETERMINERS,
  INDEFINITE,
  RELATIVES,
  CLAUSE_MARKERS,
  NOUN_AMBIGUOUS,
  SWEEPING,
  GERUND_PREPOSITIONS,
  REPORT_FORMS,
  BE_FORMS,
  MODALS,
  POSSESSIVE_DETS,
  PHRASAL_SPEECH_PARTICLES,
} from './lexicon/grammar.js';
import {
  A_ANON_NOUN,
  A_CALL,
  A_CLAIM_NOUN,
  A_POINT,
  A_QUOTE_INTRO,
  A_COGNITION,
  A_DOC_NOUN,
  A_FINDING,
  A_LOADED,
  A_MEDIA_NOUN,
  A_NEGATOR,
  A_ORG_NOUN,
  A_OUTLET_WORD,
  A_PRONOUN,
  A_REFUSAL,
  A_REPORT_HEDGE,
  A_ROLE_NOUN,
  A_SAY,
  A_SPEECH_ACT,
  A_SPOKES,
  A_VAGUE_DET,
  A_VAGUE_NOUN,
  P_ACCORDING,
  P_ANONYMITY,
  P_NON_RESPONSE,
  P_PASSIVE_REPORT,
  P_REPORTS,
  S_FIRST,
} from './lexicon-index.js';
import type { SentenceScan } from './sentence-scan.js';
import { GAP_BRACKET, GAP_COMMA, GAP_DASH, GAP_QUOTE, GAP_STOP } from './tokens.js';

export type CueType = 'say' | 'loaded' | 'cognition' | 'finding' | 'according' | 'hedge' | 'passive';

export interface Attribution {
  type: CueType;
  /** token range of the cue (verb, "according to", "reportedly", "is said to") */
  cueFrom: number;
  cueTo: number;
  /** token range of the source, absent for agentless cues ("is said to", "reportedly") */
  sourceFrom?: number;
  sourceTo?: number;
  sourceKind: SourceKind;
  /** token range of the relayed content the cue governs */
  scopeFrom: number;
  scopeTo: number;
  /** the attribution sits in a relative clause ("…lines that Netanyahu says are…"): it relays only a little */
  embedded: boolean;
}

export interface AttributionResult {
  attributions: Attribution[];
  /** speech acts reported as events ("urged", "called for", "promised"): tokens */
  speechActs: number[];
  /** "declined to comment", "has not said": the outlet reports that nothing was said */
  nonResponse: boolean;
  /** first-person stance verbs and attribution by "I"/"we" ("I suspect"): the writer's opinion */
  firstPersonStance: number[];
}

const HARD_GAP = GAP_COMMA | GAP_STOP | GAP_QUOTE | GAP_DASH | GAP_BRACKET;
const MAX_NP = 9;

interface Np {
  from: number;
  to: number; // exclusive
}

/** Is token i a capitalised word that names someone (not merely the capital at the start of the sentence)? */
function isProperName(s: SentenceScan, i: number): boolean {
  if (!s.tok.cap[i]) return false;
  if (i > 0 && (s.tok.gap[i]! & GAP_STOP) === 0) return true;
  // sentence-initial capital: a name only if the word is not a known common word
  const w = s.tok.lower(i);
  return !DETERMINERS.has(w) && s.attr[i] === 0 && s.style[i] === 0 && !PREPOSITIONS.has(w) && !NP_BOUNDARY.has(w);
}

/** The noun phrase that ends at token `end` (inclusive), walking left to a boundary. */
function npEndingAt(s: SentenceScan, end: number): Np {
  let from = end;
  while (
    from > 0 &&
    end - from < MAX_NP - 1 &&
    (s.tok.gap[from]! & HARD_GAP) === 0 &&
    !NP_BOUNDARY.has(s.tok.lower(from - 1)) &&
    !s.tok.quoted[from - 1]
  )
    from--;
  return { from, to: end + 1 };
}

/** The noun phrase that starts at token `start`, walking right to a boundary. */
function npStartingAt(s: SentenceScan, start: number): Np {
  let to = start + 1;
  while (to < s.tok.count && to - start < MAX_NP && (s.tok.gap[to]! & HARD_GAP) === 0 && !PREPOSITIONS.has(s.tok.lower(to))) to++;
  return { from: start, to };
}

/** The subject on the left of a verb, including an appositive ("Osama Hamdan, a Hamas official, told"). */
function leftSource(s: SentenceScan, verb: number): { np: Np; head: Np } | undefined {
  let j = verb - 1;
  while (j >= 0 && SKIP_BEFORE_VERB.has(s.tok.lower(j)) && (s.tok.gap[j + 1]! & HARD_GAP) === 0) j--;
  if (j < 0 || s.tok.quoted[j]) return undefined;
  const gapAfter = s.tok.gap[j + 1]!;
  if (gapAfter & (GAP_QUOTE | GAP_STOP)) return undefined;
  if (gapAfter & GAP_COMMA) {
    // "X, appositive, said": the appositive runs back to a comma; the head is the phrase before it
    const appositive = npEndingAt(s, j);
    if (appositive.from > 0 && s.tok.gap[appositive.from]! & GAP_COMMA && !s.tok.quoted[appositive.from - 1]) {
      const head = npEndingAt(s, appositive.from - 1);
      if (head.to - head.from <= 5 && (isProperName(s, head.to - 1) || s.attr[head.to - 1]! & (A_PRONOUN | A_ORG_NOUN)))
        return { np: { from: head.from, to: appositive.to }, head };
      // "…postponed, a spokesperson for the authority, told": the appositive is the subject itself
    }
    if (appositive.from === 0 || s.tok.gap[appositive.from]! & (GAP_COMMA | GAP_QUOTE | GAP_STOP))
      return { np: appositive, head: appositive };
    return undefined;
  }
  const np = npEndingAt(s, j);
  return { np, head: np };
}

/** The subject after a verb in inverted order ("…,” said Margit Oberholz, 67). */
function rightSource(s: SentenceScan, verb: number): Np | undefined {
  const k = verb + 1;
  if (k >= s.tok.count || s.tok.quoted[k] || s.tok.gap[k]! & HARD_GAP) return undefined;
  const np = npStartingAt(s, k);
  return np;
}

/** The first chunk of a noun phrase (up to a preposition or relative word) and its last token: the head. */
function headOf(s: SentenceScan, np: Np): { chunkFrom: number; head: number } {
  let end = np.from;
  while (end < np.to && (end === np.from || !PREPOSITIONS.has(s.tok.lower(end)))) end++;
  return { chunkFrom: np.from, head: end - 1 };
}

function classifySource(s: SentenceScan, np: Np, head: Np): SourceKind {
  if (s.phraseTags & (1 << P_ANONYMITY)) return 'anonymous';
  for (let i = np.from; i < np.to; i++) if (s.attr[i]! & A_ANON_NOUN) return 'anonymous';
  const { chunkFrom, head: h } = headOf(s, head);
  const ha = s.attr[h]!;
  if (ha & A_DOC_NOUN && !(ha & A_ORG_NOUN)) return 'document';
  if (ha & A_MEDIA_NOUN) return 'media';
  for (let i = chunkFrom; i <= h; i++) {
    if ((s.attr[i]! & A_OUTLET_WORD && s.tok.cap[i] && i > chunkFrom) || (s.attr[i]! & A_MEDIA_NOUN && i < h)) return 'media';
  }
  if (ha & A_SPOKES) return 'named';
  const first = s.tok.lower(chunkFrom);
  let properHead = false;
  for (let i = chunkFrom; i <= h; i++) if (isProperName(s, i) && !(s.attr[i]! & A_VAGUE_NOUN)) properHead = i === h || properHead;
  if (s.attr[chunkFrom]! & A_VAGUE_DET && !DETERMINERS.has(first)) return 'vague';
  if (ha & A_VAGUE_NOUN && !properHead) {
    let determined = false;
    for (let i = chunkFrom; i < h; i++) if (DETERMINERS.has(s.tok.lower(i))) determined = true;
    if (!determined) return 'vague';
  }
  if (INDEFINITE.has(first) && ha & A_ROLE_NOUN && !properHead) return 'anonymous';
  return 'named';
}

/** Does the token range look like someone or something that can hold a view (not "the move", "it")? */
function isSourceLike(s: SentenceScan, np: Np): boolean {
  for (let i = np.from; i < np.to; i++) {
    const a = s.attr[i]!;
    if (a & (A_VAGUE_NOUN | A_ROLE_NOUN | A_ORG_NOUN | A_ANON_NOUN | A_MEDIA_NOUN | A_DOC_NOUN | A_SPOKES | A_VAGUE_DET))
      return true;
    if (a & A_PRONOUN && s.tok.lower(i) !== 'it' && s.tok.lower(i) !== 'its') return true;
    if (isProperName(s, i)) return true;
    const w = s.tok.lower(i);
    if (w.length > 5 && AGENT_SUFFIXES.some((suf) => w.endsWith(suf))) return true;
  }
  return false;
}

/** A possessive before the word ("the federation's claim", "Courier's report"): it is a noun. */
function afterPossessive(s: SentenceScan, i: number): boolean {
  if (i === 0) return false;
  const prev = s.tok.lower(i - 1);
  return (
    POSSESSIVE_DETS.has(prev) ||
    prev.endsWith("'s") ||
    (prev.endsWith('s') && s.text.charCodeAt(s.tok.end[i - 1]!) === Ch.RightSingleQuote)
  );
}

/** Looks like a verb here: a source-like word right before it, or a that-clause/quotation right after. */
function verbalUse(s: SentenceScan, v: number): boolean {
  const next = v + 1 < s.tok.count ? s.tok.lower(v + 1) : '';
  if (next === 'that' || (v + 1 < s.tok.count && s.tok.quoted[v + 1])) return true;
  if (v === 0 || (s.tok.gap[v]! & (GAP_COMMA | GAP_STOP | GAP_QUOTE)) !== 0) return false;
  const p = v - 1;
  const a = s.attr[p]!;
  if (BE_FORMS.has(s.tok.lower(p)) || s.tok.lower(p) === 'has' || s.tok.lower(p) === 'have')
    return s.tok.lower(v).endsWith('ing');
  if (a & (A_PRONOUN | A_VAGUE_NOUN | A_ROLE_NOUN | A_ORG_NOUN | A_ANON_NOUN | A_MEDIA_NOUN | A_SPOKES | A_DOC_NOUN))
    return s.tok.lower(p) !== 'its' && s.tok.lower(p) !== 'his' && s.tok.lower(p) !== 'her' && s.tok.lower(p) !== 'their';
  return isProperName(s, p);
}

/** A modal right before the verb ("can keep claiming", "will print"): a hypothetical, not a report. */
function underModal(s: SentenceScan, v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const w = s.tok.lower(k);
    if (MODALS.has(w)) return true;
    if (s.tok.gap[k + 1]! & (GAP_COMMA | GAP_STOP | GAP_QUOTE)) break;
    if (
      w !== 'keep' &&
      w !== 'keeps' &&
      w !== 'just' &&
      w !== 'also' &&
      w !== 'still' &&
      w !== 'even' &&
      w !== 'go' &&
      w !== 'always' &&
      w !== 'now'
    )
      break;
  }
  return false;
}

/** A passive ("residents were told to…"): the subject is the one addressed, not the speaker. */
function passiveUse(s: SentenceScan, v: number): boolean {
  const form = s.tok.lower(v);
  if (form.endsWith('ing') || form.endsWith('s')) return false; // "are reporting", "is says" — not a participle
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const w = s.tok.lower(k);
    if (BE_FORMS.has(w)) return true;
    if (!SKIP_BEFORE_VERB.has(w) && !w.endsWith('ly')) break;
  }
  return false;
}

function isFirstPerson(s: SentenceScan, np: Np): boolean {
  return np.to - np.from === 1 && (s.style[np.from]! & S_FIRST) !== 0;
}

function isNegated(s: SentenceScan, verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 3; k--) {
    if (s.attr[k]! & (A_NEGATOR | A_REFUSAL)) return true;
    if (s.tok.gap[k + 1]! & (GAP_COMMA | GAP_STOP | GAP_QUOTE)) break;
  }
  return false;
}

/** A quotation starting after token `verb` in this sentence: "urging him to “be brave”". */
function quoteAfter(s: SentenceScan, verb: number): boolean {
  return s.lastQuoteOpen > s.tok.end[verb]!;
}

function clauseFollows(s: SentenceScan, verb: number, window: number): boolean {
  for (let k = verb + 1; k < s.tok.count && k <= verb + window; k++) {
    if (CLAUSE_MARKERS.has(s.tok.lower(k))) return true;
    if (s.tok.gap[k]! & (GAP_STOP | GAP_QUOTE)) return false;
  }
  return false;
}

/** Is the verb at the end of its sentence or clause ("…, court records show.")? */
function verbIsFinal(s: SentenceScan, verb: number): boolean {
  const k = verb + 1;
  if (k >= s.tok.count) return true;
  // allow a short tail ("on Thursday", "in a statement") before the end or a comma
  for (let j = k; j < s.tok.count && j <= verb + 5; j++) {
    if (s.tok.gap[j]! & (GAP_COMMA | GAP_STOP)) return true;
    if (j === s.tok.count - 1) return true;
  }
  return false;
}

/** Where the relayed content is, given the cue and its source. */
function scopeFor(
  s: SentenceScan,
  cueFrom: number,
  cueTo: number,
  src: Np | undefined,
  inverted: boolean,
): { from: number; to: number; embedded: boolean } {
  const n = s.tok.count;
  if (inverted) return { from: 0, to: cueFrom, embedded: false };
  const start = src ? Math.min(src.from, cueFrom) : cueFrom;
  // relative clause: "…lines that Netanyahu says are non-negotiable" — content is the rest of that clause
  if (start > 0 && RELATIVES.has(s.tok.lower(start - 1)) && start > 3 && (s.tok.gap[start - 1]! & GAP_COMMA) === 0) {
    let to = cueTo;
    while (to < n && to - cueTo < 40 && (s.tok.gap[to]! & (GAP_COMMA | GAP_STOP)) === 0) to++;
    return { from: cueTo, to, embedded: true };
  }
  // source set off after the content: "…, Kirby said." / "…, court records show."
  if (start > 0 && s.tok.gap[start]! & (GAP_COMMA | GAP_QUOTE | GAP_DASH) && verbIsFinal(s, cueTo - 1)) {
    // a short introductory phrase before the comma ("In response, X said…") is not content
    if (start <= 4 && !(s.tok.gap[start]! & GAP_QUOTE) && cueTo < n - 3) return { from: cueTo, to: n, embedded: false };
    return { from: 0, to: start, embedded: false };
  }
  return { from: cueTo, to: n, embedded: false };
}

/** Document named in an opening frame: "In this letter, …", "In its annual report, …". */
function documentFrame(s: SentenceScan): boolean {
  if (s.tok.count < 3 || s.tok.lower(0) !== 'in') return false;
  for (let i = 1; i < Math.min(6, s.tok.count); i++) {
    if (s.tok.gap[i]! & GAP_COMMA) return false;
    if (s.attr[i]! & A_DOC_NOUN && !(s.attr[i]! & A_ORG_NOUN)) return true;
  }
  return false;
}

/** Most words capitalised: a title-case headline, where capitals say nothing about names. */
function titleCase(s: SentenceScan): boolean {
  let caps = 0;
  for (let i = 0; i < s.tok.count; i++) if (s.tok.cap[i]) caps++;
  return s.tok.count >= 3 && caps >= 0.7 * s.tok.count;
}

/**
 * "Their central objection is that…", "The ministry's position was that…": a stated position introduced by
 * a possessive, followed by "is/was that". The possessor is the source.
 */
function claimNoun(s: SentenceScan, i: number, result: AttributionResult): void {
  const n = s.tok.count;
  if (i + 2 >= n || !BE_FORMS.has(s.tok.lower(i + 1)) || s.tok.lower(i + 2) !== 'that') return;
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && !POSSESSIVE_DETS.has(s.tok.lower(k)) && !afterPossessive(s, k + 1)) k--;
  if (k < 0 || i - k > 3) return;
  const from = POSSESSIVE_DETS.has(s.tok.lower(k)) ? k : Math.max(0, k);
  result.attributions.push({
    type: 'say',
    cueFrom: i,
    cueTo: i + 3,
    sourceFrom: from,
    sourceTo: from + 1,
    sourceKind: 'named',
    scopeFrom: i + 3,
    scopeTo: n,
    embedded: false,
  });
}

/** Attributions in one passage. */
export function findAttributions(s: SentenceScan): AttributionResult {
  const result: AttributionResult = {
    attributions: [],
    speechActs: [],
    nonResponse: (s.phraseTags & (1 << P_NON_RESPONSE)) !== 0,
    firstPersonStance: [],
  };
  phraseAttributions(s, result);
  const docFrame = documentFrame(s);
  const title = titleCase(s);
  for (let v = 0; v < s.tok.count; v++) {
    if (s.tok.quoted[v]) continue;
    const type = verbCueType(s, v, title, result);
    if (type !== undefined) attributeVerb(s, v, type, docFrame, result);
  }
  result.attributions.sort((x, y) => x.cueFrom - y.cueFrom);
  return result;
}

/** Words that open relayed content after a speech act: "warned that…", "asked whether…". */
const CONTENT_OPENERS: ReadonlySet<string> = new Set(['that', 'whether']);

/** A colon right after token v ("The letter reads: …"). */
function colonAfter(s: SentenceScan, v: number): boolean {
  return s.text.charCodeAt(s.tok.end[v]!) === Ch.Colon;
}

/**
 * Say-verb homographs and idioms: forms of a speech verb that report no speech here — "The letter reads"
 * without a colon or quotation ("he read the book"), "adding water", "as they say", "a surgery called…".
 */
function notSpeechHere(s: SentenceScan, v: number): boolean {
  const n = s.tok.count;
  const w = s.tok.lower(v);
  const next = v + 1 < n ? s.tok.lower(v + 1) : '';
  const introduces = next === 'that' || colonAfter(s, v) || quoteAfter(s, v) || (v + 1 < n && s.tok.quoted[v + 1] === 1);
  if (s.attr[v]! & A_QUOTE_INTRO && !(s.attr[v]! & (A_SAY | A_LOADED | A_SPEECH_ACT))) return !introduces;
  // "adding water", "added sugar": "add" with an object; "he added that…", "…,” he added." are reports
  if (ADD_FORMS.includes(w) && !introduces && v + 1 < n && !(s.tok.gap[v + 1]! & (GAP_COMMA | GAP_QUOTE | GAP_STOP))) return true;
  // "as they say": a saying, not a source
  if ((w === 'say' || w === 'says') && v >= 2 && PROVERBIAL_SUBJECTS.includes(s.tok.lower(v - 1)) && s.tok.lower(v - 2) === 'as')
    return true;
  // "a surgery called gastric bypass", "a town called Hope": naming, not speech
  if (w === 'called' && v > 0 && !isSourceLike(s, { from: v - 1, to: v })) return true;
  return false;
}

/** Phrase cues: "according to", "is said to", "amid reports". */
function phraseAttributions(s: SentenceScan, result: AttributionResult): void {
  const n = s.tok.count;
  for (const m of s.phrases) {
    if (s.tok.quoted[m.from]) continue;
    if (m.tag === P_ACCORDING) {
      const np = m.to < n ? npStartingAt(s, m.to) : undefined;
      // "according to figures from the statistics office": extend over "from/by/of" + phrase
      let full = np;
      if (np) {
        let to = np.to;
        while (to < n && to - m.to < 12 && (s.tok.gap[to]! & (GAP_COMMA | GAP_STOP | GAP_QUOTE)) === 0) to++;
        full = { from: np.from, to };
      }
      const kind = np && full ? classifySource(s, full, np) : 'vague';
      const atStart = m.from === 0 || (m.from <= 3 && (s.tok.gap[m.from]! & GAP_COMMA) !== 0);
      const scope = atStart ? { from: full ? full.to : m.to, to: n, embedded: false } : { from: 0, to: m.from, embedded: false };
      result.attributions.push({
        type: 'according',
        cueFrom: m.from,
        cueTo: m.to,
        ...(full ? { sourceFrom: full.from, sourceTo: full.to } : {}),
        sourceKind: kind,
        scopeFrom: scope.from,
        scopeTo: scope.to,
        embedded: false,
      });
    } else if (m.tag === P_PASSIVE_REPORT || m.tag === P_REPORTS) {
      result.attributions.push({
        type: 'passive',
        cueFrom: m.from,
        cueTo: m.to,
        sourceKind: m.tag === P_REPORTS || s.tok.lower(m.to - 1) === 'reports' ? 'media' : 'vague',
        scopeFrom: m.tag === P_REPORTS ? m.to : 0,
        scopeTo: n,
        embedded: false,
      });
    }
  }
}

/**
 * Is token v an attribution verb here, and of which type? Hedges ("reportedly"), speech acts reported as
 * events and non-responses are recorded in `result` on the way (and give no verb type).
 */
function verbCueType(s: SentenceScan, v: number, title: boolean, result: AttributionResult): CueType | undefined {
  const n = s.tok.count;
  const a = s.attr[v]!;
  if (a & A_REPORT_HEDGE) {
    const prev = v > 0 ? s.tok.lower(v - 1) : '';
    // "the alleged bribe" is a hedge on a noun; "reportedly tore" hedges the whole clause
    result.attributions.push({
      type: 'hedge',
      cueFrom: v,
      cueTo: v + 1,
      sourceKind: s.tok.lower(v) === 'reportedly' ? 'media' : 'vague',
      scopeFrom: 0,
      scopeTo: n,
      embedded: DETERMINERS.has(prev),
    });
    return undefined;
  }
  if (!(a & (A_SAY | A_LOADED | A_COGNITION | A_FINDING | A_SPEECH_ACT | A_CALL | A_POINT | A_QUOTE_INTRO))) {
    if (a & A_CLAIM_NOUN) claimNoun(s, v, result);
    return undefined;
  }
  // capitalised inside a sentence, it is a name ("the United States"), unless the passage is in title case
  if (s.tok.cap[v] && v > 0 && (s.tok.gap[v]! & GAP_STOP) === 0 && !title) return undefined;
  // a determiner or preposition before it makes it a noun ("the claims", "a report", "of statements")
  if (
    v > 0 &&
    (DETERMINERS.has(s.tok.lower(v - 1)) || s.tok.lower(v - 1) === 'to' || s.tok.lower(v - 1) === 'of') &&
    (s.tok.gap[v]! & HARD_GAP) === 0
  )
    return undefined;
  if (notSpeechHere(s, v)) return undefined;
  if (afterPossessive(s, v)) return undefined;
  // a gerund after a preposition is a noun phrase, not a report ("thanks for explaining")
  if (v > 0 && GERUND_PREPOSITIONS.has(s.tok.lower(v - 1)) && s.tok.lower(v).endsWith('ing')) return undefined;
  if (NOUN_AMBIGUOUS.has(s.tok.lower(v)) && !verbalUse(s, v)) return undefined;
  // "the sums do not add up": a phrasal verb, not speech
  if (v + 1 < n && s.tok.lower(v + 1) === 'up' && s.tok.lower(v).startsWith('add')) return undefined;
  // questions and hypotheticals relay nothing ("Can someone explain…?", "this rag will print anything")
  if (s.question || underModal(s, v)) return undefined;
  // "has been widely criticised as cronyism", "was dismissed as a stunt": the label after "as" is relayed
  if (
    passiveUse(s, v) &&
    v + 2 < n &&
    s.tok.lower(v + 1) === 'as' &&
    a & (A_SPEECH_ACT | A_LOADED | A_SAY) &&
    !(s.tok.gap[v + 1]! & HARD_GAP)
  ) {
    result.attributions.push({
      type: 'passive',
      cueFrom: v,
      cueTo: v + 1,
      sourceKind: 'vague',
      scopeFrom: v + 2,
      scopeTo: n,
      embedded: false,
    });
    return undefined;
  }
  if (passiveUse(s, v) && s.tok.lower(v) !== 'quoted') {
    // "residents were told to…", "were urged to…": a directive reported as an event
    if (a & A_SPEECH_ACT || s.tok.lower(v) === 'told') result.speechActs.push(v);
    return undefined;
  }
  if (isNegated(s, v)) {
    if (a & (A_SAY | A_LOADED | A_SPEECH_ACT)) result.nonResponse = true;
    return undefined;
  }
  if (v === 0 && !(a & (A_SAY | A_LOADED))) return undefined; // "Asking a 14-year-old…": a gerund subject, not a report
  if (a & A_QUOTE_INTRO && !(a & (A_SAY | A_LOADED | A_SPEECH_ACT))) return 'say'; // before a colon or quotation (notSpeechHere)
  if (a & A_POINT) {
    if (v + 1 >= n || s.tok.lower(v + 1) !== 'out') return undefined;
    return 'say';
  } else if (a & A_CALL) {
    const next = v + 1 < n ? s.tok.lower(v + 1) : '';
    if (PHRASAL_SPEECH_PARTICLES.has(next) || (v + 1 < n && s.tok.cap[v + 1] && !s.tok.quoted[v + 1])) {
      result.speechActs.push(v);
      return undefined;
    }
    return 'say';
  } else if (a & A_LOADED) return 'loaded';
  else if (a & A_SAY) return 'say';
  else if (a & A_FINDING) return 'finding';
  else if (a & A_COGNITION) return 'cognition';
  else {
    // speech act: an attribution only when content follows ("warned reporters that…", "urging him to “be brave”")
    // "…questioned whether", "asked if": a relayed question is content too
    const that = (v + 1 < n && CONTENT_OPENERS.has(s.tok.lower(v + 1))) || (v + 2 < n && CONTENT_OPENERS.has(s.tok.lower(v + 2)));
    if (!that && !quoteAfter(s, v)) {
      result.speechActs.push(v);
      return undefined;
    }
    return 'say';
  }
}

/** The source and scope of attribution verb v; pushes the attribution when it relays content. */
function attributeVerb(s: SentenceScan, v: number, type: CueType, docFrame: boolean, result: AttributionResult): void {
  const n = s.tok.count;
  const left = leftSource(s, v);
  let src: Np | undefined = left?.np;
  let head: Np | undefined = left?.head;
  let inverted = false;
  if (!src && (type === 'say' || type === 'loaded')) {
    const r = rightSource(s, v);
    if (r && v > 0 && (s.tok.gap[v]! & (GAP_QUOTE | GAP_COMMA) || s.tok.quoted[v - 1])) {
      src = r;
      head = r;
      inverted = true;
    }
  }
  if (src && isFirstPerson(s, src) && !inverted) {
    // "I suspect…", "we believe…": the writer's own view, not a relayed one
    if (type === 'cognition' || type === 'finding') result.firstPersonStance.push(v);
    return;
  }
  // "Nobody seriously believes…", "Everyone knows…": a sweeping claim in the writer's voice, not a source
  if (src && (type === 'cognition' || type === 'finding') && SWEEPING.has(s.tok.lower(src.from))) return;
  if (type === 'cognition' || type === 'finding') {
    const docSubject = src !== undefined && head !== undefined && (s.attr[headOf(s, head).head]! & A_DOC_NOUN) !== 0;
    if (!src || !isSourceLike(s, src)) return;
    if (type === 'finding' && !docSubject && !clauseFollows(s, v, 1)) return;
    const postposed = src.from > 0 && (s.tok.gap[src.from]! & (GAP_COMMA | GAP_QUOTE)) !== 0 && verbIsFinal(s, v);
    if (!docSubject && !clauseFollows(s, v, type === 'cognition' ? 4 : 1) && !postposed) return;
  }
  if (REPORT_FORMS.has(s.tok.lower(v)) && src && head && !inverted) {
    // "the company reported a loss": results announced, an event; "media reported that…" relays a claim
    const kind = classifySource(s, src, head);
    const next = v + 1 < n ? s.tok.lower(v + 1) : '';
    const postposed = src.from > 0 && (s.tok.gap[src.from]! & (GAP_COMMA | GAP_QUOTE)) !== 0 && verbIsFinal(s, v);
    if (
      kind === 'named' &&
      !postposed &&
      !clauseFollows(s, v, 2) &&
      !next.endsWith('ing') &&
      !isSourceLike(s, { from: head.to - 1, to: head.to })
    ) {
      result.speechActs.push(v);
      return;
    }
  }
  if (!src && type !== 'say' && type !== 'loaded') return;
  if (!src) {
    // a bare verb with no source ("Asked whether…, replied") relays too, but weakly
    if (!quoteAfter(s, v) && s.spans.length === 0) return;
  }
  let kind: SourceKind = src && head ? classifySource(s, src, head) : 'named';
  if (docFrame && kind === 'named') kind = 'document';
  const scope = scopeFor(s, v, v + 1, src, inverted);
  // no content to relay ("…anything the government tells it"): a mention of speech, not an attribution
  if (scope.to - scope.from <= 1 && s.spans.length === 0) return;
  result.attributions.push({
    type,
    cueFrom: v,
    cueTo: v + 1,
    ...(src ? { sourceFrom: src.from, sourceTo: src.to } : {}),
    sourceKind: kind,
    scopeFrom: scope.from,
    scopeTo: scope.to,
    embedded: scope.embedded,
  });
}
