/**
 * The lexicon as one hash table over word ids, so the tokenizer can look a token up while scanning its
 * characters, without creating a lowercase string per token (that allocation was most of the analyzer's
 * cost). Each id carries its attribution flags, style flags and the phrases that start with it.
 *
 * Open addressing on a power-of-two Int32Array; the hash folds ASCII case and treats ’ as '. Every
 * lexicon entry is ASCII, so a token with other letters cannot match and skips the lookup.
 */
import { Ch } from './chars.js';

export interface PhraseIds {
  ids: Int32Array;
  tag: number;
}

/** phraseSecond value of a one-word phrase: it matches whatever follows. */
export const ANY_SECOND = -2;

export class Vocabulary {
  readonly words: string[] = [];
  private readonly index = new Map<string, number>();
  private attrFlags: number[] = [];
  private styleFlags: number[] = [];
  private phraseLists: Array<PhraseIds[] | undefined> = [];
  attr = new Int32Array(0);
  style = new Int32Array(0);
  phrases: Array<PhraseIds[] | undefined> = [];
  /** parallel to phrases[id]: each phrase's second word id (ANY_SECOND for a one-word phrase), so a scan
   *  can reject the candidates of a frequent first word ("is", "the") without touching each phrase */
  phraseSecond: Array<Int32Array | undefined> = [];
  private table = new Int32Array(0);
  private mask = 0;

  private sealed = false;

  /** Id of a word, adding it if new (build time only: after seal() a new word could never be found). */
  intern(word: string): number {
    let id = this.index.get(word);
    if (id === undefined) {
      if (this.sealed) throw new Error(`vocabulary is sealed; "${word}" must be listed before seal()`);
      id = this.words.length;
      this.words.push(word);
      this.index.set(word, id);
      this.attrFlags.push(0);
      this.styleFlags.push(0);
      this.phraseLists.push(undefined);
    }
    return id;
  }

  addAttr(word: string, flag: number): void {
    const id = this.intern(word);
    this.attrFlags[id]! |= flag;
  }

  addStyle(word: string, flag: number): void {
    const id = this.intern(word);
    this.styleFlags[id]! |= flag;
  }

  addPhrase(words: string[], tag: number): void {
    const ids = Int32Array.from(words.map((w) => this.intern(w)));
    const first = ids[0]!;
    const list = this.phraseLists[first] ?? [];
    list.push({ ids, tag });
    // longest first, so "did not immediately respond" wins over a shorter phrase at the same start
    list.sort((a, b) => b.ids.length - a.ids.length);
    this.phraseLists[first] = list;
  }

  /** Freeze into lookup arrays and build the hash table. */
  seal(): void {
    this.sealed = true;
    this.attr = Int32Array.from(this.attrFlags);
    this.style = Int32Array.from(this.styleFlags);
    this.phrases = this.phraseLists.slice();
    this.phraseSecond = this.phrases.map((list) =>
      list === undefined ? undefined : Int32Array.from(list, (ph) => (ph.ids.length >= 2 ? ph.ids[1]! : ANY_SECOND)),
    );
    let size = 16;
    while (size < this.words.length * 4) size <<= 1;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    this.words.forEach((w, id) => {
      let h = 0;
      for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
      let slot = (h ^ (h >>> 15)) & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = id + 1;
    });
  }

  /** Look up text[start, end) whose folded hash is `h` (computed by the caller with hashStep). */
  lookup(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    let slot = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const e = this.table[slot]!;
      if (e === 0) return -1;
      const w = this.words[e - 1]!;
      if (w.length === len) {
        let same = true;
        for (let i = 0; i < len; i++) {
          if (fold(text.charCodeAt(start + i)) !== w.charCodeAt(i)) {
            same = false;
            break;
          }
        }
        if (same) return e - 1;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** ASCII lowercase; ’ as '. */
export function fold(c: number): number {
  if (c >= Ch.UpperA && c <= Ch.UpperZ) return c + 32;
  if (c === Ch.RightSingleQuote) return 39;
  return c;
}

/** One step of the word hash (FNV-style), over folded characters. */
export function hashStep(h: number, folded: number): number {
  return Math.imul(h ^ folded, 0x01000193);
}
