/**
 * One sentence that says why a passage got its label, built from the features that decided it (the rows
 * of the scoring table that pushed the winner ahead of the runner-up) and the words that fired them.
 *
 * Each reason is a template of fixed text around at most two quoted words of the passage (the example
 * that fired the feature, the source); a bracketed part of a template is left out when its words are
 * missing. At most three reasons, each said once.
 */
import { LABEL_NAMES, SUBTYPE_NAMES, type Label, type Subtype } from '../../shared/domain.js';
import { F, type Feature, type PassageEvidence } from './evidence.js';

/** Quoted words longer than this are cut to QUOTE_CUT characters and an ellipsis. */
const QUOTE_MAX = 60;
const QUOTE_CUT = 57;

/** Which words of the passage fill a slot of a template. */
const enum Slot {
  None = 0,
  Example = 1,
  Source = 2,
  FurnitureExample = 3,
}

/**
 * A reason's template: a [open1 “x”] b [open2 “y”] c, where x and y are the passage's words. Reasons
 * built from the same template object with the same words read the same, so they are said once.
 */
interface Template {
  a: string;
  slot1: Slot;
  b: string;
  open1: string;
  slot2: Slot;
  c: string;
  open2: string;
}

function t(a: string, slot1 = Slot.None, b = '', open1 = '', slot2 = Slot.None, c = '', open2 = ''): Template {
  return { a, slot1, b, open1, slot2, c, open2 };
}
/** Fixed text, then the example in quotes, then fixed text: the commonest shape. */
function ex(a: string, b: string): Template {
  return t(a, Slot.Example, b);
}

const JUDGEMENT = ex("judgement words in the outlet's voice (", ')');
const CHECKABLE = t('checkable details such as numbers and dates');
const FURNITURE = t('site furniture (', Slot.FurnitureExample, ')');

/** The template of each feature (a feature without one gives no reason). */
const byFeature: Partial<Record<Feature, Template>> = {
  quote_full: t('the passage is mostly words in quote marks'),
  relayed_share: t('most of its words are relayed: in quote marks or in the scope of an attribution'),
  quote_carried: t('it sits inside a quotation that runs over from a neighbouring sentence'),
  prev_attributed: t('the sentence before it attributes its words to a speaker'),
  next_attributed: t('the sentence after it attributes the words to a speaker'),
  negation: ex('a denial in the outlet’s voice (', ')'),
  contrast_opener: ex('it answers a point (', ')'),
  speaker_before: t('it follows a speaker quoted earlier in the paragraph'),
  sweeping: ex('a sweeping generalisation (', ')'),
  first_plural: ex('the writer’s “we” (', ')'),
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
/** The templates by feature index. */
const TEMPLATES: ReadonlyArray<Template | undefined> = (() => {
  const byIndex: Array<Template | undefined> = [];
  for (const [k, tpl] of Object.entries(byFeature)) byIndex[F[k as Feature]] = tpl;
  return byIndex;
})();

/** Quoted words, cut when long. */
function quoted(words: string): string {
  return words.length > QUOTE_MAX ? `${words.slice(0, QUOTE_CUT)}…` : words;
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

/** Two words read the same once quoted (long ones are cut). */
function sameQuote(p: string | undefined, q: string | undefined): boolean {
  if (p === q) return true;
  if (p === undefined || q === undefined || p.length <= QUOTE_MAX || q.length <= QUOTE_MAX) return false;
  return p.slice(0, QUOTE_CUT) === q.slice(0, QUOTE_CUT);
}

function reasonText(tpl: Template, x: string | undefined, y: string | undefined): string {
  const first = x === undefined ? '' : `${tpl.open1}“${quoted(x)}”`;
  const second = y === undefined ? '' : `${tpl.open2}“${quoted(y)}”`;
  return `${tpl.a}${first}${tpl.b}${second}${tpl.c}`;
}

interface Reason {
  tpl: Template;
  x: string | undefined;
  y: string | undefined;
}

/** `decisive`: the deciding features as indices into FEATURES, the first `decisiveCount` of them. */
export function explain(
  label: Label,
  subtype: Subtype,
  decisive: ArrayLike<number>,
  decisiveCount: number,
  ev: PassageEvidence,
): string {
  const reasons: Reason[] = [];
  for (let d = 0; d < decisiveCount && reasons.length < 3; d++) {
    const k = decisive[d]!;
    const tpl = TEMPLATES[k];
    if (tpl === undefined) continue;
    const x = tpl.slot1 === Slot.None ? undefined : slotWords(tpl.slot1, k, ev);
    const y = tpl.slot2 === Slot.None ? undefined : slotWords(tpl.slot2, k, ev);
    // the same reason twice ("numbers" and "time") is said once
    if (reasons.some((r) => r.tpl === tpl && sameQuote(r.x, x) && sameQuote(r.y, y))) continue;
    reasons.push({ tpl, x, y });
  }
  const head = `${LABEL_NAMES[label]} (${SUBTYPE_NAMES[subtype]})`;
  if (reasons.length === 0)
    return label === 'reported'
      ? `${head}: the outlet states it in its own voice, with no attribution, quote marks or judgement words.`
      : `${head}: weak evidence only; check it yourself.`;
  // "Head: r1.", "Head: r1 and r2.", "Head: r1, r2 and r3."
  const texts = reasons.map((r) => reasonText(r.tpl, r.x, r.y));
  const list = texts.length > 1 ? `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]!}` : texts[0]!;
  return `${head}: ${list}.`;
}
