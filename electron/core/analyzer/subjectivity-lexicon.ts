/**
 * Broad lexical classes for unmarked commentary and for checkable reporting, beside the narrower lists in
 * lexicon.ts. The lists are classes of general English, not phrases: judgement vocabulary (adjectives,
 * nouns and verbs that evaluate), interpretive verbs (a thing "signals", "marks", "exposes" another),
 * degree words (comparison without a measure), generic subjects ("nobody", "voters"), concrete event verbs
 * (what a camera could record: "arrested", "evacuated", "resigned"), units of time and quantity, and
 * interface vocabulary of news sites. None is taken from a particular article or test sentence.
 *
 * Words are lowercase with straight apostrophes (the tokenizer folds ’ to ').
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/**
 * Judgement vocabulary: words whose use says what the writer thinks of something. Deliberately broad
 * (negative and positive, adjectives, nouns, verbs); each alone is weak evidence, density is stronger.
 */
export const JUDGEMENT_WORDS = words(`
  flawed muddled unconvincing convincing humiliating humiliation timid feeble  weakened 
    shaky fragile flimsy half-hearted heavy-handed ham-fisted clumsy inept botched
  chaotic shambolic messy sloppy careless lax naive cynical opportunistic self-serving short-sighted
  ill-judged ill-conceived ill-advised misjudged misread miscalculated misplaced misguided wrong-footed
  unwise reckless rash hasty belated belatedly overdue long-overdue premature tardy slow sluggish
  bland dull tired stale predictable uninspired lacklustre lackluster underwhelming disappointing
  hollow  vague muddy confused confusing incoherent contradictory inconsistent dubious doubtful
  questionable unclear uncertain precarious perilous dire bleak grim gloomy   painful 
  punishing brutal harsh savage damaging damaged corrosive toxic poisonous ugly nasty unedifying
  unseemly shabby grubby murky sordid squalid tawdry  crude petty spiteful vindictive
  retreat climbdown u-turn capitulation surrender setback blow defeat rebuff snub slap humiliation
  debacle fiasco mess muddle shambles chaos failure failures failing   flop own-goal
  gamble gambit ploy stunt gimmick slogan soundbite spin posturing theatre theater charade pantomime
  window-dressing lip sticking-plaster patchwork band-aid fudge  half-measure
  backfired backfire backfires unravelled unraveled unravelling unraveling faltered falter falters
  stumbled stumble stumbles floundered floundering squandered squander wasted waste
  betrays betrayed conceals concealed masks masked obscures obscured glosses papers
  exposes exposed laid bare undermines undermined undercut undercuts erodes eroded eroding
  damage damages tarnished tarnish dented dents soured sours poisoned
  consequential momentous pivotal defining seminal  watershed turning-point
  interesting intriguing curious odd strange baffling puzzling remarkable extraordinary unusual striking astonishing surprising unexpected telling revealing
  impressive admirable commendable laudable praiseworthy   overdue deserved undeserved
    reasonable unreasonable sensible sane rational irrational logical illogical
  honest dishonest candid disingenuous sincere insincere credible incredible plausible implausible
         poor excellent superb splendid dismal woeful abysmal dire
   wrong correct mistaken misjudgement error errors blunder blunders gaffe gaffes
  deserves deserve deserving earned unearned merit merits warrant warrants justified unjustified
  justifiable unjustifiable defensible indefensible acceptable unacceptable tolerable intolerable
  pity shame disgrace tragedy irony farce travesty absurdity folly madness nonsense
  overwhelming compelling persuasive weighty flimsy  threadbare paper-thin
  lasting enduring fleeting hollow pyrrhic  symbolic cosmetic superficial skin-deep
  rattled shaken nervous jittery anxious uneasy uncomfortable awkward embattled beleaguered besieged
  bruised battered chastened emboldened buoyed resurgent triumphant jubilant complacent smug
  out-of-touch tone-deaf aloof arrogant entitled
  optimism pessimism hubris arrogance complacency incompetence negligence neglect indifference
  apathy paralysis drift dithering indecision gridlock impasse stalemate deadlock
  goodwill  distrust mistrust suspicion resentment anger frustration fatigue weariness
  unsustainable sustainable affordable unaffordable unworkable workable unrealistic realistic
  impossible improbable inevitable inescapable unavoidable undeniable undeniably
  painless painful costly expensive wasteful efficient inefficient effective ineffective
  generous stingy meagre meager paltry modest lavish excessive disproportionate
  radical extreme moderate sensible pragmatic ideological dogmatic populist divisive polarising polarizing
   quietly   loudly meekly timidly boldly bravely boldness courage cowardice
  forgotten overlooked ignored neglected abandoned sidelined marginalised marginalized
    profoundly badly sorely woefully gravely seriously hugely
  hardly scarcely barely   
  favourite favorite beloved cherished treasured charming delightful lovely beautiful gorgeous
  handsome elegant graceful grand magnificent bland drab dreary shabby ugly grim
    good bad cruel   
`);

