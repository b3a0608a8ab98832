/**
 * One sentence that says why a passage got its label, built from the features that decided it (the rows
 * of the scoring table that pushed the winner ahead of the runner-up) and the words that fired them.
 */
import { LABEL_NAMES, SUBTYPE_NAMES, type Label, type Subtype } from '../../shared/domain.js';
import { exampleOf, type Feature, type PassageEvidence } from './cues.js';

const q = (s: string | undefined) => (s ? `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”` : '');

function sourceText(ev: PassageEvidence): string | undefined {
  const p = ev.primary;
  if (!p || p.sourceStart === undefined || p.sourceEnd === undefined) return undefined;
  return ev.text.slice(p.sourceStart, p.sourceEnd);
}

function reason(feature: Feature, ev: PassageEvidence): string | undefined {
  const ex = exampleOf(ev, feature);
  const src = sourceText(ev);
  const by = src ? ` to ${q(src)}` : '';
  switch (feature) {
    case 'quote_full':
      return 'the passage is mostly words in quote marks';
    case 'quote_partial':
      return 'it carries words in quote marks';
    case 'quote_word':
      return 'a word is set in quote marks';
    case 'attr_say':
      return `it is attributed${by} with the verb ${q(ex)}`;
    case 'attr_loaded':
      return `it is attributed${by} with the loaded verb ${q(ex)}, which judges the speaker`;
    case 'attr_belief':
      return `it relays a view or finding${by} (${q(ex)})`;
    case 'attr_according':
      return `it is attributed with ${q(ex)}${src ? ` ${q(src)}` : ''}`;
    case 'attr_agentless':
      return `it is attributed without a named source (${q(ex)})`;
    case 'attr_embedded':
      return `only a small part is attributed (${q(ex)})`;
    case 'relayed_share':
      return undefined;
    case 'speech_act':
      return `it reports that something was said or asked (${q(ex)}) rather than relaying a claim`;
    case 'non_response':
      return 'it reports that someone did not comment';
    case 'evaluative_strong':
    case 'evaluative_mild':
      return `judgement words in the outlet's voice (${q(ex)})`;
    case 'intensifier':
      return `an intensifying or stance word (${q(ex)})`;
    case 'stance_adverb':
      return `a stance word (${q(ex)}): the writer vouching or judging`;
    case 'prediction':
      return `a prediction in the outlet's voice (${q(ex)})`;
    case 'demonstrative_opener':
      return `it comments on the story (${q(ex)})`;
    case 'hedge':
      return `a hedge (${q(ex)}), the writer's own estimate`;
    case 'modal_hedge':
      return `a modal hedge (${q(ex)})`;
    case 'explainer':
      return `it explains rather than reports (${q(ex)})`;
    case 'obligation':
      return `a modal of obligation (${q(ex)})`;
    case 'first_person':
      return `first person outside quotes (${q(ex)})`;
    case 'second_person':
      return `second person outside quotes (${q(ex)})`;
    case 'writer_stance':
      return `the writer's own stance (${q(ex)})`;
    case 'question':
      return 'a rhetorical question';
    case 'exclamation':
      return 'an exclamation mark';
    case 'informal':
      return `informal writing (${q(ex)})`;
    case 'imperative':
      return `an imperative (${q(ex)})`;
    case 'analysis_phrase':
      return `an interpretive phrase (${q(ex)})`;
    case 'numbers':
    case 'time':
      return 'checkable details such as numbers and dates';
    case 'furniture':
    case 'furniture_only':
      return `site furniture (${q(exampleOf(ev, 'furniture'))})`;
    case 'no_verb_fragment':
      return 'a fragment without a verb';
    case 'judgement':
      return `judgement words in the outlet's voice (${q(ex)})`;
    case 'interpretive':
      return `an interpretation of events (${q(ex)})`;
    case 'degree':
      return `a comparison with no measure (${q(ex)})`;
    case 'generic_subject':
      return `a sweeping subject (${q(ex)})`;
    case 'unanchored':
      return 'nothing a reader could check: no number, date, name, event or source';
    case 'event_verb':
      return `a concrete event (${q(ex)})`;
    case 'manner_adverb':
      return `a manner or degree adverb (${q(ex)})`;
    case 'site_reference':
      return `it refers to the page or its reader (${q(ex)})`;
    case 'ui_imperative':
      return `an instruction to the reader as a user of the site (${q(ex)})`;
    case 'evaluative_frame':
      return `a verdict framed as "it is …" (${q(ex)})`;
    case 'byline':
      return `a byline or credit (${q(ex)})`;
  }
}

const HEADS = new Map<string, string>();

export function explain(label: Label, subtype: Subtype, decisive: readonly Feature[], ev: PassageEvidence): string {
  const reasons: string[] = [];
  for (const f of decisive) {
    const r = reason(f, ev);
    if (r && !reasons.includes(r)) reasons.push(r);
    if (reasons.length === 3) break;
  }
  // a subtype belongs to one label, so it alone keys the heading (no string built per passage)
  let head = HEADS.get(subtype);
  if (head === undefined) {
    head = `${LABEL_NAMES[label]} (${SUBTYPE_NAMES[subtype]})`;
    HEADS.set(subtype, head);
  }
  if (reasons.length === 0) {
    // the same sentence for every passage without a reason: build it once per subtype
    let fixed = NO_REASON.get(subtype);
    if (fixed === undefined) {
      fixed = label === 'reported' ? `${head}: the outlet states it in its own voice, with no attribution, quote marks or judgement words.` : `${head}: weak evidence only; check it yourself.`;
      NO_REASON.set(subtype, fixed);
    }
    return fixed;
  }
  const list = reasons.length === 1 ? reasons[0]! : `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]!}`;
  return `${head}: ${list}.`;
}

const NO_REASON = new Map<string, string>();

