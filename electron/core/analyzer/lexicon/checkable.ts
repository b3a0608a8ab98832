/**
 * Checkable details: numbers, dates, units of time and quantity, concrete events, background.
 *
 * Generic English of news writing, not taken from any article or test sentence. Lowercase, straight
 * apostrophes (the tokenizer folds ’ to ').
 */
import { words } from './words.js';

export const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday yesterday today tonight overnight
  january february march april june july august september october november december
  morning afternoon evening midnight noon gmt utc bst cet est pst tomorrow
`);

export const NUMBER_WORDS = words(`
  two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
  hundreds thousand thousands million millions billion billions dozen dozens half quarter percent
`);

/** Background: timeless or long-running states the outlet supplies as context. */
export const BACKGROUND_WORDS = words(`
  is are has have since founded established located represents represent known consists home
  population covers comprises spans serves worth
`);

/**
 * Concrete event verbs in the past: what happened, checkable by a witness or a record. Their presence is
 * evidence for a report (and against commentary), unless the subject is abstract.
 */
export const EVENT_VERBS = words(`
  arrested detained charged convicted sentenced jailed fined acquitted released freed freeing
  killed died dead injured wounded hurt shot stabbed attacked bombed fired hurled threw thrown struck
  evacuated rescued searched raided seized burned burnt flooded collapsed crashed exploded erupted
  resigned quit appointed elected voted passed approved signed ratified vetoed repealed amended tabled
  announced launched opened unveiled published released filed lodged submitted issued adjourned
  suspended postponed delayed cancelled canceled closed shut reopened halted stopped blocked
  met visited travelled traveled arrived departed landed walked marched gathered protested
  rose fell climbed dropped increased decreased doubled halved slumped surged plunged jumped
  won lost beat defeated drew scored finished retired signed transferred
  bought sold acquired merged paid raised cut hired sacked dismissed fired laid
  built demolished repaired installed deployed withdrew withdrawn retook captured occupied
  smiled booed cheered applauded wept shouted waved thanked
  spoke fled
`);

/** Units of time and quantity: anchors a reader could check ("for six hours", "last week"). */
export const TIME_UNITS = words(`
  minute minutes hour hours day days week weeks month months year years weekend fortnight
  spring summer autumn winter season
  decade decades century am pm a.m p.m midday dawn dusk night
  first second third fourth fifth sixth seventh eighth ninth tenth
  percent per cent kilometres kilometers miles metres meters tonnes tons litres euros dollars pounds
`);
