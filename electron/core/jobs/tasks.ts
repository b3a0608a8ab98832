/**
 * The table of heavy tasks `runTask` can run: name → a pure function of a structured-cloneable input
 * (so that it can run in a worker thread). Add a task here, with its input and output types.
 */
import { analyzeDocument, type DocumentKind } from '../analyzer/index.js';
import { readPack } from '../packs/read-pack.js';
import { writePack } from '../packs/write-pack.js';
import { readArticle, type ArticleInput } from '../library/read-article.js';
import { parseResultsFileTask } from '../results/results-file.js';

export const TASKS = {
  /** The analyzer's passages for one article's text. */
  analyze: (input: { kind: DocumentKind; content: string }) => analyzeDocument(input),
  /** A lesson pack's bytes, checked and verified (throws AppError 'bad_file' naming the problem). */
  readPack,
  /** A lesson pack's bytes from its lessons' stored JSON. */
  writePack,
  /** A file or pasted text read into an article for the library (metadata, blocks, proposals), or why not. */
  readArticle: (input: ArticleInput) => readArticle(input),
  /** A results file's text, parsed and shape-checked (the signature is checked against the class key later). */
  parseResultsFile: parseResultsFileTask,
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]>>;
