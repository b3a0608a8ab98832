/**
 * The writer addressing or involving people: obligation, first and second person, stance verbs, imperatives, sweeping subjects.
 *
 * Generic English of news writing, not taken from any article or test sentence. Lowercase, straight
 * apostrophes (the tokenizer folds ’ to ').
 */
import { words } from './words.js';

export const OBLIGATION_MODALS = words(`should must ought shouldn't mustn't`);

/** "need to", "have to", "it is time" — matched as phrases. */
export const OBLIGATION_PHRASES = [
  'need to',
  'needs to',
  'have to',
  'has to',
  'had better',
  'it is time',
  "it's time",
  'time to',
  'high time',
];

export const FIRST_PERSON = words(`i me my mine myself we us our ours ourselves i'm i've i'd i'll we're we've we'd we'll im ive`);

export const SECOND_PERSON = words(`you your yours yourself yourselves you're you've you'd you'll youre`);

/** First-person stance verbs: "I suspect", "we believe" — the writer's opinion. */
export const STANCE_VERBS = words(`think believe suspect doubt fear hope feel guess reckon bet wonder expect suppose imagine`);

/** Imperatives that open an opinion or a comment ("Expect more…", "Let children be children"). */
export const IMPERATIVE_OPENERS = words(`
  let expect pay stop imagine consider remember forget try look watch ask think give keep take
  tell make don't do end scrap ban cut raise fix listen wake
`);

/** Generic or sweeping subjects: the writer speaks for a group or for everyone. */
export const GENERIC_SUBJECTS = words(`
  nobody everyone everybody anyone anybody whoever neither none few voters taxpayers investors readers
  people citizens consumers fans critics viewers commuters parents
`);

/** First person plural: the columnist's inclusive "we" ("we should ask ourselves"), apart from a narrator's "I". */
export const FIRST_PLURAL = words(`we us our ours ourselves we're we've we'd we'll`);

/** Openers that answer a previous point: an argument's move ("But the plan ignores…", "Yet nobody asked…"). */
export const CONTRAST_OPENERS = words(`but yet still however instead nevertheless nonetheless`);

/** Sweeping quantifiers: the writer generalising ("they always…", "every politician", "nothing changes"). */
export const SWEEPING_WORDS = words(`always never everyone everybody nobody nothing everything all every whatsoever`);
