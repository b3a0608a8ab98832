/**
 * The responses CSV: one row per answer (student, lesson, exercise, passage, key, chosen answer, score,
 * confidence, seconds, time), written batch by batch to any sink, so a million answers go out in flat memory.
 */
import type { Database } from 'better-sqlite3';
import type { ReportFilters } from '../../shared/contract.js';
import { forEachAnswerBatch, type StreamedAnswer } from './answer-stream.js';
import { BOM, csvCell, csvRows } from './csv-cells.js';
import { LessonKeys } from './lesson-keys.js';

export const RESPONSES_HEADER = [
  'student',
  'lesson',
  'lesson_version',
  'exercise',
  'mode',
  'attempt',
  'passage_index',
  'passage_text',
  'key_label',
  'chosen_answer',
  'score',
  'correct',
  'confidence',
  'seconds',
  'hinted',
  'answered_at',
] as const;

/** The sink: a function that takes a chunk and resolves once it may take more (a stream's drain). */
export type Sink = (chunk: string) => void | Promise<void>;

export async function writeResponsesCsv(db: Database, f: ReportFilters, sink: Sink): Promise<number> {
  const keys = new LessonKeys(db);
  // Passage texts and names repeat across thousands of rows: each is encoded once.
  const passages = new Map<string, string>();
  const names = new Map<string, string>();
  const passageCell = (r: StreamedAnswer): string => {
    if (r.keyLabel === null || r.item < 0) return '';
    const k = `${r.lessonId}\u0000${r.lessonVersion}\u0000${r.item}`;
    let cell = passages.get(k);
    if (cell === undefined) {
      cell = csvCell(keys.get(r.lessonId, r.lessonVersion)?.passages[r.item]?.text ?? '');
      passages.set(k, cell);
    }
    return cell;
  };
  const nameCell = (name: string): string => {
    let cell = names.get(name);
    if (cell === undefined) {
      cell = csvCell(name);
      names.set(name, cell);
    }
    return cell;
  };
  await sink(BOM + csvRows([[...RESPONSES_HEADER]]));
  return forEachAnswerBatch(db, f, (rows) => {
    let chunk = '';
    for (const r of rows) {
      // Ids, labels, numbers and ISO times never need quoting; the free text goes through csvCell.
      chunk +=
        `${nameCell(r.student)},${csvCell(r.lessonId)},${r.lessonVersion},${r.exercise},${r.mode},${r.attemptUid},${r.item},` +
        `${passageCell(r)},${r.keyLabel ?? ''},${csvCell(r.chosenLabel ?? r.response)},${r.score},${r.correct},` +
        `${r.confidence ?? ''},${r.seconds ?? ''},${r.hinted},${r.answeredAt}\r\n`;
    }
    return sink(chunk);
  });
}

/** For a sink that is a Node stream: write, and wait for 'drain' when its buffer is full. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return (chunk) => (stream.write(chunk) ? undefined : new Promise<void>((resolve) => stream.once('drain', () => resolve())));
}
