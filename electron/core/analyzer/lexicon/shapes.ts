/**
 * Sentence shapes: words the detectors test by identity ("it is … to", "That could matter", "Why the…"),
 * frequent verb forms (a passage with none of them is a fragment), and the grammar words the attribution
 * finder walks over. Listed here so the vocabulary knows every word a detector compares with.
 *
 * Generic English of news writing, not taken from any article or test sentence. Lowercase, straight
 * apostrophes (the tokenizer folds ’ to ').
 */
import { words } from './words.js';

/** Words the detectors test by identity (sentence shapes); listed so the vocabulary knows them. */
export const SHAPE_WORDS = words(`
  that this why how what will is was could may might would should must means suggests explains matters
  shows seems looks goes makes isn't wasn't
`);

/** Frequent verb forms: a passage with none of them (and no -ed word) is a fragment ("Most popular"). */
export const COMMON_VERBS = (
  'is are was were be been has have had do does did will would can could may might must should said says ' +
  'told made make makes went go goes came come comes took take takes got get gets gave give gives shows show ' +
  'found find rose fell killed died hit struck opened closed began begun won lost left leaves met meets'
).split(' ');

/** "It is / seems / will …": the verbs of an extraposed verdict ("It is hard to…"). */
export const IT_FRAME_VERBS = ['is', 'was', "it's", 'seems', 'seemed', 'looks', 'remains', 'would', 'will'];

/** After "it is": an article, a number or a time word begins a report ("It is the third time…"), not a verdict. */
export const FRAME_BLOCKERS = [
  'the',
  'a',
  'an',
  'not',
  'now',
  'also',
  'still',
  'expected',
  'due',
  'set',
  'understood',
  'believed',
  'thought',
  'said',
  'reported',
  'alleged',
  'unclear',
];

/** Determiners that point at the page or its reader: "this article", "our journalism", "your account". */
export const SITE_DETERMINERS = ['this', 'our', 'your'];

/** "That could matter", "This is a fire that…": a demonstrative opener… */
export const DEMONSTRATIVES = ['that', 'this'];
/** …followed by one of these verbs points back at the story with a verdict. */
export const DEMONSTRATIVE_FOLLOWERS = words(
  `is was could may might will would should must means suggests explains matters shows seems looks goes makes isn't wasn't`,
);

/** "Why the bank can't stop…", "How the fire spread": an explainer headline. */
export const EXPLAINER_OPENERS = ['why', 'how', 'what'];

/** Words compared by identity elsewhere (bylines, "under", "it", frames): known to the vocabulary. */
export const IDENTITY_WORDS = [
  'this',
  'our',
  'your',
  'under',
  'it',
  'seemed',
  'due',
  'set',
  'understood',
  'believed',
  'thought',
  'alleged',
  'unclear',
  'expected',
  'now',
  'still',
  'also',
  'reported',
  'said',
  'remains',
  'looks',
  'seems',
  'by',
  'posted',
  'written',
  'of',
  'to',
  'at',
];
