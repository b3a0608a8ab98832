/**
 * `sourcewise eval FILE.jsonl [--json]`: measure the analyzer on any labelled JSON Lines file. Each line
 * is an object; only `text` and `label` are read (other fields are ignored). Labels are normalised
 * (case, spaces, hyphens, obvious aliases); a bad line stops the run with its line number.
 */
import { LABELS, type Label } from '../shared/domain.js';
import { classifyInContext, classifyPassage } from '../core/analyzer/index.js';
import { decodeInput, InputError } from '../core/analyzer/input.js';
import { normaliseLabel } from '../core/analyzer/label-names.js';
import { evaluate, type EvalReport } from '../core/analyzer/metrics.js';
import type { CliIo } from './cli-io.js';
import { parseFileCommandArgs, readFileOrSay } from './file-command.js';

const USAGE = `Usage: sourcewise eval FILE.jsonl [--json] [--context]

Classifies each line's "text" with the analyzer and compares with its "label" (reported, quoted,
commentary, not_article; aliases such as "Reported fact", "quote", "opinion" are accepted).
Prints per-label precision, recall and F1, macro-F1 (over the labels present in the gold labels),
accuracy and the confusion matrix.
  --json      print {"macroF1", "accuracy", "perLabel", "confusion", "count"}
  --context   read consecutive lines with the same "doc" as one article, in order, so each sentence is
              labelled with its neighbours in view (as on a page); without it every line stands alone
`;

class LineError extends Error {}

export interface LabelledLine {
  text: string;
  gold: Label;
  /** the line's "doc" field, when it is a string */
  doc?: string;
}

export function parseLabelledLines(content: string): LabelledLine[] {
  const rows: LabelledLine[] = [];
  const lines = content.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line.length === 0) return;
    const where = `line ${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      throw new LineError(`${where}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
      throw new LineError(`${where}: expected a JSON object with "text" and "label"`);
    const { text, label, doc } = obj as { text?: unknown; label?: unknown; doc?: unknown };
    if (typeof text !== 'string') throw new LineError(`${where}: "text" is missing or not a string`);
    if (typeof label !== 'string') throw new LineError(`${where}: "label" is missing or not a string`);
    const gold = normaliseLabel(label);
    if (!gold)
      throw new LineError(
        `${where}: unknown label "${label}" (expected one of ${LABELS.join(', ')}, or an alias such as "reported fact", "quote", "opinion", "not part of the article")`,
      );
    rows.push(typeof doc === 'string' ? { text, gold, doc } : { text, gold });
  });
  return rows;
}

const pct = (x: number) => x.toFixed(3);

function table(r: EvalReport): string {
  const labels = LABELS.filter((l) => r.perLabel[l] !== undefined);
  const w = 13;
  const pad = (s: string, n = w) => s.padEnd(n);
  const out: string[] = [];
  out.push(`${pad('label')}${pad('precision', 11)}${pad('recall', 9)}${pad('F1', 8)}support`);
  for (const l of labels) {
    const s = r.perLabel[l]!;
    out.push(`${pad(l)}${pad(pct(s.precision), 11)}${pad(pct(s.recall), 9)}${pad(pct(s.f1), 8)}${s.support}`);
  }
  const goldLabels = labels.filter((l) => r.confusion[l] !== undefined);
  out.push('');
  out.push(`macro-F1  ${pct(r.macroF1)}  (over ${goldLabels.length} gold label${goldLabels.length === 1 ? '' : 's'})`);
  out.push(`accuracy  ${pct(r.accuracy)}  (${r.count} passages)`);
  out.push('');
  out.push('confusion matrix (rows: gold, columns: predicted)');
  out.push(pad('') + labels.map((l) => pad(l)).join(''));
  for (const g of goldLabels) out.push(pad(g) + labels.map((p) => pad(String(r.confusion[g]![p] ?? 0))).join(''));
  return out.join('\n') + '\n';
}

/** The analyzer's label for each line: alone, or (context) with the lines of its document around it. */
function predictLabels(rows: readonly LabelledLine[], context: boolean): Label[] {
  if (!context) return rows.map((r) => classifyPassage(r.text).label);
  const out: Label[] = [];
  let from = 0;
  while (from < rows.length) {
    let to = from + 1;
    const doc = rows[from]!.doc;
    while (doc !== undefined && to < rows.length && rows[to]!.doc === doc) to++;
    for (const p of classifyInContext(rows.slice(from, to).map((r) => ({ text: r.text, paragraph: 0 })))) out.push(p.label);
    from = to;
  }
  return out;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const context = argv.includes('--context');
  const args = parseFileCommandArgs(
    'eval',
    argv.filter((a) => a !== '--context'),
    USAGE,
    io,
  );
  if ('exitCode' in args) return args.exitCode;
  const { file, json } = args;
  const buf = readFileOrSay('eval', file, io);
  if (buf === null) return 1;
  let rows: LabelledLine[];
  try {
    rows = parseLabelledLines(decodeInput(buf, file).content);
  } catch (e) {
    if (e instanceof InputError || e instanceof LineError) {
      io.err(`sourcewise eval: ${file}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (rows.length === 0) {
    io.err(`sourcewise eval: ${file} has no labelled lines\n`);
    return 1;
  }
  const predicted = predictLabels(rows, context);
  const report = evaluate(rows.map((r, i) => ({ gold: r.gold, predicted: predicted[i]! })));
  if (json) io.out(JSON.stringify(report) + '\n');
  else io.out(`${file}: ${report.count} labelled passages\n\n${table(report)}`);
  return 0;
}
