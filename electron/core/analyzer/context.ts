/**
 * Reading a sentence with its neighbours in view. The evidence of each sentence is built in page order,
 * with the quotation state carried from the sentence before (carried-quotes.ts); then each sentence
 * learns whether the sentence before or after it (or two before: the paragraph's speaker), in the same
 * paragraph, attributes its words to a speaker — "…,” Kirby said. | He added: …", "Smith said the plan was flawed. | It would cost billions."
 */
import { analyzeEvidence } from './detect.js';
import { F, type PassageEvidence } from './evidence.js';

/** One sentence of a text, with the paragraph it belongs to (paragraphs in page order). */
export interface SentenceInPage {
  text: string;
  paragraph: number;
}

/** Does this sentence attribute words to a speaker (a speech verb, "according to", or a direct quotation)? */
function speaks(ev: PassageEvidence): boolean {
  const t = ev.primary?.type;
  return t === 'say' || t === 'loaded' || t === 'according' || ev.features[F.quote_full]! > 0;
}

/** Evidence for a run of sentences in page order, with the neighbours' context added. */
export function evidenceInContext(sentences: readonly SentenceInPage[]): PassageEvidence[] {
  const out: PassageEvidence[] = [];
  let open = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // a quotation left open does not run into the next paragraph: that one opens its own
    if (i > 0 && sentences[i - 1]!.paragraph !== s.paragraph) open = false;
    const ev = analyzeEvidence(s.text, open);
    open = ev.endsInQuote;
    out.push(ev);
  }
  for (let i = 0; i < out.length; i++) {
    const ev = out[i]!;
    if (ev.primary !== undefined) continue;
    const same = (j: number) => j >= 0 && j < out.length && sentences[j]!.paragraph === sentences[i]!.paragraph;
    if (same(i - 1) && speaks(out[i - 1]!)) ev.features[F.prev_attributed] = 1;
    if (same(i + 1) && speaks(out[i + 1]!)) ev.features[F.next_attributed] = 1;
    // the paragraph's speaker: someone spoke two sentences back ("Kirby said… | He added… | Both sides…")
    if (same(i - 1) && same(i - 2) && speaks(out[i - 2]!)) ev.features[F.speaker_before] = 1;
  }
  return out;
}
