/**
 * The results file: what a classroom desktop hands the teacher (USB stick, shared drive, LMS upload).
 *
 * {
 *   "format": "sourcewise-results", "formatVersion": 1,
 *   "appVersion": "0.1.0", "installId": "<hex>", "classId": "<id>", "exportedAt": "<ISO>",
 *   "profiles": [ { "name": "Ada", "attempts": [ { uid, lessonId, lessonVersion, contentHash, exercise,
 *                    mode, startedAt, completedAt, answers: [ { item, response, score, correct, confidence,
 *                    seconds, hinted, answeredAt } ] } ] } ],
 *   "hmac": "<hex HMAC-SHA256 over canonicalJson(everything but hmac), key = the class's results_key>"
 * }
 *
 * What the HMAC protects against, honestly: a file corrupted on the way (a truncated copy, a flipped byte
 * that still parses) and a casual edit (a student opening the file and changing a score or a name) are
 * detected, because the edit changes the canonical content and nobody without the key can recompute the
 * signature. What it does NOT protect against: the key travels with the lesson pack and sits in every
 * classroom desktop's database, so anyone who can read that database (any user of the desktop, with a
 * SQLite tool) can sign a forged file; it does not say *who* sat at the desktop (profiles have no
 * password), it does not stop a student answering on a friend's profile, and it does not keep the content
 * secret (the file is readable JSON). It is an integrity check, not authentication of a person.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { fileAttemptSchema, type FileAttempt } from './answer-record.js';
import { canonicalJson } from './canonical-json.js';

export const RESULTS_FORMAT = 'sourcewise-results';
export const RESULTS_FORMAT_VERSION = 1;

export const resultsFileSchema = z
  .object({
    format: z.literal(RESULTS_FORMAT),
    formatVersion: z.literal(RESULTS_FORMAT_VERSION),
    appVersion: z.string().min(1).max(40),
    installId: z.string().regex(/^[0-9a-f]{8,64}$/, 'a hex install id'),
    classId: z.string().min(1).max(80),
    exportedAt: z.string().datetime({ offset: true }),
    profiles: z
      .array(
        z
          .object({
            name: z.string().min(1).max(80),
            attempts: z.array(fileAttemptSchema).max(100_000),
          })
          .strict(),
      )
      .max(10_000),
    hmac: z.string().regex(/^[0-9a-f]{64}$/, 'a hex HMAC-SHA256'),
  })
  .strict();

export type ResultsFile = z.infer<typeof resultsFileSchema>;
export type UnsignedResultsFile = Omit<ResultsFile, 'hmac'>;
export type { FileAttempt };

export function signature(content: UnsignedResultsFile, resultsKeyHex: string): string {
  return createHmac('sha256', Buffer.from(resultsKeyHex, 'hex')).update(canonicalJson(content), 'utf8').digest('hex');
}

export function signResultsFile(content: UnsignedResultsFile, resultsKeyHex: string): ResultsFile {
  return { ...content, hmac: signature(content, resultsKeyHex) };
}

/** Compares in constant time (a timing side channel is far-fetched here, but costs nothing to close). */
export function hasValidSignature(file: ResultsFile, resultsKeyHex: string): boolean {
  const { hmac, ...content } = file;
  const expected = Buffer.from(signature(content, resultsKeyHex), 'hex');
  const given = Buffer.from(hmac, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Problems found in a file before anything is stored: the message names the problem for people. */
export class ResultsFileProblem extends Error {
  constructor(
    readonly kind: 'malformed' | 'truncated' | 'newer_format' | 'not_results' | 'wrong_class' | 'tampered' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'ResultsFileProblem';
  }
}

/**
 * Parses and checks the shape (not the signature: that needs the class's key, which the caller looks up).
 * The order matters for the message: a newer format is reported as such, not as a pile of schema errors.
 */
export function parseResultsFile(text: string): ResultsFile {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // JSON that simply stops (a copy cut short) reads differently from JSON that is wrong inside.
    if (/end of (JSON )?input|Unterminated string/i.test(message) || looksCutShort(text))
      throw new ResultsFileProblem('truncated', 'the file is cut short (truncated): copy it again from the desktop');
    throw new ResultsFileProblem('malformed', `the file is not valid JSON (${message})`);
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== RESULTS_FORMAT)
    throw new ResultsFileProblem('not_results', 'this is not a Sourcewise results file');
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > RESULTS_FORMAT_VERSION)
    throw new ResultsFileProblem(
      'newer_format',
      `the file was written by a newer Sourcewise (results format ${version}; this one reads up to ${RESULTS_FORMAT_VERSION}): update Sourcewise here`,
    );
  const parsed = resultsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new ResultsFileProblem('malformed', `the file is damaged or edited by hand (${where}${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

function looksCutShort(text: string): boolean {
  const t = text.trimEnd();
  return t.length > 0 && !t.endsWith('}');
}

/** Parsing as a task (jobs/tasks.ts): a structured-cloneable answer, so it can run in a worker thread. */
export type ParsedResultsFile =
  { ok: true; file: ResultsFile; sha256: string } | { ok: false; problem: ResultsFileProblem['kind']; message: string };

export function parseResultsFileTask(input: { text: string }): ParsedResultsFile {
  try {
    return {
      ok: true,
      file: parseResultsFile(input.text),
      sha256: createHash('sha256').update(input.text, 'utf8').digest('hex'),
    };
  } catch (err) {
    if (err instanceof ResultsFileProblem) return { ok: false, problem: err.kind, message: err.message };
    throw err;
  }
}
