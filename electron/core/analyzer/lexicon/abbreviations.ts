/**
 * Abbreviations and sentence starters: what the segmenter needs to decide whether a period ends a sentence.
 */

/** Titles before a name: a period after them never ends a sentence. */
export const TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr brig gov sen rep rev fr msgr st mt ' +
    'hon pres supt insp det atty messrs mme mlle sra srta dra'
  ).split(' '),
);

/** Abbreviations that can end a sentence as well as sit inside one. */
export const MAYBE_FINAL: ReadonlySet<string> = new Set(
  (
    'jr sr inc ltd co corp plc llc dept univ assn bros etc al vs approx est no nos fig vol ed eds op cit ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ave blvd rd hwy ft mi km kg lb oz min max govt intl natl dist div ch art sec para pp ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

/** Words that usually start a sentence: after an ambiguous abbreviation they tip the balance to a split. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    'the a an this that these those he she it they we i you his her its their our my there here but and ' +
    'so yet or however meanwhile in on at after before when while if as since although though because ' +
    'for with by from some many most all no one two three what who why how where'
  ).split(' '),
);
