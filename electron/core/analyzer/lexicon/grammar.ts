/**
 * Grammar words the attribution finder walks over: what may stand between a subject and its verb, what
 * ends a noun phrase, determiners, prepositions, modals, and the forms that are as often nouns as verbs.
 * Sets, because the finder asks about a token's lowercase form.
 */

/** Words that may stand between a source and its verb ("X has also said"). */
export const SKIP_BEFORE_VERB: ReadonlySet<string> = new Set(
  (
    'has have had was were is are be been being will would could can may might shall also earlier previously ' +
    'later then now still already again long repeatedly privately publicly recently once yet further separately ' +
    'similarly reportedly allegedly often always never frequently initially originally first last just has'
  ).split(' '),
);

/** Words that end a subject noun phrase on its left. */
export const NP_BOUNDARY: ReadonlySet<string> = new Set(
  (
    'that which who whom whose and but or as while when because if although though after before amid since ' +
    'where so than then said says told to'
  ).split(' '),
);

export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'of for from at in by with on who which that to about over under between among within'.split(' '),
);
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this that these those its his her their our my your such no any every each one'.split(' '),
);
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
export const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom']);
/** After a cognition verb, one of these within a few tokens shows a clause follows (believe X will…). */
export const CLAUSE_MARKERS: ReadonlySet<string> = new Set(
  'that will would could can may might should must is are was were has have had does did do to be'.split(' '),
);
/** Forms that are as often nouns as verbs ("pay claim", "the reports", "court records"). */
export const NOUN_AMBIGUOUS: ReadonlySet<string> = new Set(
  (
    'claim claims report reports estimate estimates forecast forecasts note notes quote quotes state states answer ' +
    'answers reply replies comment comments post posts tweet tweets remark remarks record records show shows find ' +
    'finds counter counters order orders offer offers demand demands appeal appeals promise promises pledge pledges ' +
    'request requests fear fears hope hopes doubt doubts worry worries welcome thanks address call calls ' +
    'warning plans thought concern concerns reporting'
  ).split(' '),
);
/** Subjects that speak for everyone or no one: the writer generalising, not a source to attribute to. */
export const SWEEPING: ReadonlySet<string> = new Set(['nobody', 'everyone', 'everybody', 'anyone', 'anybody', 'no']);
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set('for of about without'.split(' '));
export const REPORT_FORMS: ReadonlySet<string> = new Set(['report', 'reports', 'reported']);
export const BE_FORMS: ReadonlySet<string> = new Set('is are was were be been being am'.split(' '));
export const MODALS: ReadonlySet<string> = new Set('can could will would may might shall should must cannot'.split(' '));
export const POSSESSIVE_DETS: ReadonlySet<string> = new Set('his her their its our my your'.split(' '));
export const PHRASAL_SPEECH_PARTICLES: ReadonlySet<string> = new Set(['for', 'on', 'off', 'in', 'up', 'out', 'back']);
