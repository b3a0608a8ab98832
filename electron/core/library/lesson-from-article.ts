/**
 * A keyed article → a lesson file (the one documented format, validated by its schema), and the check
 * that the description students read in their library does not give the answers away.
 */
import type { ArticleRow, PassageRow } from '../../../db/repositories/articles.js';
import { LABEL_NAMES, SUBTYPE_NAMES } from '../../shared/domain.js';
import { LESSON_FORMAT, type LessonFile } from '../lesson/lesson-schema.js';
import { validateLesson, type ParsedLesson } from '../lesson/parse-lesson.js';

/**
 * Words that name what a student is asked to find. A description may say what the page is about and
 * what the exercise is ("sort each sentence"), not which passages are what.
 */
const GIVEAWAYS: Array<[RegExp, string]> = [
  ...Object.values(LABEL_NAMES).map((name): [RegExp, string] => [new RegExp(`\\b${name}s?\\b`, 'i'), name.toLowerCase()]),
  ...Object.values(SUBTYPE_NAMES).map((name): [RegExp, string] => [new RegExp(`\\b${name}s?\\b`, 'i'), name]),
  [/\bintruders?\b/i, 'intruder'],
  [/\b(?:reader|user)s?[’']? comments?\b|\bcomment section\b/i, 'reader comment'],
  [/\bnot (?:written by|from) the (?:outlet|newspaper|site|paper)\b/i, 'who did not write it'],
  [/\b(?:cookie|consent) (?:banner|notice|text)\b/i, 'consent banner'],
];

/** Warnings about a description: the labels or intruders it names, and passages it quotes. */
export function descriptionWarnings(description: string, passages: ReadonlyArray<{ text: string }>): string[] {
  const warnings: string[] = [];
  const named = new Set<string>();
  for (const [pattern, what] of GIVEAWAYS) if (pattern.test(description)) named.add(what);
  if (named.size > 0)
    warnings.push(
      `The description names ${[...named].map((w) => `“${w}”`).join(', ')}: students would know what to look for before they read.`,
    );
  // eight words in a row from a passage: the description quotes the page
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const d = words(description);
  if (d.length >= 8) {
    const grams = new Set<string>();
    for (let i = 0; i + 8 <= d.length; i++) grams.add(d.slice(i, i + 8).join(' '));
    const quoted = passages.findIndex((p) => {
      const w = words(p.text);
      for (let i = 0; i + 8 <= w.length; i++) if (grams.has(w.slice(i, i + 8).join(' '))) return true;
      return false;
    });
    if (quoted >= 0) warnings.push(`The description quotes passage ${quoted + 1}: say what the page is about in your own words.`);
  }
  return warnings;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** "Lifehacker — Patrick Allan": where the text comes from, shown to students. */
export function defaultCredit(a: Pick<ArticleRow, 'siteName' | 'byline' | 'url'>): string | undefined {
  const site = a.siteName ?? hostOf(a.url);
  const parts = [site, a.byline].filter((s): s is string => !!s);
  return parts.length > 0 ? parts.join(' — ').slice(0, 400) : undefined;
}

export function lessonFromArticle(
  article: ArticleRow,
  passages: readonly PassageRow[],
  meta: { id: string; version: number; title: string; description: string; credit?: string; now: Date },
): ParsedLesson {
  let paragraph = -1;
  let lastBlock = -1;
  const credit = meta.credit ?? defaultCredit(article);
  const site = article.siteName ?? hostOf(article.url);
  const lesson: LessonFile = {
    format: LESSON_FORMAT,
    id: meta.id,
    version: meta.version,
    title: meta.title,
    description: meta.description,
    language: /^[a-z]{2}(-[A-Z]{2})?$/.test(article.language ?? '') ? article.language! : 'en',
    source: {
      note: `Keyed in the Sourcewise teacher workspace from ${article.sourceName ? `the file “${article.sourceName}”` : 'pasted text'} (imported ${article.importedAt.slice(0, 10)}).`.slice(
        0,
        1000,
      ),
      ...(site ? { site: site.slice(0, 200) } : {}),
      ...(article.url && /^https?:\/\/\S+$/.test(article.url) ? { url: article.url } : {}),
      ...(article.published ? { published: article.published.slice(0, 40) } : {}),
      ...(credit ? { credit } : {}),
    },
    passages: passages.map((p, index) => {
      if (p.blockPosition !== lastBlock) {
        paragraph++;
        lastBlock = p.blockPosition;
      }
      const k = p.key;
      return {
        index,
        paragraph,
        role: k.role,
        text: p.text,
        label: k.label,
        subtype: k.subtype,
        fromOutlet: k.fromOutlet,
        accept: k.accept,
        explanation: k.explanation.trim(),
        cues: k.cues,
        ...(k.attribution ? { attribution: k.attribution } : {}),
      };
    }),
  };
  return validateLesson(lesson, 'the lesson');
}
