/**
 * Attribution cues: the verbs, nouns and phrases by which a text relays what someone else says (the cue of the PARC/PolNeAR source–cue–content scheme), and the words that turn them into non-events.
 *
 * Generic English of news writing, not taken from any article or test sentence. Lowercase, straight
 * apostrophes (the tokenizer folds ’ to ').
 */
import { words } from './words.js';

/** Neutral attribution verbs: they relay content without judging the speaker (PARC/PolNeAR cue verbs). */
export const SAY_VERBS = words(`
  say says said saying tell tells told telling add adds added adding state states stated stating
  note notes noted noting explain explains explained explaining write writes wrote written
  tweet tweets tweeted post posts posted report reports reported reporting confirm confirms confirmed
  warn warns warned warning argue argues argued arguing deny denies denied denying accuse accuses accused
  blame blames blamed blaming declare declares declared assert asserts asserted stress stresses stressed
  emphasise emphasises emphasised emphasize emphasizes emphasized reiterate reiterates reiterated
  acknowledge acknowledges acknowledged reply replies replied respond responds responded answer answered
  recall recalls recalled testify testifies testified remark remarks remarked
  describe describes described describing caution cautions cautioned counter counters countered
  maintain maintains maintained contend contends contended quote quotes quoted indicate indicates indicated
  cite cites cited inform informs informed
  joke jokes joked joking observe observes observed observing recount recounts recounted
  exclaim exclaims exclaimed shout shouts shouted yell yells yelled mutter mutters muttered
  whisper whispers whispered muse muses mused opine opines opined clarify clarifies clarified
  elaborate elaborates elaborated concur concurs concurred
`);

/**
 * Loaded attribution verbs: the verb itself judges the speaker or the claim (claimed, admitted, mocked…).
 * They still attribute: a sentence built on one is a quoted claim.
 */
export const LOADED_VERBS = words(`
  claim claims claimed claiming insist insists insisted insisting admit admits admitted admitting
  concede concedes conceded conceding mock mocks mocked mocking boast boasts boasted boasting
  allege alleges alleged alleging complain complains complained complaining brag brags bragged
  scoff scoffs scoffed sneer sneers sneered slam slams slammed slamming blast blasts blasted
  gloat gloats gloated rant rants ranted whine whines whined confess confesses confessed
  dismiss dismisses dismissed dismissing lament laments lamented bemoan bemoaned grumble grumbled
  trumpet trumpets trumpeted tout touts touted quip quips quipped retort retorts retorted
  purport purports purported concoct lash lashes lashed
`);

/**
 * Verbs of belief, expectation and finding: they attribute a view when their subject is a third party
 * ("forecasters expect…", "the study found…"), but with "I"/"we" they are the writer's own opinion.
 */
export const COGNITION_VERBS = words(`
  believe believes believed think thinks thought expect expects expected fear fears feared
  suspect suspects suspected doubt doubts doubted predict predicts predicted forecast forecasts
  estimate estimates estimated suggest suggests suggested find finds found show shows showed shown
  reveal reveals revealed conclude concludes concluded calculate calculates calculated
  hear hears heard understand understands learn learns learned learnt worry worries worried
  hope hopes hoped assume assumes assumed
`);

/** Verbs whose subject must be a document/study for them to attribute (records show, the survey found). */
export const FINDING_VERBS = words(
  `find finds found show shows showed shown reveal reveals revealed indicate indicates indicated conclude concludes concluded`,
);

/**
 * Speech acts reported as events: "X urged Y to…", "X called for…", "X promised payments". The outlet
 * vouches that the act happened; there is no relayed claim unless a that-clause or a quotation follows.
 */
export const SPEECH_ACT_VERBS = words(`
  urge urges urged urging ask asks asked asking demand demands demanded appeal appeals appealed
  order orders ordered promise promises promised pledge pledges pledged vow vows vowed threaten threatens
  threatened announce announces announced announcing praise praises praised criticise criticises criticised
  criticize criticizes criticized condemn condemns condemned welcome welcomes welcomed thank thanks thanked
  congratulate congratulated apologise apologised apologize apologized invite invited advise advises advised
  reject rejects rejected request requests requested propose proposes proposed offer offered
  address addresses addressed
  question questions questioned echo echoes echoed agree agrees agreed dispute disputes disputed
  remind reminds reminded assure assures assured
`);

/** Negators that turn an attribution verb into a reported non-event ("declined to comment", "has not said"). */
export const NEGATORS = words(`not no never n't without`);

export const REFUSAL_VERBS = words(`decline declines declined declining refuse refuses refused refusing`);

/** Hedges that point at a source the writer does not name: relayed, not the writer's view. */
export const REPORT_HEDGES = words(`reportedly allegedly purportedly ostensibly supposedly rumoured rumored`);

/** Nouns for a stated position: "Their central objection is that…" relays the holders' claim. */
export const CLAIM_NOUNS = words(`
  argument arguments objection objections view position claim claims case message concern concerns fear
  fears hope belief contention complaint complaints worry insistence assertion explanation excuse defence
  defense response answer reply verdict conclusion demand demands promise pledge line
`);

/** "declined to comment", "did not respond to a request for comment": reported non-events. */
export const NON_RESPONSE_PHRASES = [
  'declined to comment',
  'declined to say',
  'declined to give',
  'refused to comment',
  'refused to say',
  'did not respond',
  'did not reply',
  'did not return',
  'did not immediately respond',
  'not immediately respond',
  'no public comment',
  'no comment',
  'has not said',
  'have not said',
  'did not say',
  'not been able to verify',
  'could not be independently',
  'could not be verified',
  'could not be reached',
  'was not immediately',
  'were not immediately',
  'request for comment',
  'not yet appeared',
];

/** Phrases that attribute without a named subject: "is said to", "there are reports", "amid reports". */
export const PASSIVE_REPORT_PHRASES = [
  'is said to',
  'are said to',
  'was said to',
  'were said to',
  'is believed to',
  'are believed to',
  'is thought to',
  'are thought to',
  'it is believed',
  'it is thought',
  'it is said',
  'it is understood',
  'is understood to',
  'are understood to',
  'widely believed',
  'widely seen',
  'widely expected',
  'is alleged to',
  'are alleged to',
  'is rumoured',
  'is rumored',
  'is reported to',
  'are reported to',
  'is accused of',
  'are accused of',
  'was accused of',
  'were accused of',
  'stands accused',
  'is alleged to have',
];

/** Reports as a source: "there are reports", "amid reports", "media reports". */
export const REPORTS_PHRASES = [
  'there are reports',
  'there were reports',
  'amid reports',
  'according to reports',
  'reports of',
  'reports that',
  'unconfirmed reports',
  'media reports',
];

/** call/called: attribution ("called the strike irresponsible") or a speech act ("called for"). */
export const CALL_VERBS = ['call', 'calls', 'called', 'calling'];

/** point/pointed: attribution only in "point out". */
export const POINT_VERBS = ['point', 'points', 'pointed', 'pointing'];

/** Verbs that introduce a quotation only when a colon or a quotation follows: "The letter reads: …", "Cruz continued: “…”". */
export const QUOTE_INTRO_VERBS = words(`read reads continue continues continued`);

/** Forms of "add": a report only before "that", a colon or a quotation, or at the end of its clause ("adding water" is not). */
export const ADD_FORMS = words(`add adds added adding`);

/** Subjects of a saying, not a source: "as they say", "as you say", "as people say". */
export const PROVERBIAL_SUBJECTS = words(`they you people everyone`);
