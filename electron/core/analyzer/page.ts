/**
 * Page-level reading: what no single sentence can show. Finds the passages the outlet probably did not
 * write — site furniture and reader comments mixed into the text — from evidence across the page:
 *
 * - typography: the page's own style of apostrophes and quote marks (curly or straight) is a statistic
 *   over all its passages; a passage set in the other style breaks with the page (a reader typed it);
 * - reader-comment signals: informal punctuation and words, second person, exclamation, unattributed
 *   opinion, and markup that says "comment";
 * - neighbourhood: the other sentences of a flagged paragraph, and adjacent paragraphs of unattributed
 *   opinion, belong to the same intruding text; short fragments beside site text are site text too.
 */
import type { Cue } from '../../shared/domain.js';
import type { AnalyzedPassage } from './passage.js';

/** What the page-level pass needs to know about a passage beyond its label (kept small: pages can be huge). */
export interface PageSignals {
  informal: number;
  informalExample?: string;
  secondPerson: boolean;
  firstPerson: boolean;
  exclamation: boolean;
  noVerbFragment: boolean;
  wordCount: number;
  attributed: boolean;
  straightMarks: number;
  curlyMarks: number;
}

export interface Draft {
  passage: AnalyzedPassage;
  signals: PageSignals;
  hint?: 'site' | 'comment';
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

/** Positions of the marks of one style (apostrophes between letters, double quote marks): the cue ranges. */
function markPositions(text: string, straight: boolean): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (straight ? c === 34 : c === 0x201c || c === 0x201d) at.push(i);
    else if (c === (straight ? 39 : 0x2019) && i > 0 && i + 1 < text.length && isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1))) at.push(i);
  }
  return at;
}

/** Minimum marks on the page before its style counts as established. */
const MIN_MARKS = 4;
/** The page's style must outnumber the other at least this many times. */
const DOMINANCE = 3;
const READER_THRESHOLD = 2.5;
/** A page where this share of body passages is commentary is an opinion piece. */
const OPINION_PAGE_SHARE = 0.4;

