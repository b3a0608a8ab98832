/**
 * Word lists behind the cue detectors: general English of news writing, grouped by what a word signals.
 *
 * Every list is generic (the vocabulary of attribution, evaluation, hedging and web pages); none is taken
 * from a particular article. Words are lowercase with straight apostrophes; the tokenizer normalises ’ to '.
 * Phrases are space-separated token sequences matched on the token stream (see phrases.ts).
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

// ─── attribution ──────────────────────────────────────────────────────────────────────────────────────────

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
`);

/** Negators that turn an attribution verb into a reported non-event ("declined to comment", "has not said"). */
export const NEGATORS = words(`not no never n't without`);
export const REFUSAL_VERBS = words(`decline declines declined declining refuse refuses refused refusing`);

// ─── sources ─────────────────────────────────────────────────────────────────────────────────────────────

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

// ─── commentary ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * Evaluative words: judgement of people, acts or states. Strong ones rarely appear in a neutral report;
 * mild ones ("difficult", "significant") only add a little.
 */
export const EVALUATIVE_STRONG = words(`
  absurd appalling atrocious awful baffling bizarre brilliant catastrophe catastrophic cynical damning
  deplorable despicable disaster disastrous disgrace disgraceful disgusting dismal dreadful embarrassing
  embarrassment excellent excuse excuses extraordinary fantastic farce farcical fiasco foolish folly glaring
  grotesque hapless hopeless horrible horrific hypocrisy hypocritical idiotic incompetent incompetence
  inexcusable insane insult irresponsible laughable ludicrous magnificent meaningless mess misguided naive
  nonsense outrage outrageous pathetic pointless preposterous pretend reckless rebuke ridiculous sad scandal
  scandalous senseless shambles shameful shameless shocking silly sorry stupid terrible travesty unacceptable
  unbelievable unconscionable unfair unjust unforgivable wonderful worthless wrong wrongheaded complacency
  complacent betrayal cowardly cowardice dishonest arrogant arrogance greedy greed lazy useless sham joke
  bogus amazing awesome great terrific superb brave courageous heroic admirable disgraceful overdue
  inevitable unwise wise sensible misleading deceptive cruel callous heartless mistake mistaken blunder naive
  obvious overblown overdone overrated remarkable staggering stunning
`);

export const EVALUATIVE_MILD = words(`
  difficult hardened tough troubling worrying worrisome alarming striking notable significant
  crucial vital key important serious defiant weary exhausted enormous huge massive
  dramatic bold risky costly fragile uneasy precarious bleak grim modest meagre meager generous
  impressive disappointing encouraging promising optimistic pessimistic surprising unsurprising
  predictable controversial questionable dubious unprecedented historic minor major mixed failure dangerous
  gift hollow desperate tragic
`);

/** Stance adverbs: the writer vouching for, or judging, a statement ("clearly", "sadly", "arguably"). */
export const STANCE_ADVERBS = words(`
  clearly obviously surely undoubtedly certainly frankly sadly unfortunately fortunately hopefully arguably
  admittedly inevitably predictably tellingly ironically conveniently mercifully thankfully regrettably
  remarkably incredibly extraordinarily shockingly astonishingly alarmingly woefully painfully blatantly
  plainly patently notoriously curiously strangely oddly unsurprisingly understandably rightly wrongly
  disappointingly worryingly embarrassingly shamefully scandalously laughably ridiculously absurdly
  desperately mistakenly foolishly wisely bravely
`);

/** Degree intensifiers: weaker evidence, common in plain reports too ("very", "so", "far"). */
export const INTENSIFIERS = words(`
  extremely deeply truly utterly absolutely totally completely hugely massively vastly wildly terribly
  awfully hardly barely exactly really quite so very simply merely
`);

/** Epistemic adverbs and adjectives: the writer's own judgement of likelihood (analysis). */
export const HEDGES = words(`
  likely unlikely probably possibly perhaps maybe seemingly presumably supposedly conceivably doubtless
  arguably inevitably
`);

/** Epistemic frames on the main clause: "appears to have paid off", "looks set to". */
export const HEDGE_PHRASES = [
  'appears to',
  'appeared to',
  'appear to',
  'seems to',
  'seemed to',
  'seem to',
  'looks set to',
  'looks likely',
  'looks certain',
  'appears likely',
  'seems likely',
  'is likely to',
  'are likely to',
  'is unlikely to',
  'are unlikely to',
];

