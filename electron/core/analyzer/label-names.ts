/**
 * Reading label names written by people: case, spaces, hyphens and underscores do not matter, and the
 * obvious aliases are accepted ("Reported fact", "fact", "quote", "quoted claim", "opinion", "Not part
 * of the article"). Anything else is refused, so a typo never silently counts as a wrong answer.
 */
import type { Label } from '../../shared/domain.js';

const ALIASES: Record<string, Label> = {
  reported: 'reported',
  reportedfact: 'reported',
  report: 'reported',
  fact: 'reported',
  facts: 'reported',
  factual: 'reported',
  news: 'reported',
  quoted: 'quoted',
  quote: 'quoted',
  quotes: 'quoted',
  quotedclaim: 'quoted',
  claim: 'quoted',
  quotation: 'quoted',
  attributed: 'quoted',
  attribution: 'quoted',
  commentary: 'commentary',
  comment: 'commentary',
  opinion: 'commentary',
  analysis: 'commentary',
  editorial: 'commentary',
  readercomment: 'commentary',
  notarticle: 'not_article',
  notpartofthearticle: 'not_article',
  notpartofarticle: 'not_article',
  notpart: 'not_article',
  site: 'not_article',
  sitetext: 'not_article',
  furniture: 'not_article',
  sitefurniture: 'not_article',
  boilerplate: 'not_article',
};

export function normaliseLabel(raw: string): Label | undefined {
  const key = raw.toLowerCase().replace(/[\s_\-–—.'’]+/g, '');
  return ALIASES[key];
}
