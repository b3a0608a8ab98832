/**
 * The lexicon as one vocabulary (vocabulary.ts): every word with two sets of bit flags (attribution and
 * style; JavaScript bit operations stop at 32 bits) and the phrases it starts. Built once at module load.
 */
import * as L from './lexicon/index.js';
import { Vocabulary } from './vocabulary.js';

// attribution and sources (map A)
export const A_SAY = 1 << 0;
export const A_LOADED = 1 << 1;
export const A_COGNITION = 1 << 2;
export const A_FINDING = 1 << 3;
export const A_SPEECH_ACT = 1 << 4;
export const A_NEGATOR = 1 << 5;
export const A_REFUSAL = 1 << 6;
export const A_ANON_NOUN = 1 << 7;
export const A_ROLE_NOUN = 1 << 8;
export const A_SPOKES = 1 << 9;
export const A_VAGUE_NOUN = 1 << 10;
export const A_VAGUE_DET = 1 << 11;
export const A_MEDIA_NOUN = 1 << 12;
export const A_OUTLET_WORD = 1 << 13;
export const A_DOC_NOUN = 1 << 14;
export const A_PRONOUN = 1 << 15;
export const A_ORG_NOUN = 1 << 16;
export const A_REPORT_HEDGE = 1 << 17;
export const A_CLAIM_NOUN = 1 << 18;
/** call/calls/called: attribution ("called the strike irresponsible") or speech act ("called for") */
export const A_CALL = 1 << 19;
/** point/points/pointed: attribution only in "point out" */
export const A_POINT = 1 << 20;
/** read/continue: attribution only before a colon or a quotation */
export const A_QUOTE_INTRO = 1 << 21;
/** The verbs of speech, belief and finding: a token with one of these flags is a finite verb. */
export const CUE_VERB_FLAGS = A_SAY | A_LOADED | A_COGNITION | A_FINDING | A_SPEECH_ACT;

// style (map S)
export const S_EVAL_STRONG = 1 << 0;
export const S_EVAL_MILD = 1 << 1;
export const S_INTENSIFIER = 1 << 2;
export const S_HEDGE = 1 << 3;
export const S_OBLIGATION = 1 << 4;
export const S_FIRST = 1 << 5;
export const S_SECOND = 1 << 6;
export const S_STANCE = 1 << 7;
export const S_IMPERATIVE = 1 << 8;
export const S_INFORMAL = 1 << 9;
export const S_TIME = 1 << 10;
export const S_BACKGROUND = 1 << 11;
export const S_FURNITURE = 1 << 12;
export const S_FURN_PREFIX = 1 << 13;
export const S_STANCE_ADVERB = 1 << 14;
export const S_NUMBER_WORD = 1 << 15;
export const S_MODAL_HEDGE = 1 << 16;

export const S_COMMON_VERB = 1 << 17;
// broad classes (lexicon/evaluation.ts, checkable.ts, site-text.ts, writer-voice.ts)
export const S_JUDGE = 1 << 18;
export const S_INTERPRET = 1 << 19;
export const S_DEGREE = 1 << 20;
export const S_GENERIC = 1 << 21;
export const S_PREDICT = 1 << 22;
export const S_EVENT = 1 << 23;
export const S_TIME_UNIT = 1 << 24;
export const S_INTERFACE = 1 << 25;
export const S_NEUTRAL_LY = 1 << 26;
export const S_FIRST_PLURAL = 1 << 27;
export const S_SITE_NOUN = 1 << 28;
export const S_UI_VERB = 1 << 29;
export const S_CONTRAST_OPENER = 1 << 30;

export const VOCAB = new Vocabulary();

