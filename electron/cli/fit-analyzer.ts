/**
 * `npm run fit:analyzer [-- --corpus PATH] [--check]`: refit the analyzer's weight table from the shared
 * labelled corpus (default ../shared/corpora/news-sentences.jsonl beside the project) and the project's
 * own sets (tests/fixtures/eval/dev.jsonl, dev2.jsonl; holdout.jsonl is scored, never trained on), and
 * write resources/analyzer/weights.json. `--check` writes nothing and exits 1 when the shipped file
 * differs from what the fit produces. Prints the cross-validated figures. `--spliced` fits nothing and
 * prints the reader-comment figures on the spliced set (tests/fixtures/spliced/reader-comments.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fitWeights, type FitInputs } from '../core/analyzer/fit/fit-weights.js';
import { loadSplicedSet, measureSplicedSet } from '../core/analyzer/fit/spliced-pages.js';
import { WEIGHTS_FILE } from '../core/analyzer/weights.js';
import { projectRoot } from '../core/paths.js';

export const DEFAULT_CORPUS = path.resolve(projectRoot, '../shared/corpora/news-sentences.jsonl');
const SETS = path.join(projectRoot, 'tests', 'fixtures', 'eval');

export function defaultInputs(corpus = DEFAULT_CORPUS): FitInputs {
  return {
    corpus,
    trainSets: ['dev', 'dev2'].map((name) => ({ name, file: path.join(SETS, `${name}.jsonl`) })),
    heldOutSets: [{ name: 'holdout', file: path.join(SETS, 'holdout.jsonl') }],
  };
}

/** The weight file as the fit writes it: JSON as Prettier prints it, so a row of numbers stays on one line. */
export function serialiseWeights(file: unknown): string {
  const s = JSON.stringify(file, null, 2);
  // an array of numbers or strings on one line (Prettier's layout for short arrays)
  const primitive = String.raw`(?:-?[\d.e+-]+|"[^"\n]*")`;
  const array = new RegExp(String.raw`\[\n\s+(${primitive}(?:,\n\s+${primitive})*)\n\s+\]`, 'g');
  return s.replace(array, (_, inner: string) => `[${inner.split(/,\n\s+/).join(', ')}]`) + '\n';
}

function main(argv: string[]): number {
  let corpus = DEFAULT_CORPUS;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--corpus' && argv[i + 1] !== undefined) corpus = path.resolve(argv[++i]!);
    else if (a === '--check') check = true;
    else if (a === '--spliced') {
      // the reader-comment figures of the page pass (no fit): tests/fixtures/spliced + ../shared/corpora/wikinews
      const set = loadSplicedSet(
        path.join(projectRoot, 'tests/fixtures/spliced/reader-comments.json'),
        path.join(path.dirname(corpus), 'wikinews'),
      );
      process.stdout.write(`${JSON.stringify(measureSplicedSet(set), null, 2)}\n`);
      return 0;
    } else {
      process.stderr.write(
        `fit:analyzer: unknown argument ${a}\nUsage: npm run fit:analyzer -- [--corpus PATH] [--check | --spliced]\n`,
      );
      return 2;
    }
  }
  if (!fs.existsSync(corpus)) {
    process.stderr.write(`fit:analyzer: no corpus at ${corpus} (give --corpus PATH to news-sentences.jsonl)\n`);
    return 1;
  }
  const started = Date.now();
  const { file, figures } = fitWeights(defaultInputs(corpus));
  const text = serialiseWeights(file);
  for (const [set, f] of Object.entries(figures))
    process.stdout.write(
      `${set.padEnd(20)} macro-F1 ${f.macroF1.toFixed(3)}  (${f.count} sentences, ${f.how}) ${JSON.stringify(f.f1)}\n`,
    );
  process.stdout.write(`fitted in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (check) {
    const same = fs.readFileSync(WEIGHTS_FILE, 'utf8') === text;
    process.stdout.write(
      same ? `${WEIGHTS_FILE} is what the fit produces\n` : `${WEIGHTS_FILE} differs from the fit: run npm run fit:analyzer\n`,
    );
    return same ? 0 : 1;
  }
  fs.writeFileSync(WEIGHTS_FILE, text);
  process.stdout.write(`wrote ${WEIGHTS_FILE}\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
