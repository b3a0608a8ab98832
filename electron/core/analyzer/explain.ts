/**
 * One sentence that says why a passage got its label, built from the features that decided it (the rows
 * of the scoring table that pushed the winner ahead of the runner-up) and the words that fired them.
 *
 * Every passage gets one, so it is built from shared pieces: each reason is a template of fixed text
 * around at most two quoted words of the passage (the example that fired the feature, the source). The
 * fixed text between two quoted words is joined once and cached, so a sentence costs a few string joins
 * around its quoted words, and a sentence made only of fixed text costs none.
 */
import { LABEL_NAMES, SUBTYPE_NAMES, type Label, type Subtype } from '../../shared/domain.js';
import { F, type Feature, type PassageEvidence } from './cues.js';

/** Quoted words longer than this are cut to QUOTE_CUT characters and an ellipsis. */
const QUOTE_MAX = 60;
const QUOTE_CUT = 57;

/**
 * A reason's template: a [open1 “x”] b [open2 “y”] c, where x and y are the passage's words
 * (the example or the source, see Slot) and a bracketed part is left out when its words are missing.
 * Reasons with the same `id` read the same, so equal words make equal reasons (listed once).
 */
interface Template {
  id: number;
  slot1: Slot;
  slot2: Slot;
  /** the fixed text between the quoted words, joined once for each combination of present words */
  whole: string; // a b c
  a1: string; // a open1 “
  m12: string; // ” b open2 “
  m1: string; // ” b c
  ab2: string; // a b open2 “
  c2: string; // ” c
}

const enum Slot {
  None = 0,
  Example = 1,
  Source = 2,
  FurnitureExample = 3,
}

let nextId = 0;
function t(a: string, slot1 = Slot.None, b = '', open1 = '', slot2 = Slot.None, c = '', open2 = ''): Template {
  return {
    id: nextId++,
    slot1,
    slot2,
    whole: a + b + c,
    a1: `${a}${open1}“`,
    m12: `”${b}${open2}“`,
    m1: `”${b}${c}`,
    ab2: `${a}${b}${open2}“`,
    c2: `”${c}`,
  };
}
/** Fixed text, then the example in quotes, then fixed text: the commonest shape. */
function ex(a: string, b: string): Template {
  return t(a, Slot.Example, b);
}

const JUDGEMENT = ex("judgement words in the outlet's voice (", ')');
const CHECKABLE = t('checkable details such as numbers and dates');
const FURNITURE = t('site furniture (', Slot.FurnitureExample, ')');

/** The template of each feature, by feature index (undefined: the feature gives no reason). */
const TEMPLATES: Array<Template | undefined> = [];
const byFeature: Partial<Record<Feature, Template>> = {
  quote_full: t('the passage is mostly words in quote marks'),
  quote_partial: t('it carries words in quote marks'),
  quote_word: t('a word is set in quote marks'),
  attr_say: t('it is attributed', Slot.Source, ' with the verb ', ' to ', Slot.Example, ''),
  attr_loaded: t('it is attributed', Slot.Source, ' with the loaded verb ', ' to ', Slot.Example, ', which judges the speaker'),
  attr_belief: t('it relays a view or finding', Slot.Source, ' (', ' to ', Slot.Example, ')'),
  attr_according: t('it is attributed with ', Slot.Example, '', '', Slot.Source, '', ' '),
  attr_agentless: ex('it is attributed without a named source (', ')'),
  attr_embedded: ex('only a small part is attributed (', ')'),
  speech_act: ex('it reports that something was said or asked (', ') rather than relaying a claim'),
  non_response: t('it reports that someone did not comment'),
  evaluative_strong: JUDGEMENT,
  evaluative_mild: JUDGEMENT,
  intensifier: ex('an intensifying or stance word (', ')'),
  stance_adverb: ex('a stance word (', '): the writer vouching or judging'),
  prediction: ex("a prediction in the outlet's voice (", ')'),
  demonstrative_opener: ex('it comments on the story (', ')'),
  hedge: ex('a hedge (', "), the writer's own estimate"),
  modal_hedge: ex('a modal hedge (', ')'),
  explainer: ex('it explains rather than reports (', ')'),
  obligation: ex('a modal of obligation (', ')'),
  first_person: ex('first person outside quotes (', ')'),
  second_person: ex('second person outside quotes (', ')'),
  writer_stance: ex("the writer's own stance (", ')'),
  question: t('a rhetorical question'),
  exclamation: t('an exclamation mark'),
  informal: ex('informal writing (', ')'),
  imperative: ex('an imperative (', ')'),
  analysis_phrase: ex('an interpretive phrase (', ')'),
  numbers: CHECKABLE,
  time: CHECKABLE,
  furniture: FURNITURE,
  furniture_only: FURNITURE,
  no_verb_fragment: t('a fragment without a verb'),
  judgement: JUDGEMENT,
  interpretive: ex('an interpretation of events (', ')'),
  degree: ex('a comparison with no measure (', ')'),
  generic_subject: ex('a sweeping subject (', ')'),
  unanchored: t('nothing a reader could check: no number, date, name, event or source'),
  event_verb: ex('a concrete event (', ')'),
  manner_adverb: ex('a manner or degree adverb (', ')'),
  site_reference: ex('it refers to the page or its reader (', ')'),
  ui_imperative: ex('an instruction to the reader as a user of the site (', ')'),
  evaluative_frame: ex('a verdict framed as "it is …" (', ')'),
  byline: ex('a byline or credit (', ')'),
};
for (const [k, tpl] of Object.entries(byFeature)) TEMPLATES[F[k as Feature]] = tpl;

/** Fixed text joined to fixed text, cached: the pieces are a small closed set, so the cache stays small. */
const joined = new Map<string, Map<string, string>>();
const JOIN_CACHE_LIMIT = 20_000;
let joinedCount = 0;