function markReader(d: Draft, reasons: string[], breakAt: number[]): void {
  const p = d.passage;
  p.label = 'commentary';
  p.subtype = 'reader_comment';
  p.fromOutlet = false;
  p.role = 'body';
  delete p.source;
  delete p.cueVerb;
  const extra: Cue[] = breakAt.map((i) => ({ start: i, end: i + 1, kind: 'typographic_break' }));
  if (extra.length > 0) p.cues = [...p.cues, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
  const list = reasons.length > 1 ? `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]!}` : (reasons[0] ?? 'it reads as a reader’s opinion');
  p.explanation = `Commentary (reader comment), probably not written by the outlet: ${list}.`;
  p.confidence = Math.max(0.5, Math.min(0.95, p.confidence));
}

function markSite(d: Draft, why: string): void {
  const p = d.passage;
  p.label = 'not_article';
  p.subtype = 'site_text';
  p.role = 'site';
  p.fromOutlet = false;
  delete p.source;
  delete p.cueVerb;
  p.explanation = `Not part of the article (site text): ${why}.`;
}

export function applyPageContext(drafts: Draft[]): void {
  // ── site furniture: markup hints, then short fragments in the same block as site text
  for (const d of drafts) {
    if (d.hint === 'site' && d.passage.label !== 'not_article') markSite(d, 'the page’s markup places it in a navigation, banner, share or footer area');
    if (d.passage.label === 'not_article') {
      d.passage.role = 'site';
      d.passage.fromOutlet = false;
    }
  }
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.passage.label === 'not_article' || d.signals.wordCount > 3 || !d.signals.noVerbFragment) continue;
    const prev = drafts[i - 1];
    const next = drafts[i + 1];
    const besideSite = (o: Draft | undefined) => o !== undefined && o.passage.paragraph === d.passage.paragraph && o.passage.label === 'not_article';
    if (besideSite(prev) || besideSite(next)) markSite(d, 'a short interface label in the same block as site text');
  }

  // ── typography: the page's style, from all passages that are not site text
  let curly = 0;
  let straight = 0;
  for (const d of drafts) {
    if (d.passage.label === 'not_article') continue;
    curly += d.signals.curlyMarks;
    straight += d.signals.straightMarks;
  }
  const style = curly >= MIN_MARKS && curly >= DOMINANCE * straight ? 'curly' : straight >= MIN_MARKS && straight >= DOMINANCE * curly ? 'straight' : 'mixed';

  // ── reader comments: score each body passage, then spread within paragraphs and to adjacent opinion
  // the page's voice: on an opinion page, first and second person, exclamations and unattributed
  // opinion are the outlet's own style and say nothing about who wrote a passage
  let body = 0;
  let opinion = 0;
  for (const d of drafts) {
    if (d.passage.label === 'not_article' || d.passage.role === 'headline') continue;
    body++;
    if (d.passage.label === 'commentary') opinion++;
  }
  const opinionPage = body > 0 && opinion / body >= OPINION_PAGE_SHARE;

  const flagged = new Uint8Array(drafts.length);
  const breaks = new Uint8Array(drafts.length);
  const reasons = new Map<number, string[]>();
  const because = (i: number, why: string) => {
    const list = reasons.get(i);
    if (list) list.push(why);
    else reasons.set(i, [why]);
  };
  drafts.forEach((d, i) => {
    const p = d.passage;
    if (p.label === 'not_article' || p.role === 'headline') return;
    const g = d.signals;
    let score = 0;
    const breaksHere = style === 'curly' ? g.straightMarks > g.curlyMarks : style === 'straight' ? g.curlyMarks > g.straightMarks : false;
    if (breaksHere) {
      breaks[i] = 1;
      score += 2;
      because(i, `its ${style === 'curly' ? 'straight' : 'curly'} apostrophes or quote marks break with the ${style} ones used on the rest of the page`);
    }
    if (g.informal > 0) {
      score += Math.min(g.informal, 2);
      because(i, `informal writing (“${g.informalExample ?? ''}”)`);
    }
    if (!opinionPage) {
      if (g.secondPerson) {
        score += 1;
        because(i, 'it addresses “you”');
      }
      if (g.exclamation) score += 0.5;
      if (g.firstPerson) score += 0.5;
      if (p.label === 'commentary') {
        score += 0.8;
        because(i, 'it is unattributed opinion');
      }
    }
    if (d.hint === 'comment') {
      score += 3;
      because(i, 'the page’s markup marks it as a comment');
    }
    if (score >= READER_THRESHOLD) flagged[i] = 1;
  });
  // paragraphs in page order, each with its passages (one pass; everything below stays linear)
  const paragraphs: number[][] = [];
  drafts.forEach((d, i) => {
    const last = paragraphs[paragraphs.length - 1];
    if (last && drafts[last[0]!]!.passage.paragraph === d.passage.paragraph) last.push(i);
    else paragraphs.push([i]);
  });
  // the rest of a flagged paragraph, when it shares a signal
  for (const members of paragraphs) {
    if (!members.some((i) => flagged[i])) continue;
    for (const i of members) {
      const d = drafts[i]!;
      if (flagged[i] || d.passage.label === 'not_article' || d.passage.role === 'headline') continue;
      if (breaks[i] || d.passage.label === 'commentary' || d.signals.informal > 0) {
        flagged[i] = 1;
        because(i, 'it shares a paragraph with a reader comment');
      }
    }
  }
  // adjacent paragraphs made only of unattributed opinion: the same comment continues (both directions)
  const allFlagged = (members: number[] | undefined) => members !== undefined && members.every((i) => flagged[i]);
  const opinionOnly = (members: number[]) =>
    members.every((i) => {
      const d = drafts[i]!;
      return d.passage.role === 'body' && d.passage.label === 'commentary' && !d.signals.attributed;
    });
  const spread = (k: number, from: number) => {
    const members = paragraphs[k]!;
    if (allFlagged(members) || !allFlagged(paragraphs[from]) || !opinionOnly(members)) return;
    for (const i of members) {
      flagged[i] = 1;
      because(i, 'it is unattributed opinion next to a reader comment, with nothing marking it as the outlet’s');
    }
  };
  for (let k = 1; k < paragraphs.length; k++) spread(k, k - 1);
  for (let k = paragraphs.length - 2; k >= 0; k--) spread(k, k + 1);
  drafts.forEach((d, i) => {
    if (flagged[i]) markReader(d, reasons.get(i) ?? [], breaks[i] ? markPositions(d.passage.text, style === 'curly') : []);
  });
}