/** Modal hedges: weaker, since reports use them too ("could face charges"). */
export const MODAL_HEDGES = words(`might may could would seems seem seemed appears appear appeared looks look`);

/** Hedges that point at a source the writer does not name: relayed, not the writer's view. */
export const REPORT_HEDGES = words(`reportedly allegedly purportedly ostensibly supposedly rumoured rumored`);

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

/** Phrases of interpretation and judgement that frame a statement as the writer's view. */
export const ANALYSIS_PHRASES = [
  'it is clear',
  "it's clear",
  'it is obvious',
  "it's obvious",
  'what is clear',
  "what's clear",
  'what is obvious',
  "what's obvious",
  'what we know',
  'the trouble is',
  'the problem is',
  'the question is',
  'the point is',
  'the truth is',
  'the reality is',
  'the irony is',
  'the lesson is',
  'the answer is',
  'in other words',
  'of course',
  'on paper',
  'in truth',
  'to be fair',
  'to be sure',
  'make no mistake',
  'no doubt',
  'no wonder',
  'hard to see',
  'hard to believe',
  'hard to imagine',
  'easy to see',
  'remains to be seen',
  'far from clear',
  'far from certain',
  'all but',
  'at best',
  'at worst',
  'if anything',
  'not least',
  'a long way',
  'goes a long way',
  'a lot of',
  'too many',
  'too much',
  'too few',
  'too little',
  'too late',
  'too long',
  'too soon',
  'too young',
  'too old',
  'too slow',
  'too high',
  'too low',
  'too far',
  'more than anything',
  'could hardly',
  'can hardly',
  'can afford',
  'cannot afford',
  "can't afford",
  'can ill afford',
  'is no accident',
  'not an accident',
  'is not a',
  'nothing to do with',
  'do nothing',
  'will do nothing',
  'nothing will',
  'sooner or later',
  'waiting to happen',
  'paid the price',
  'pay the price',
  'the real',
  'what matters',
  'end up',
  'at stake',
  'the stakes',
  'a sign that',
  'a sign of',
  'this means',
  'that means',
  'which means',
  'full stop',
  'let alone',
  'just saying',
];

/** First-person stance verbs: "I suspect", "we believe" — the writer's opinion. */
export const STANCE_VERBS = words(`think believe suspect doubt fear hope feel guess reckon bet wonder expect suppose imagine`);

/** Imperatives that open an opinion or a comment ("Expect more…", "Let children be children"). */
export const IMPERATIVE_OPENERS = words(`
  let expect pay stop imagine consider remember forget try look watch ask think give keep take
  tell make don't do end scrap ban cut raise fix listen wake
`);

/** Informal register: chat abbreviations and slang, seldom printed by an outlet outside quotes. */
export const INFORMAL_WORDS = words(`
  lol lmao rofl omg tbh imo imho smh fwiw idk btw ppl pls plz thx u ur gonna wanna gotta kinda sorta
  mate yeah yep nope ok okay gutted cheers haha hahaha wtf ffs jeez meh duh ugh wow yikes typical
  dont cant wont doesnt isnt didnt im ive thats theres whats youre hes shes theyre couldnt wouldnt shouldnt
`);

// ─── reported-fact evidence ───────────────────────────────────────────────────────────────────────────────

export const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday yesterday today tonight overnight
  january february march april june july august september october november december
  morning afternoon evening midnight noon gmt utc bst cet est pst tomorrow
`);

export const NUMBER_WORDS = words(`
  two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
  hundreds thousand thousands million millions billion billions dozen dozens half quarter percent
`);

/** Agent-noun endings: "inspectors", "researchers", "economists", "historians" can hold and state views. */
export const AGENT_SUFFIXES = ['ers', 'ors', 'ists', 'ians', 'ants', 'ents'];

/** Nouns for a stated position: "Their central objection is that…" relays the holders' claim. */
export const CLAIM_NOUNS = words(`
  argument arguments objection objections view position claim claims case message concern concerns fear
  fears hope belief contention complaint complaints worry insistence assertion explanation excuse defence
  defense response answer reply verdict conclusion demand demands promise pledge line
