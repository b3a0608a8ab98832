/**
 * Evaluation: words by which the writer judges, interprets or grades what they report.
 *
 * Generic English of news writing, not taken from any article or test sentence. Lowercase, straight
 * apostrophes (the tokenizer folds ’ to ').
 */
import { words } from './words.js';

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
