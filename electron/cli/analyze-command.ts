/**
 * `sourcewise analyze FILE [--json]`: label every passage of an article (plain text, Markdown or HTML).
 * Refuses binary data, invalid UTF-8 and files over MAX_INPUT_BYTES with a message naming the problem.
 */
import { CUE_KIND_NAMES, LABEL_NAMES, SUBTYPE_NAMES } from '../shared/domain.js';
import { analyzeDocument, type AnalyzedPassage } from '../core/analyzer/index.js';
import { decodeInput, InputError, MAX_INPUT_BYTES } from '../core/analyzer/input.js';
import type { CliIo } from './cli-io.js';
import { parseFileCommandArgs, readFileOrSay } from './file-command.js';

const USAGE = `Usage: sourcewise analyze FILE [--json]

Labels every passage of an article: reported fact, quoted claim, commentary or not part of the article,
with subtype, confidence and the cues (character ranges) behind each label.
FILE is plain text (a blank line separates paragraphs), Markdown or HTML, in UTF-8, up to ${MAX_INPUT_BYTES / 1024 / 1024} MB.
  --json   print { passages: [ { index, paragraph, text, role, label, subtype, confidence, fromOutlet,
           cues, source?, cueVerb? } ] } in page order
`;

/** Output is written in chunks of about this many characters, so a huge page never builds one huge string. */
const CHUNK = 1 << 20;

function jsonPassage(p: AnalyzedPassage): string {
  const o: Record<string, unknown> = {
    index: p.index,
    paragraph: p.paragraph,
    text: p.text,
    role: p.role,
    label: p.label,
    subtype: p.subtype,
    confidence: p.confidence,
    fromOutlet: p.fromOutlet,
    cues: p.cues.map((c) => ({ start: c.start, end: c.end, kind: c.kind })),
  };
  if (p.source) o.source = p.source;
  if (p.cueVerb) o.cueVerb = p.cueVerb;
  return JSON.stringify(o);
}

function readable(p: AnalyzedPassage): string {
  const flags = [p.role !== 'body' ? p.role : '', p.fromOutlet ? '' : 'NOT FROM THE OUTLET'].filter(Boolean).join(', ');
  const lines = [
    `#${p.index} ¶${p.paragraph}  ${LABEL_NAMES[p.label]} — ${SUBTYPE_NAMES[p.subtype]}  (confidence ${p.confidence.toFixed(2)})${flags ? `  [${flags}]` : ''}`,
    `  ${p.text}`,
  ];
  if (p.cues.length > 0) {
    const cues = p.cues.map((c) => `${CUE_KIND_NAMES[c.kind]} “${p.text.slice(c.start, c.end)}” [${c.start}–${c.end}]`);
    lines.push(`  cues: ${cues.join('; ')}`);
  }
  if (p.source)
    lines.push(
      `  source: “${p.source.text}” (${p.source.kind})${p.cueVerb ? `, verb “${p.cueVerb.text}”${p.cueVerb.loaded ? ' (loaded)' : ''}` : ''}`,
    );
  lines.push(`  why: ${p.explanation}`);
  return lines.join('\n') + '\n\n';
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseFileCommandArgs('analyze', argv, USAGE, io);
  if ('exitCode' in args) return args.exitCode;
  const { file, json } = args;
  const buf = readFileOrSay('analyze', file, io);
  if (buf === null) return 1;
  let input: ReturnType<typeof decodeInput>;
  try {
    input = decodeInput(buf, file);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`sourcewise analyze: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (input.removed > 0)
    io.err(
      `sourcewise analyze: note: removed ${input.removed} control character${input.removed === 1 ? '' : 's'} from ${file}\n`,
    );
  const { passages } = analyzeDocument(input);
  let chunk = '';
  const write = (s: string) => {
    chunk += s;
    if (chunk.length >= CHUNK) {
      io.out(chunk);
      chunk = '';
    }
  };
  if (json) {
    write('{"passages":[');
    passages.forEach((p, i) => write(`${i === 0 ? '\n' : ',\n'}${jsonPassage(p)}`));
    write(passages.length > 0 ? '\n]}\n' : ']}\n');
  } else {
    if (passages.length === 0) {
      io.out(`${file}: no passages (the file has no text to analyse)\n`);
      return 0;
    }
    const intruders = passages.filter((p) => !p.fromOutlet).length;
    write(`${file} (${input.kind}): ${passages.length} passages, ${intruders} probably not from the outlet\n\n`);
    for (const p of passages) write(readable(p));
  }
  if (chunk.length > 0) io.out(chunk);
  return 0;
}
