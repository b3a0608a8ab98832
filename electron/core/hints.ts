/**
 * Hints from the analyzer: for a passage, the cue words it finds and a question or two about them —
 * never the label, so a hint teaches where to look rather than what to answer.
 *
 * The analyzer reads the whole page (some cues are page-level, such as typography that breaks with the
 * rest of the page), so a lesson version is analysed once and cached; its passages are matched to the
 * lesson's by text, falling back to reading the passage alone where segmentation differs.
 * The analyzer module is loaded on the first hint, not at start-up: most sessions never ask for one,
 * and loading it would add ~90 ms to the app's cold start.
 */
import type { Hint } from '../shared/contract.js';
import type { CueKind } from '../shared/domain.js';
import type { AnalyzedPassage } from './analyzer/index.js';
import type { LessonFile } from './lesson/lesson-schema.js';

/** One question per cue kind, asked of the highlighted words. Order = priority when several apply. */
const QUESTIONS: Array<[CueKind[], string]> = [
  [['site_furniture'], 'Is this the report talking, or the website talking to you?'],
  [['typographic_break', 'informal_punctuation'], 'Is it typed like the rest of the page? Who might have written it?'],
  [['quote_marks'], 'Whose words are inside the quote marks?'],
  [
    ['attribution_verb', 'named_source', 'anonymous_source', 'vague_source', 'media_source', 'document_source'],
    'Who is said to say this, and does the outlet vouch for it or only report it?',
  ],
  [['loaded_verb'], 'Does the verb only report speech, or does it also judge the speaker?'],
  [['evaluative', 'hedge', 'modal_obligation'], 'Could these words be checked, or are they someone’s judgement?'],
  [['first_second_person'], 'Who is “we” or “you” here?'],
  [['editorial_insertion', 'ellipsis'], 'What did the outlet add to or leave out of the quote?'],
];

export function questionsFor(kinds: ReadonlySet<CueKind>): string[] {
  const asked = QUESTIONS.filter(([ks]) => ks.some((k) => kinds.has(k))).map(([, q]) => q);
  return asked.length > 0 ? asked.slice(0, 2) : ['No telltale words here. Ask: who is saying this, and could it be checked?'];
}

/** The page text as the analyzer reads plain text: passages joined by spaces, paragraphs by blank lines. */
export function lessonPageText(lesson: LessonFile): string {
  const paragraphs: string[][] = [];
  for (const p of lesson.passages) (paragraphs[p.paragraph] ??= []).push(p.text);
  return paragraphs
    .filter(Boolean)
    .map((ps) => ps.join(' '))
    .join('\n\n');
}

export class HintService {
  private readonly cache = new Map<string, Array<AnalyzedPassage | undefined>>();

  private analyzer: Promise<typeof import('./analyzer/index.js')> | undefined;

  async hintFor(lesson: LessonFile, index: number): Promise<Hint> {
    const passage = lesson.passages[index];
    if (!passage) throw new RangeError(`no passage ${index}`);
    const analyzer = await (this.analyzer ??= import('./analyzer/index.js'));
    const analyzed = this.analysed(lesson, analyzer.analyzeText)[index] ?? analyzer.classifyPassage(passage.text);
    const cues = analyzed.cues.map(({ start, end, kind }) => ({ start, end, kind }));
    return { index, cues, questions: questionsFor(new Set(cues.map((c) => c.kind))) };
  }

  private analysed(
    lesson: LessonFile,
    analyzeText: (text: string) => { passages: AnalyzedPassage[] },
  ): Array<AnalyzedPassage | undefined> {
    const key = `${lesson.id}@${lesson.version}`;
    let byIndex = this.cache.get(key);
    if (!byIndex) {
      const { passages } = analyzeText(lessonPageText(lesson));
      // Match in page order by exact text; a lesson passage the segmenter split differently gets none.
      const queue = new Map<string, AnalyzedPassage[]>();
      for (const a of passages) queue.set(a.text, [...(queue.get(a.text) ?? []), a]);
      byIndex = lesson.passages.map((p) => queue.get(p.text)?.shift());
      this.cache.set(key, byIndex);
    }
    return byIndex;
  }
}
