/**
 * Sources: the nouns and phrases that say who speaks, and what kind of source it is (named, anonymous, vague, other media, document).
 *
 * Generic English of news writing, not taken from any article or test sentence. Lowercase, straight
 * apostrophes (the tokenizer folds ’ to ').
 */
import { words } from './words.js';

/** Phrases that mark a source as anonymous wherever they stand in the frame. */
export const ANONYMITY_PHRASES = [
  'condition of anonymity',
  'not authorised to speak',
  'not authorized to speak',
  'not authorised to comment',
  'not authorized to comment',
  'asked not to be named',
  'declined to be named',
  'did not want to be named',
  'not be named',
  'not be identified',
  'name not be used',
  'speaking privately',
  'spoke privately',
  'familiar with',
  'close to the',
  'briefed on',
  'with knowledge of',
  'with direct knowledge',
  'in the know',
];

export const ANONYMOUS_NOUNS = words(`source sources insider insiders`);

/** People nouns that, unnamed and introduced by a/an/one, make an anonymous source ("a senior official"). */
export const ROLE_NOUNS = words(`
  official officials diplomat diplomats officer officers aide aides adviser advisers advisor advisors
  person people member members employee employees worker workers staffer staffers engineer executive
  executives manager minister ministers lawmaker lawmakers mediator negotiator negotiators resident
  witness witnesses nurse doctor teacher soldier finalist athlete player insider investigator investigators
  analyst economist expert source sources colleague relative neighbour neighbor friend participant attendee
`);

/** Spokespeople speak on the record for their organisation: a named source even when the person is unnamed. */
export const SPOKES_NOUNS = words(`spokesperson spokesman spokeswoman spokespeople representative representatives statement`);

/** Plural groups that, unnamed, make a vague source ("critics say", "some residents say", "analysts expect"). */
export const VAGUE_NOUNS = words(`
  critics analysts experts observers commentators economists scientists researchers forecasters
  campaigners activists supporters opponents residents locals people others voters many some several
  most few observers skeptics sceptics historians academics scholars pundits insiders rivals detractors
  advocates environmentalists conservationists hydrologists climatologists epidemiologists doctors
  parents teachers students investors traders consumers shoppers diplomats officials
`);

export const VAGUE_DETERMINERS = words(`some many several most few numerous various certain other others`);

/** Nouns naming other media as a source. */
export const MEDIA_NOUNS = words(`
  media newspaper newspapers paper daily tabloid broadcaster broadcasters channel network television tv radio
  agency outlet outlets press magazine journal website site sites blog news reports reporter reporters
  correspondent journalists podcast wire
`);

/** Words that, capitalised in a name, make it an outlet ("The Selva Herald", "Radio X"). */
export const OUTLET_NAME_WORDS = words(`
  times post herald courier journal gazette tribune telegraph guardian daily news press chronicle observer
  mail express standard star sun mirror independent globe record review monitor examiner inquirer bulletin
  dispatch sentinel ledger register radio tv television broadcasting channel network magazine weekly
  reuters afp ap dpa xinhua tass kyodo yonhap bloomberg bbc cnn nbc cbs abc npr pbs axios politico
  haaretz aljazeera efe ansa anadolu itar interfax
`);

/** Nouns naming documents, data and studies as a source. */
export const DOCUMENT_NOUNS = words(`
  letter letters memo memorandum report study survey poll polls data figures statistics stats records
  documents document minutes filing filings ruling decision judgment judgement text draft email emails
  forecasts forecast estimates projections application log audit accounts budget census findings
  transcript indictment complaint affidavit lawsuit papers analysis review assessment inquiry
  investigation files file cable cables dossier manifesto proposal plan contract
`);

/** Pronouns that stand for a source already named (he said). */
export const SOURCE_PRONOUNS = words(`he she they it his her their its`);

/** Organisation nouns: "the party said", "police said", "the ministry said" — named sources. */
export const ORG_NOUNS = words(`
  party government ministry department police authorities authority army military company firm
  commission council court committee agency office embassy union federation association campaign group
  bank board prosecutors prosecutor spokesperson spokesman spokeswoman administration presidency cabinet
  regulator regulators organisation organization institute university hospital airline operator
  coalition alliance movement opposition team club league delegation
`);

/** Agent-noun endings: "inspectors", "researchers", "economists", "historians" can hold and state views. */
export const AGENT_SUFFIXES = ['ers', 'ors', 'ists', 'ians', 'ants', 'ents'];
