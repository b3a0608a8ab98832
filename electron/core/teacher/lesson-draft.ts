/**
 * A lesson file drafted from the analyzer's proposal: every passage keyed with the analyzer's label,
 * subtype, cues and explanation, for a teacher to review and correct before students see it. The draft
 * is validated with the lesson schema before it is handed out, so it always loads.
 */
import type { AnalyzedPassage } from '../analyzer/index.js';
import { LESSON_FORMAT, type LessonFile } from '../lesson/lesson-schema.js';
import { validateLesson } from '../lesson/parse-lesson.js';

/** "Flood defences: what the report says" → "flood-defences-what-the-report-says" (the lesson id rules). */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'untitled-lesson';
}

export function draftLessonFromAnalysis(
  analysis: { passages: readonly AnalyzedPassage[] },
  meta: { title: string; sourceName: string; now: Date },
): { lesson: LessonFile; json: string } {
  if (analysis.passages.length === 0) throw new RangeError('the article has no passages to key');
  const draft = {
    format: LESSON_FORMAT,
    id: slugify(meta.title),
    version: 1,
    title: meta.title,
    description: 'A draft keyed by the Sourcewise analyzer. Review every passage before students use it.',
    language: 'en',
    source: {
      note: `Drafted by the Sourcewise analyzer from ${meta.sourceName} on ${meta.now.toISOString().slice(0, 10)}. Every label is a suggestion until a teacher has reviewed it.`,
    },
    passages: analysis.passages.map((p) => ({
      index: p.index,
      paragraph: p.paragraph,
      role: p.role,
      text: p.text,
      label: p.label,
      subtype: p.subtype,
      fromOutlet: p.fromOutlet,
      accept: [],
      explanation: p.explanation.length >= 10 ? p.explanation : `${p.explanation} (analyzer)`.padEnd(10, '.'),
      cues: p.cues.map(({ start, end, kind }) => ({ start, end, kind })),
      ...(p.label === 'quoted' && p.source
        ? {
            attribution: {
              source: { start: p.source.start, end: p.source.end, kind: p.source.kind },
              ...(p.cueVerb ? { verb: { start: p.cueVerb.start, end: p.cueVerb.end, loaded: p.cueVerb.loaded } } : {}),
            },
          }
        : {}),
    })),
  };
  const { lesson } = validateLesson(draft, 'the drafted lesson');
  return { lesson, json: JSON.stringify(lesson, null, 2) + '\n' };
}