const attrEntries: Array<[readonly string[], number]> = [
  [L.SAY_VERBS, A_SAY],
  [L.LOADED_VERBS, A_LOADED],
  [L.COGNITION_VERBS, A_COGNITION],
  [L.FINDING_VERBS, A_FINDING],
  [L.SPEECH_ACT_VERBS, A_SPEECH_ACT],
  [L.NEGATORS, A_NEGATOR],
  [L.REFUSAL_VERBS, A_REFUSAL],
  [L.ANONYMOUS_NOUNS, A_ANON_NOUN],
  [L.ROLE_NOUNS, A_ROLE_NOUN],
  [L.SPOKES_NOUNS, A_SPOKES],
  [L.VAGUE_NOUNS, A_VAGUE_NOUN],
  [L.VAGUE_DETERMINERS, A_VAGUE_DET],
  [L.MEDIA_NOUNS, A_MEDIA_NOUN],
  [L.OUTLET_NAME_WORDS, A_OUTLET_WORD],
  [L.DOCUMENT_NOUNS, A_DOC_NOUN],
  [L.SOURCE_PRONOUNS, A_PRONOUN],
  [L.ORG_NOUNS, A_ORG_NOUN],
  [L.REPORT_HEDGES, A_REPORT_HEDGE],
  [L.CLAIM_NOUNS, A_CLAIM_NOUN],
  [L.CALL_VERBS, A_CALL],
  [L.POINT_VERBS, A_POINT],
  [L.QUOTE_INTRO_VERBS, A_QUOTE_INTRO],
];
const styleEntries: Array<[readonly string[], number]> = [
  [L.EVALUATIVE_STRONG, S_EVAL_STRONG],
  [L.EVALUATIVE_MILD, S_EVAL_MILD],
  [L.INTENSIFIERS, S_INTENSIFIER],
  [L.HEDGES, S_HEDGE],
  [L.OBLIGATION_MODALS, S_OBLIGATION],
  [L.FIRST_PERSON, S_FIRST],
  [L.SECOND_PERSON, S_SECOND],
  [L.STANCE_VERBS, S_STANCE],
  [L.IMPERATIVE_OPENERS, S_IMPERATIVE],
  [L.INFORMAL_WORDS, S_INFORMAL],
  [L.TIME_WORDS, S_TIME],
  [L.BACKGROUND_WORDS, S_BACKGROUND],
  [L.FURNITURE_WORDS, S_FURNITURE],
  [L.FURNITURE_PREFIXES, S_FURN_PREFIX],
  [L.STANCE_ADVERBS, S_STANCE_ADVERB],
  [L.NUMBER_WORDS, S_NUMBER_WORD],
  [L.MODAL_HEDGES, S_MODAL_HEDGE],
  [L.COMMON_VERBS, S_COMMON_VERB],
  [L.JUDGEMENT_WORDS, S_JUDGE],
  [L.INTERPRETIVE_VERBS, S_INTERPRET],
  [L.DEGREE_WORDS, S_DEGREE],
  [L.GENERIC_SUBJECTS, S_GENERIC],
  [L.PREDICTIVE_WORDS, S_PREDICT],
  [L.EVENT_VERBS, S_EVENT],
  [L.TIME_UNITS, S_TIME_UNIT],
  [L.INTERFACE_WORDS, S_INTERFACE],
  [L.CREDIT_PREFIXES, S_FURN_PREFIX],
  [L.NEUTRAL_LY, S_NEUTRAL_LY],
  [L.SITE_NOUNS, S_SITE_NOUN],
  [L.UI_VERBS, S_UI_VERB],
  [L.FIRST_PLURAL, S_FIRST_PLURAL],
  [L.CONTRAST_OPENERS, S_CONTRAST_OPENER],
  [L.METADATA_OPENERS, 0],
  [L.IDENTITY_WORDS, 0],
];
for (const [list, flag] of attrEntries) for (const w of list) VOCAB.addAttr(w, flag);
for (const list of [
  L.SHAPE_WORDS,
  L.SWEEPING_WORDS,
  L.IT_FRAME_VERBS,
  L.FRAME_BLOCKERS,
  L.SITE_DETERMINERS,
  L.DEMONSTRATIVES,
  L.DEMONSTRATIVE_FOLLOWERS,
  L.EXPLAINER_OPENERS,
])
  for (const w of list) VOCAB.intern(w);
for (const [list, flag] of styleEntries) for (const w of list) VOCAB.addStyle(w, flag);

// phrases
export const P_ANONYMITY = 1;
export const P_OBLIGATION = 2;
export const P_ANALYSIS = 3;
export const P_NON_RESPONSE = 4;
export const P_FURNITURE = 5;
export const P_ACCORDING = 6;
export const P_PASSIVE_REPORT = 7;
export const P_REPORTS = 8;
export const P_COMMENT_IDIOM = 9;
export const P_HEDGE = 10;

/** "did not respond" is also written "didn't respond": add the contracted variants of each phrase. */
function withContractions(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of list) {
    out.push(text);
    const m = /^(.*?)\b(do|does|did|has|have|had|is|are|was|were|could|would|should) not\b(.*)$/.exec(text);
    if (m) out.push(`${m[1]}${m[2]}n't${m[3]}`);
    if (text.includes('can not')) out.push(text.replace('can not', 'cannot'), text.replace('can not', "can't"));
    if (text.includes('will not')) out.push(text.replace('will not', "won't"));
  }
  return out;
}

function addPhrases(list: readonly string[], tag: number): void {
  for (const text of withContractions(list)) VOCAB.addPhrase(text.split(' '), tag);
}
addPhrases(L.ANONYMITY_PHRASES, P_ANONYMITY);
addPhrases(L.OBLIGATION_PHRASES, P_OBLIGATION);
addPhrases(L.ANALYSIS_PHRASES, P_ANALYSIS);
addPhrases(L.NON_RESPONSE_PHRASES, P_NON_RESPONSE);
addPhrases(L.FURNITURE_PHRASES, P_FURNITURE);
addPhrases(['according to'], P_ACCORDING);
addPhrases(L.PASSIVE_REPORT_PHRASES, P_PASSIVE_REPORT);
addPhrases(L.REPORTS_PHRASES, P_REPORTS);
addPhrases(L.COMMENT_IDIOMS, P_COMMENT_IDIOM);
addPhrases(L.HEDGE_PHRASES, P_HEDGE);
VOCAB.seal();
// every contracted negation the lexicon knows ("didn't", "won't") negates: flag it once here, not per token
VOCAB.words.forEach((w, id) => {
  if (w.length > 3 && w.endsWith("n't")) VOCAB.attr[id]! |= A_NEGATOR;
});
