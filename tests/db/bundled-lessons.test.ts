/**
 * Every bundled lesson (resources/lessons/*.json) is valid, loads, and — for the lessons made from
 * Wikinews articles in ../shared/corpora/wikinews — rebuilds its article exactly and carries the
 * licence's credit line. The keys themselves are checked for the care a reviewer expects: explanations
 * quote words of their own passage, quoted claims name their source, mixed sentences split cleanly.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openBackend } from '../../electron/core/backend.js';
import { parseLesson } from '../../electron/core/lesson/parse-lesson.js';
import type { LessonPassage } from '../../electron/core/lesson/lesson-schema.js';
import { tempDir } from '../helpers/temp-dir.js';

const LESSONS_DIR = path.resolve(import.meta.dirname, '../../../resources/lessons');
const WIKINEWS_DIR = path.resolve(import.meta.dirname, '../../../../shared/corpora/wikinews');

const files = fs
  .readdirSync(LESSONS_DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .sort();
const lessons = files.map((f) => ({ file: f, lesson: parseLesson(fs.readFileSync(path.join(LESSONS_DIR, f)), f).lesson }));
const wikinews = lessons.filter((l) => l.lesson.source.site === 'Wikinews');

interface IndexEntry {
  file: string;
  title: string;
  sourceURL: string;
}
const index = (() => {
  const raw = JSON.parse(fs.readFileSync(path.join(WIKINEWS_DIR, 'index.json'), 'utf8')) as
    IndexEntry[] | { articles: IndexEntry[] };
  return Array.isArray(raw) ? raw : raw.articles;
})();

/** The article's paragraphs as the corpus gives them: blank-line separated, trimmed. */
function paragraphsOf(file: string): string[] {
  return fs
    .readFileSync(path.join(WIKINEWS_DIR, path.basename(file)), 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}

/** Words an explanation quotes in ‘…’ (an apostrophe followed by a letter stays inside the quote). */
function quotedWords(explanation: string): string[] {
  return [...explanation.matchAll(/‘((?:[^’]|’(?=[a-z]))+)’/g)].map((m) => m[1]!);
}
const LABEL_NAMES = new Set(['Reported fact', 'Quoted claim', 'Commentary', 'Not part of the article']);
const normalise = (s: string) => s.replace(/’/g, "'").toLowerCase();

test('at least eight Wikinews lessons are bundled, one per article', () => {
  assert.ok(wikinews.length >= 8, `only ${wikinews.length} Wikinews lessons`);
  const urls = wikinews.map((l) => l.lesson.source.url);
  assert.equal(new Set(urls).size, urls.length, 'two lessons from the same article');
});

test('every bundled lesson loads on a fresh install without a problem', () => {
  const backend = openBackend({ dbPath: path.join(tempDir(), 'all.sqlite'), host: 'web' });
  assert.deepEqual(backend.lessons.problems, []);
  assert.deepEqual(backend.lessons.loaded.map((l) => l.id).sort(), lessons.map((l) => l.lesson.id).sort());
  backend.close();
});

for (const { file, lesson } of wikinews) {
  test(`${file}: credit, source and id follow the licence and the naming rule`, () => {
    const entry = index.find((e) => e.sourceURL === lesson.source.url);
    assert.ok(entry, `${lesson.source.url} is not an article of the corpus`);
    assert.match(lesson.id, /^wikinews-[a-z0-9-]+$/);
    assert.equal(file, `${lesson.id}.json`);
    assert.equal(lesson.version >= 1, true);
    assert.equal(lesson.source.credit, `From Wikinews (https://en.wikinews.org), CC BY 2.5. ${entry.sourceURL}`);
    assert.ok(lesson.source.published, 'published date missing');
    assert.ok(lesson.source.note.length > 40, 'the note must say how the text was copied and keyed');
    // The description must not give answers away: no label names in it.
    assert.doesNotMatch(lesson.description, /reported fact|quoted claim|commentary|not part of the article/i);
  });

  test(`${file}: the passages rebuild the article exactly, headline first`, () => {
    const entry = index.find((e) => e.sourceURL === lesson.source.url)!;
    const rebuilt: string[] = [];
    for (const p of lesson.passages)
      rebuilt[p.paragraph] = rebuilt[p.paragraph] === undefined ? p.text : `${rebuilt[p.paragraph]} ${p.text}`;
    assert.deepEqual(rebuilt, paragraphsOf(entry.file));
    assert.equal(lesson.passages[0]!.role, 'headline');
    // Wikinews articles are the outlet's text through and through: only site text is not from it.
    for (const p of lesson.passages) assert.equal(p.fromOutlet, p.label !== 'not_article', `passage ${p.index}`);
  });

  test(`${file}: each key is explained with its own words, and quoted claims say who speaks`, () => {
    const problems: string[] = [];
    const at = (p: LessonPassage, msg: string) => problems.push(`passage ${p.index}: ${msg}`);
    for (const p of lesson.passages) {
      const quoted = quotedWords(p.explanation);
      if (quoted.length === 0) at(p, 'the explanation quotes no words of the passage');
      for (const q of quoted)
        if (!LABEL_NAMES.has(q) && !q.split(' … ').every((part) => normalise(p.text).includes(normalise(part))))
          at(p, `the explanation quotes ‘${q}’, which is not in the passage`);
      for (const label of p.accept)
        if (
          !p.explanation.includes(
            `‘${{ reported: 'Reported fact', quoted: 'Quoted claim', commentary: 'Commentary', not_article: 'Not part of the article' }[label]}’ is also accepted`,
          )
        )
          at(p, `accepts ${label} without saying why`);
      if (p.attribution) {
        const { source, verb } = p.attribution;
        if (!p.cues.some((c) => c.start === source.start && c.end === source.end)) at(p, 'the source is not marked as a cue');
        if (verb && !p.cues.some((c) => c.start === verb.start && c.end === verb.end)) at(p, 'the verb is not marked as a cue');
        if (verb && verb.loaded !== p.cues.some((c) => c.kind === 'loaded_verb' && c.start === verb.start))
          at(p, 'loaded flag and cue kind differ');
      }
      if (p.label === 'quoted' && p.subtype !== 'direct_quote' && !p.attribution)
        at(p, 'a quoted claim that is not a bare quotation must name its source');
      if (p.spans) {
        const sorted = [...p.spans].sort((a, b) => a.start - b.start);
        let end = 0;
        for (const s of sorted) {
          if (s.start < end) at(p, 'spans overlap');
          if (/[\p{L}\p{N}]/u.test(p.text.slice(end, s.start)))
            at(p, `words outside every span: "${p.text.slice(end, s.start)}"`);
          end = s.end;
        }
        if (/[\p{L}\p{N}]/u.test(p.text.slice(end))) at(p, 'words after the last span');
        if (!p.spans.some((s) => s.voice === 'outlet') || !p.spans.some((s) => s.voice === 'relayed'))
          at(p, 'a mixed sentence needs both voices');
      }
    }
    assert.deepEqual(problems, []);
  });
}