`);

/** Idioms of the comment section: they rarely appear in an outlet's own sentences. */
export const COMMENT_IDIOMS = [
  'great article',
  'good article',
  'great piece',
  'interesting article',
  'interesting piece',
  'well said',
  'spot on',
  'so true',
  'just saying',
  'funny how',
  'stay safe',
  'thoughts and prayers',
  'thoughts with',
  'good luck',
  'give me a break',
  'my foot',
  'here we go',
  'wake up',
  'come on',
  'no way',
  'what a joke',
  'what a shame',
  'shame on',
  "can't believe",
  'cant believe',
  'who cares',
  'nobody asked',
  'nobody cares',
  'as usual',
  'same old',
  'says it all',
  'tell me about it',
  'you do realise',
  'you do realize',
  'does anyone know',
  'anyone know',
  'does anybody know',
  'thanks for',
  'thank you for',
];

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

/** Background: timeless or long-running states the outlet supplies as context. */
export const BACKGROUND_WORDS = words(`
  is are has have since founded established located represents represent known consists home
  population covers comprises spans serves worth
`);

// ─── not part of the article ──────────────────────────────────────────────────────────────────────────────

/** Single words that are interface labels when they stand (almost) alone. */
export const FURNITURE_WORDS = words(`
  close advertisement advertising sponsored share tweet email print menu search subscribe subscriber
  subscribers subscription login logout signup newsletter newsletters cookies cookie comments comment reply
  like follow next previous more accept reject dismiss cancel ok okay continue home sections trending
  popular recommended related photograph photo image video watch listen updated published sort
  copyright facebook twitter whatsapp linkedin instagram telegram reddit pinterest youtube tiktok
  promoted partner content
`);

/** Phrases of web furniture: consent banners, paywalls, share and newsletter prompts, navigation. */
export const FURNITURE_PHRASES = [
  'privacy policy',
  'privacy choices',
  'privacy settings',
  'privacy notice',
  'cookie policy',
  'cookie settings',
  'use cookies',
  'use of cookies',
  'uses cookies',
  'terms of use',
  'terms of service',
  'terms and conditions',
  'by using this site',
  'by using our site',
  'by continuing',
  'by clicking',
  'you agree',
  'you consent',
  'accept all',
  'reject all',
  'manage preferences',
  'manage cookies',
  'sign up',
  'sign in',
  'log in',
  'log out',
  'subscribe to',
  'subscribe for',
  'already a subscriber',
  'free articles',
  'free article',
  'cancel anytime',
  'cancel any time',
  'in your inbox',
  'our newsletter',
  'the newsletter',
  'share this',
  'share on',
  'copy link',
  'read more',
  'read next',
  'more on this story',
  'most popular',
  'most viewed',
  'most shared',
  'most commented',
  'most watched',
  'community guidelines',
  'community standards',
  'house rules',
  'most read',
  'show more',
  'load more',
  'see more',
  'view more',
  'back to top',
  'skip to',
  'jump to',
  'follow us',
  'join the conversation',
  'comments are closed',
  'report this comment',
  'sort by',
  'listen to this article',
  'reuse this content',
  'tap to',
  'click here',
  'click to',
  'first published',
  'last modified',
  'last updated',
  'updated on',
  'published on',
  'this article is more than',
  'this article was',
  'sponsored content',
  'paid content',
  'paid post',
  'advertisement feature',
  'all rights reserved',
  'download the app',
  'download our app',
  'get the app',
  'enable notifications',
  'turn on notifications',
  'live updates',
  "editor's picks",
  'you might also like',
  'recommended for you',
  'related articles',
  'related stories',
  'contact us',
  'about us',
  'reporting by',
  'editing by',
  'additional reporting',
  'contributed to this report',
  'image caption',
  'image source',
  'getty images',
  'ap photo',
  'min read',
  'minute read',
  'hours ago',
  'minutes ago',
  'days ago',
  'your browser',
  'ad blocker',
  'support our journalism',
  'support us',
  'make a contribution',
  'donate now',
];

/** Label-like prefixes: "Related: …", "Photograph: …", "Watch: …". */
export const FURNITURE_PREFIXES = words(
  `related photograph photo image video watch listen read see sponsored advertisement updated published source credit caption topics tags filed more also newsletter podcast gallery audio subscribe`,
);

/** Words the detectors test by identity (sentence shapes); listed so the vocabulary knows them. */
export const SHAPE_WORDS = words(`
  that this why how what will is was could may might would should must means suggests explains matters
  shows seems looks goes makes isn't wasn't
`);