function join(x: string, y: string): string {
  if (y.length === 0) return x;
  if (x.length === 0) return y;
  let inner = joined.get(x);
  if (inner === undefined) {
    if (joinedCount >= JOIN_CACHE_LIMIT) return x + y;
    inner = new Map<string, string>();
    joined.set(x, inner);
  }
  let s = inner.get(y);
  if (s === undefined) {
    s = x + y;
    if (joinedCount < JOIN_CACHE_LIMIT) {
      inner.set(y, s);
      joinedCount++;
    }
  }
  return s;
}

/**
 * The sentence under construction: `out` holds everything up to the last quoted words, `fixed` the fixed
 * text after them (joined through the cache). A quoted word is appended as out + fixed + word.
 */
let out = '';
let fixed = '';
let started = false;

function addFixed(s: string): void {
  fixed = join(fixed, s);
}

function addWords(s: string): void {
  out = started ? out + fixed + s : fixed + s;
  started = true;
  fixed = '';
}

/** Quoted words (the marks are in the fixed text around them), cut when long. */
function addQuotedWords(words: string): void {
  if (words.length > QUOTE_MAX) {
    addWords(words.slice(0, QUOTE_CUT));
    addFixed('…');
  } else addWords(words);
}

/** The words for a slot, or undefined when missing or empty (an empty quote is left out). */
function slotWords(slot: Slot, feature: number, ev: PassageEvidence): string | undefined {
  let a: number;
  let b: number;
  if (slot === Slot.Source) {
    const p = ev.primary;
    if (!p || p.sourceStart === undefined || p.sourceEnd === undefined) return undefined;
    a = p.sourceStart;
    b = p.sourceEnd;
  } else {
    const k = slot === Slot.FurnitureExample ? F.furniture : feature;
    a = ev.examples[2 * k]!;
    if (a < 0) return undefined;
    b = ev.examples[2 * k + 1]!;
  }
  return b > a ? ev.text.slice(a, b) : undefined;
}

// the reasons chosen for the current passage (at most three, counted in explain()): template and words
const chosen: Template[] = [];
const chosenX: Array<string | undefined> = [];
const chosenY: Array<string | undefined> = [];

/** Two words read the same once quoted (long ones are cut). */
function sameQuote(p: string | undefined, q: string | undefined): boolean {
  if (p === q) return true;
  if (p === undefined || q === undefined || p.length <= QUOTE_MAX || q.length <= QUOTE_MAX) return false;
  return p.slice(0, QUOTE_CUT) === q.slice(0, QUOTE_CUT);
}

function addReason(tpl: Template, x: string | undefined, y: string | undefined): void {
  if (x !== undefined) {
    addFixed(tpl.a1);
    addQuotedWords(x);
    if (y !== undefined) {
      addFixed(tpl.m12);
      addQuotedWords(y);
      addFixed(tpl.c2);
    } else addFixed(tpl.m1);
  } else if (y !== undefined) {
    addFixed(tpl.ab2);
    addQuotedWords(y);
    addFixed(tpl.c2);
  } else addFixed(tpl.whole);
}

const HEADS = new Map<string, string>();
const NO_REASON = new Map<string, string>();

/** `decisive`: the deciding features as indices into FEATURES (cues.ts), the first `decisiveCount` of them. */
export function explain(
  label: Label,
  subtype: Subtype,
  decisive: Int32Array,
  decisiveCount: number,
  ev: PassageEvidence,
): string {
  let count = 0;
  for (let d = 0; d < decisiveCount && count < 3; d++) {
    const k = decisive[d]!;
    const tpl = TEMPLATES[k];
    if (tpl === undefined) continue;
    const x = tpl.slot1 === Slot.None ? undefined : slotWords(tpl.slot1, k, ev);
    const y = tpl.slot2 === Slot.None ? undefined : slotWords(tpl.slot2, k, ev);
    // the same reason twice ("numbers" and "time") is said once
    let seen = false;
    for (let r = 0; r < count; r++)
      if (chosen[r]!.id === tpl.id && sameQuote(chosenX[r], x) && sameQuote(chosenY[r], y)) seen = true;
    if (seen) continue;
    chosen[count] = tpl;
    chosenX[count] = x;
    chosenY[count] = y;
    count++;
  }
  // a subtype belongs to one label, so it alone keys the heading (no string built per passage)
  let head = HEADS.get(subtype);
  if (head === undefined) {
    head = `${LABEL_NAMES[label]} (${SUBTYPE_NAMES[subtype]})`;
    HEADS.set(subtype, head);
  }
  if (count === 0) {
    // the same sentence for every passage without a reason: build it once per subtype
    let fixedText = NO_REASON.get(subtype);
    if (fixedText === undefined) {
      fixedText =
        label === 'reported'
          ? `${head}: the outlet states it in its own voice, with no attribution, quote marks or judgement words.`
          : `${head}: weak evidence only; check it yourself.`;
      NO_REASON.set(subtype, fixedText);
    }
    return fixedText;
  }
  // "Head: r1.", "Head: r1 and r2.", "Head: r1, r2 and r3."
  out = '';
  fixed = join(head, ': ');
  started = false;
  for (let r = 0; r < count; r++) {
    if (r > 0) addFixed(r === count - 1 ? ' and ' : ', ');
    addReason(chosen[r]!, chosenX[r], chosenY[r]);
  }
  addFixed('.');
  const s = started ? out + fixed : fixed;
  // let go of the passage's words (they would keep the page's text alive)
  out = '';
  fixed = '';
  for (let r = 0; r < count; r++) chosenX[r] = chosenY[r] = undefined;
  return s;
}