/**
 * Interpretive verbs: one thing is said to mean, show or cause another. In the outlet's voice, with no
 * source, they are the writer's reading of events ("The appointment signals a shift…").
 */
export const INTERPRETIVE_VERBS = words(`
  signals signalled signaled signalling amounts amounted implies implied underlines underlined
  underscores underscored betrays betrayed heralds heralded spells epitomises epitomizes symbolises
  symbolizes embodies deals dealt undermines undermined complicates complicated reinforces reinforced
  deepens deepened exposes exposed risks threatens marks leaves means buys sends casts conceals masks
`);

/**
 * Degree and comparison: "the best", "worse than ever", "too short", "as far apart as ever". With a
 * number nearby they measure ("the highest level since 1990"); without one they judge.
 */
export const DEGREE_WORDS = words(`
  best worst better worse most least greatest biggest smallest finest poorest weakest strongest
  toughest hardest easiest clearest boldest bravest saddest oddest strangest safest riskiest
  ever too enough rarely seldom less fewer little hardly scarcely
`);

/** Generic or sweeping subjects: the writer speaks for a group or for everyone. */
export const GENERIC_SUBJECTS = words(`
  nobody everyone everybody anyone anybody whoever neither none few voters taxpayers investors readers
  people citizens consumers fans critics viewers commuters parents
`);

/** Predictive frames: "likely to", "expected to", "set to", "bound to", "poised to". */
export const PREDICTIVE_WORDS = words(`likely unlikely bound poised destined doomed certain sure`);

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

/**
 * Interface vocabulary of news sites: navigation, media credits, app and account prompts, comment
 * sections, live-page controls. Counted as site text only in short passages that are mostly such words.
 */
export const INTERFACE_WORDS = words(`
  topics topic explore view fullscreen gallery slideshow enlarge expand collapse toggle
  download app apps alerts alert notifications notification install
  enable javascript browser loading refresh reload retry error
  newest oldest recommended sort filter picks featured
  posted updated edited illustration illustrations graphic graphics credit credits composite
  correspondent editor reporter writer columnist contributor staff
  guidelines moderated moderation community discussion replies report flag
  key events pinned summary
  tips tip contact please
  privacy terms policy settings preferences account profile register
  listen play pause watch transcript
`);

/** Credit and byline prefixes: "Illustration: …", "Posted by …". */
export const CREDIT_PREFIXES = words(`illustration illustrations graphic graphics composite pictures picture design animation`);

/**
 * Adverbs in -ly that describe when, how officially or how much, as a report does ("publicly", "nearly",
 * "previously"); any other -ly adverb in the outlet's voice ("noticeably", "firmly", "seriously") is a
 * manner or degree judgement. Also common -ly words that are not adverbs ("family", "July", "supply").
 */
export const NEUTRAL_LY = words(`
  only early nearly daily weekly monthly yearly hourly quarterly annually family reply supply apply rally
  italy july ally holy assembly anomaly elderly jointly publicly officially formally previously recently
  currently initially reportedly allegedly immediately directly separately respectively approximately
  roughly partly mostly fully finally shortly briefly subsequently eventually originally later lately
  likely unlikely newly widely locally nationally internationally temporarily permanently briefly
  successfully unanimously narrowly overwhelmingly independently voluntarily personally privately
  physically legally financially politically economically militarily medically technically
  simultaneously automatically manually digitally online fly belly bully butterfly
  sharply slightly steadily gradually rapidly quickly slowly heavily partially
`);

/** Nouns for the page itself and its services: "this article", "our journalism", "your account". */
export const SITE_NOUNS = words(`
  article articles page pages story stories site website journalism coverage newsletter newsletters app
  section sections email inbox comment comments discussion consent commission link links reading
  briefing subscription subscriptions account accounts podcast podcasts edition homepage feed feeds
  notifications alerts settings cookies privacy newsroom journalists reporting corrections ads
`);

/** Verbs a page uses to address its reader as a user: "Save article", "Enter your email", "Open in app". */
export const UI_VERBS = words(`
  save gift print open share leave join enter manage continue read click tap follow sign subscribe
  download install watch listen get log register send email thank consider support donate skip view
  show hide load explore discover see visit try learn upgrade unlock renew start restore copy
`);

/** First words of a credit or metadata line: "Sponsored by …", "Published 14 March", "Filed under …". */
export const METADATA_OPENERS = words(`
  by posted written updated reported sponsored supported presented produced edited published filed
  photographed illustrated reporting additional
`);
