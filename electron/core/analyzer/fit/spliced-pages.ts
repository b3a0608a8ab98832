/**
 * The spliced set: real Wikinews articles (read from ../shared/corpora/wikinews/ at run time, never
 * copied) with reader comments written for the project inserted between their paragraphs
 * (tests/fixtures/spliced/reader-comments.json), plus clean control pages. Measures how well the page
 * pass finds the comments, paragraph by paragraph, and how often it flags the outlet's own paragraphs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { plainTextBlocks } from '../blocks.js';
import { PARAGRAPH_SCORE, type ParagraphWeights } from '../page.js';
import { analyzeBlocks } from '../pipeline.js';

const spliceFile = z.object({
  about: z.string(),
  splices: z.array(
    z.object({
      article: z.string(),
      comments: z.array(z.object({ after: z.number().int().min(0), register: z.string(), text: z.string() })),
    }),
  ),
  controls: z.array(z.string()),
});

/** A page of the set: its text, and which of its paragraphs (0-based) are reader comments. */
export interface SplicedPage {
  article: string;
  text: string;
  comments: Set<number>;
  registers: Map<number, string>;
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function loadSplicedSet(spliceJson: string, wikinewsDir: string): { spliced: SplicedPage[]; controls: SplicedPage[] } {
  const set = spliceFile.parse(JSON.parse(fs.readFileSync(spliceJson, 'utf8')));
  const read = (article: string) => paragraphsOf(fs.readFileSync(path.join(wikinewsDir, article), 'utf8'));
  const spliced = set.splices.map(({ article, comments }) => {
    const original = read(article);
    const out: string[] = [];
    const flagged = new Set<number>();
    const registers = new Map<number, string>();
    original.forEach((p, k) => {
      out.push(p);
      for (const c of comments.filter((c) => c.after === k)) {
        flagged.add(out.length);
        registers.set(out.length, c.register);
        out.push(c.text);
      }
    });
    return { article, text: out.join('\n\n'), comments: flagged, registers };
  });
  const controls = set.controls.map((article) => ({
    article,
    text: read(article).join('\n\n'),
    comments: new Set<number>(),
    registers: new Map<number, string>(),
  }));
  return { spliced, controls };
}

/** Paragraphs the analyzer takes for a reader's comment: any of its passages flagged as one. */
export function flaggedParagraphs(text: string, w: ParagraphWeights = PARAGRAPH_SCORE): Set<number> {
  const out = new Set<number>();
  for (const p of analyzeBlocks(plainTextBlocks(text), w).passages) if (p.subtype === 'reader_comment') out.add(p.paragraph);
  return out;
}

export interface SplicedFigures {
  comments: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
  /** outlet paragraphs of the spliced pages flagged as comments */
  falseAlarmsOnSpliced: number;
  controlPages: number;
  controlParagraphs: number;
  /** outlet paragraphs of the control pages flagged as comments, and on how many pages */
  falseAlarmsOnControls: number;
  controlPagesWithAlarm: number;
  /** comments found per register (found / total) */
  byRegister: Record<string, string>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function measureSplicedSet(
  set: { spliced: SplicedPage[]; controls: SplicedPage[] },
  w: ParagraphWeights = PARAGRAPH_SCORE,
): SplicedFigures {
  let tp = 0;
  let fp = 0;
  let positives = 0;
  const reg = new Map<string, [number, number]>();
  for (const page of set.spliced) {
    const flagged = flaggedParagraphs(page.text, w);
    positives += page.comments.size;
    for (const k of flagged)
      if (page.comments.has(k)) tp++;
      else fp++;
    for (const [k, r] of page.registers) {
      const cell = reg.get(r) ?? [0, 0];
      cell[1]++;
      if (flagged.has(k)) cell[0]++;
      reg.set(r, cell);
    }
  }
  let alarms = 0;
  let pagesWithAlarm = 0;
  let controlParagraphs = 0;
  for (const page of set.controls) {
    const flagged = flaggedParagraphs(page.text, w);
    alarms += flagged.size;
    if (flagged.size > 0) pagesWithAlarm++;
    controlParagraphs += paragraphsOf(page.text).length;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = positives === 0 ? 0 : tp / positives;
  return {
    comments: positives,
    found: tp,
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
    falseAlarmsOnSpliced: fp,
    controlPages: set.controls.length,
    controlParagraphs,
    falseAlarmsOnControls: alarms,
    controlPagesWithAlarm: pagesWithAlarm,
    byRegister: Object.fromEntries([...reg].sort().map(([r, [f, n]]) => [r, `${f}/${n}`])),
  };
}
