/**
 * The responses CSV: one row per answer (student, lesson, exercise, passage, key, chosen answer, score,
 * confidence, seconds, time), written batch by batch to any sink, so a million answers go out in flat memory.
 */
import type { Database } from 'better-sqlite3';
import type { ReportFilters } from '../../shared/contract.js';
import { forEachAnswerBatch } from './answer-stream.js';
import { BOM, csvLine, csvRows } from './csv-cells.js';
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
  await sink(BOM + csvRows([[...RESPONSES_HEADER]]));
  return forEachAnswerBatch(db, f, (rows) =>
    sink(
      rows
        .map((r) =>
          csvLine([
            r.student,
            r.lessonId,
            r.lessonVersion,
            r.exercise,
            r.mode,
            r.attemptUid,
            r.item,
            r.keyLabel !== null && r.item >= 0 ? (keys.get(r.lessonId, r.lessonVersion)?.passages[r.item]?.text ?? '') : '',
            r.keyLabel ?? '',
            r.chosenLabel ?? r.response,
            r.score,
            r.correct,
            r.confidence ?? '',
            r.seconds ?? '',
            r.hinted,
            r.answeredAt,
          ]),
        )
        .join(''),
    ),
  );
}

/** For a sink that is a Node stream: write, and wait for 'drain' when its buffer is full. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return (chunk) => (stream.write(chunk) ? undefined : new Promise<void>((resolve) => stream.once('drain', () => resolve())));
}
