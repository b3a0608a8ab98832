/**
 * Site text: what the page around an article says to its user — a label prefix ("Related: …"), a short
 * fragment of interface words ("Share this article"), an instruction to the user ("Enter your email
 * address"), a fragment naming parts of the page ("Top stories"), a byline or credit, a gallery counter
 * ("1 of 8"), a menu ("Newest | Oldest"), an email address.
 */
import { Ch } from '../chars.js';
import { F, type Evidence } from '../evidence.js';
import { S_FURNITURE, S_FURN_PREFIX, S_INTERFACE, S_UI_VERB, VOCAB } from '../lexicon-index.js';
import { METADATA_OPENERS } from '../lexicon/site-text.js';
import { endsLikeSentence } from './text-shape.js';

const OF = VOCAB.intern('of');
const BY = VOCAB.intern('by');
const UNDER = VOCAB.intern('under');
const BYLINE_VERBS: ReadonlySet<number> = new Set(METADATA_OPENERS.map((w) => VOCAB.intern(w)));

export function detectSiteText(ev: Evidence): void {
  labelPrefix(ev);
  interfaceFragment(ev);
  userInstruction(ev);
  pagePartFragment(ev);
  byline(ev);
  countersMenusAddresses(ev);
}

/** "Related: …", "Photograph: …". */
function labelPrefix(ev: Evidence): void {
  const { tok, style } = ev.scan;
  if (tok.count > 1 && style[0]! & S_FURN_PREFIX && ev.text.charCodeAt(tok.end[0]!) === Ch.Colon) {
    ev.count(F.furniture, 0, tok.end[0]! + 1);
    ev.cue(0, tok.end[0]! + 1, 'site_furniture');
  }
}

/** A short fragment mostly of interface words, or a longer prompt dense with them ("Get the app for alerts. Download now."). */
function interfaceFragment(ev: Evidence): void {
  const { tok, style } = ev.scan;
  const n = tok.count;
  const words = ev.tally.furnitureWords;
  if (!(
    (n > 0 && n <= 5 && words > 0 && words + ev.tally.numbers >= Math.ceil(n / 2)) ||
    (n <= 16 && words >= 2 && 4 * words >= n)
  ))
    return;
  ev.features[F.furniture_only] = 1;
  for (let i = 0; i < n; i++) {
    if (!(style[i]! & (S_FURNITURE | S_INTERFACE))) continue;
    const a = tok.start[i]!;
    const b = tok.end[i]!;
    ev.note(F.furniture, a, b);
    if (!ev.cues.some((c) => c.kind === 'site_furniture' && c.start <= a && c.end >= b)) ev.cue(a, b, 'site_furniture');
  }
}

/** "Save article", "Enter your email address", "Continue reading the main story": the page addressing a user. */
function userInstruction(ev: Evidence): void {
  const { tok, style } = ev.scan;
  const n = tok.count;
  if (
    n >= 1 &&
    n <= 12 &&
    !ev.firstRelayed &&
    tok.cap[0] === 1 &&
    style[0]! & S_UI_VERB &&
    (n <= 3 || ev.tally.siteNouns > 0 || ev.get(F.second_person) > 0 || ev.tally.furnitureWords > 0)
  ) {
    ev.set(F.ui_imperative, tok.start[0]!, tok.end[0]!);
    ev.cue(tok.start[0]!, tok.end[0]!, 'site_furniture');
  }
}

/** A short fragment naming parts of the page: "Top stories", "More from this section". */
function pagePartFragment(ev: Evidence): void {
  const { tok } = ev.scan;
  const n = tok.count;
  const at = ev.marks.siteNoun;
  if (n > 0 && n <= 5 && ev.tally.siteNouns > 0 && !endsLikeSentence(ev.text) && ev.tally.verbs === 0) {
    ev.features[F.furniture_only] = 1;
    ev.note(F.furniture, tok.start[at]!, tok.end[at]!);
    ev.cue(tok.start[at]!, tok.end[at]!, 'site_furniture');
  }
}

/** "By Hannah Ferreira, Transport Correspondent", "Posted by … at 14:05", "Published 14 March 2024", "Supported by". */
function byline(ev: Evidence): void {
  const { tok } = ev.scan;
  const n = tok.count;
  if (n < 2 || n > 12 || endsLikeSentence(ev.text)) return;
  const first = tok.id[0]!;
  const byAt = first === BY ? 0 : BYLINE_VERBS.has(first) && (tok.id[1] === BY || tok.id[1] === UNDER) ? 1 : -1;
  const dated = byAt < 0 && BYLINE_VERBS.has(first) && tok.numeric[1] === 1 && n <= 8;
  const bare = byAt === 1 && n === 2;
  if ((byAt >= 0 && byAt + 1 < n && tok.cap[byAt + 1] === 1) || dated || bare) {
    ev.set(F.byline, tok.start[0]!, tok.end[Math.min(n - 1, Math.max(0, byAt) + 1)]!);
    ev.cue(tok.start[0]!, tok.end[Math.max(0, byAt)]!, 'site_furniture');
  }
}

/** "1 of 8" (a gallery counter); "Newest | Oldest" (a menu); an email address or a web handle. */
function countersMenusAddresses(ev: Evidence): void {
  const { tok } = ev.scan;
  const text = ev.text;
  const n = tok.count;
  if (n >= 3 && n <= 5 && tok.numeric[n - 3] && tok.id[n - 2] === OF && tok.numeric[n - 1]) {
    ev.count(F.furniture, 0, text.length);
    ev.cue(0, text.length, 'site_furniture');
  }
  if (n <= 15 && tok.sawInterfaceMark) {
    const bar = text.indexOf('|');
    if (bar >= 0) {
      ev.count(F.furniture, bar, bar + 1);
      ev.cue(bar, bar + 1, 'site_furniture');
    }
  }
  const at = tok.sawInterfaceMark ? text.indexOf('@') : -1;
  if (at > 0 && text.charCodeAt(at - 1) !== Ch.Space && at + 1 < text.length && text.charCodeAt(at + 1) !== Ch.Space) {
    ev.count(F.furniture, at, at + 1);
    ev.cue(at, at + 1, 'site_furniture');
  }
}
