/**
 * The keying editor: an article's passages with the analyzer's proposals beside the teacher's key, and
 * every edit saved on its own — one call, one transaction, before the view comes back — so a crash or a
 * restart loses nothing. The rules of each edit are in keying.ts.
 */
import type { Database } from 'better-sqlite3';
import { ArticlesRepository, type ArticleRow, type PassageRow } from '../../../db/repositories/articles.js';
import type { ArticleSummary, KeyingEdit, KeyingOrder, KeyingPassage, KeyingView } from '../../shared/contract.js';
import { AppError } from '../app-error.js';
import type { ArticleSummaries } from './article-summaries.js';
import { checkCues, initialKey, mergeKeys, passageProblems, setLabel, setRole, setSubtype, sliceKey } from './keying.js';
import { proposeFor } from './read-article.js';

type Analyzer = typeof import('../analyzer/index.js');

export class KeyingEditor {
  private readonly articles: ArticlesRepository;
  private analyzer: Promise<Analyzer> | undefined;

  constructor(
    private readonly db: Database,
    private readonly summaries: ArticleSummaries,
    private readonly now: () => Date,
  ) {
    this.articles = new ArticlesRepository(db);
  }

  async openKeying(articleId: number, order: KeyingOrder | undefined): Promise<KeyingView> {
    await this.loadAnalyzer(); // merges and splits re-read a passage with it
    return this.view(articleId, order);
  }

  async editKeying(articleId: number, edit: KeyingEdit, order: KeyingOrder | undefined): Promise<KeyingView> {
    const analyzer = await this.loadAnalyzer();
    this.requireArticle(articleId);
    const now = this.now();
    this.db.transaction(() => {
      this.applyEdit(articleId, edit, analyzer, now);
      this.articles.bumpRevision(articleId);
    })();
    return this.view(articleId, order);
  }

  private applyEdit(articleId: number, edit: KeyingEdit, analyzer: Analyzer, now: Date): void {
    // all rows, dropped ones too: they keep their place in page order so that `restore` puts them back there
    const passages = this.articles.passages(articleId);
    const save = (p: PassageRow) => this.articles.updatePassage(p.id, p, now);
    const renumber = (list: PassageRow[]) => list.forEach((p, position) => position !== p.position && save({ ...p, position }));
    if (edit.op === 'includeBlock') return this.includeBlock(articleId, edit.blockPosition, edit.included, passages, now);
    if (edit.op === 'acceptAll') {
      for (const p of passages)
        if (!p.keyed && !p.dropped && p.proposal.confidence >= edit.minConfidence) save({ ...p, keyed: true });
      return;
    }
    const at = passages.findIndex((p) => p.id === edit.passageId);
    if (at < 0) throw new AppError('not_found', `There is no passage ${edit.passageId} in this article.`);
    const p = passages[at]!;
    if (p.dropped && edit.op !== 'restore')
      throw new AppError('conflict', 'This passage was dropped from the lesson: restore it before editing it.');
    // A merged, split or corrected passage gets a fresh proposal for its new text, read on its own: the
    // page-level signals (typography, neighbours) of the first reading do not carry over to new text.
    const reread = (text: string) => {
      const c = analyzer.classifyPassage(text);
      return {
        ...p.proposal,
        label: c.label,
        subtype: c.subtype,
        role: p.proposal.role === 'headline' ? 'headline' : c.role,
        confidence: c.confidence,
        fromOutlet: c.fromOutlet,
        cues: c.cues,
        explanation: c.explanation,
        ...(c.source ? { source: c.source } : {}),
        ...(c.cueVerb ? { cueVerb: c.cueVerb } : {}),
      } as PassageRow['proposal'];
    };
    switch (edit.op) {
      case 'accept':
        return save({ ...p, keyed: true });
      case 'setLabel':
        return save({ ...p, key: setLabel(p.key, edit.label, edit.subtype, p.proposal), keyed: true });
      case 'setSubtype':
        return save({ ...p, key: setSubtype(p.key, edit.subtype, p.proposal), keyed: true });
      case 'setExplanation':
        return save({ ...p, key: { ...p.key, explanation: edit.explanation }, keyed: true });
      case 'setAccept':
        return save({ ...p, key: { ...p.key, accept: [...new Set(edit.accept)].filter((l) => l !== p.key.label) }, keyed: true });
      case 'setCues':
        checkCues(edit.cues, p.text);
        return save({
          ...p,
          key: { ...p.key, cues: [...edit.cues].sort((a, b) => a.start - b.start || a.end - b.end) },
          keyed: true,
        });
      case 'setRole':
        return save({ ...p, key: setRole(p.key, edit.role, p.proposal), keyed: true });
      case 'setText': {
        // cues and attribution whose words are unchanged stay; the rest go
        const text = edit.text.replace(/\s+/g, ' ');
        const same = (r: { start: number; end: number }) =>
          r.end <= text.length && text.slice(r.start, r.end) === p.text.slice(r.start, r.end);
        const key = { ...p.key, cues: p.key.cues.filter(same) };
        if (key.attribution && (!same(key.attribution.source) || (key.attribution.verb && !same(key.attribution.verb))))
          delete key.attribution;
        return save({ ...p, text, key, proposal: reread(text) });
      }
      case 'mergeNext': {
        const next = passages.slice(at + 1).find((x) => !x.dropped);
        if (!next) throw new AppError('conflict', 'This is the last passage: there is nothing after it to merge with.');
        if (next.blockPosition !== p.blockPosition)
          throw new AppError(
            'conflict',
            'The next passage is in another paragraph: only passages of one paragraph can be merged.',
          );
        const text = `${p.text} ${next.text}`;
        save({ ...p, text, key: mergeKeys(p.key, next.key, p.text.length + 1), keyed: false, proposal: reread(text) });
        this.articles.deletePassage(next.id);
        return renumber(passages.filter((x) => x.id !== next.id));
      }
      case 'split': {
        const head = p.text.slice(0, edit.at);
        const tail = p.text.slice(edit.at);
        if (edit.at >= p.text.length || head.trim() === '' || tail.trim() === '')
          throw new AppError(
            'invalid_input',
            `at: split inside the text (between 1 and ${p.text.length - 1}), with words on both sides.`,
          );
        const lead = head.length - head.trimStart().length;
        const tailLead = tail.length - tail.trimStart().length;
        const first = {
          ...p,
          text: head.trim(),
          key: sliceKey(p.key, lead, lead + head.trim().length),
          keyed: false,
          proposal: reread(head.trim()),
        };
        const secondText = tail.trim();
        const secondKey = sliceKey(p.key, edit.at + tailLead, edit.at + tailLead + secondText.length);
        save(first);
        const second = {
          ...p,
          id: 0,
          text: secondText,
          key: { ...secondKey, role: secondKey.role === 'headline' ? 'body' : secondKey.role } as PassageRow['key'],
          keyed: false,
          proposal: reread(secondText),
        };
        const id = this.articles.insertPassage(articleId, { ...second, position: p.position + 1 }, now);
        const list = [...passages];
        list.splice(at + 1, 0, { ...second, id, position: -1 });
        return renumber(list);
      }
      case 'drop':
        return save({ ...p, dropped: true });
      case 'restore':
        return save({ ...p, dropped: false });
    }
  }

  private includeBlock(articleId: number, position: number, included: boolean, passages: PassageRow[], now: Date): void {
    const blocks = this.articles.blocks(articleId);
    const block = blocks.find((b) => b.position === position);
    if (!block) throw new AppError('not_found', `There is no block ${position} on this page.`);
    if (block.included === included) return;
    this.articles.setIncluded(articleId, position, included);
    const kept = included ? passages : passages.filter((p) => p.blockPosition !== position);
    for (const p of passages) if (!included && p.blockPosition === position) this.articles.deletePassage(p.id);
    let list = kept;
    if (included) {
      // read the block among the lesson's blocks, so that page-level signals (typography, neighbours) count
      const lessonBlocks = blocks.filter((b) => b.included || b.position === position);
      const added = proposeFor(
        lessonBlocks.map((b) => ({ text: b.text, heading: b.heading, part: b.part, position: b.position })),
      ).filter((p) => p.blockPosition === position);
      const insertAt = kept.findIndex((p) => p.blockPosition > position);
      const rows = added.map((a) => ({
        id: 0,
        position: -1,
        blockPosition: position,
        text: a.text,
        proposal: a.proposal,
        key: initialKey(a.proposal),
        keyed: false,
        dropped: false,
      }));
      for (const r of rows) r.id = this.articles.insertPassage(articleId, r, now);
      list = [...kept];
      list.splice(insertAt < 0 ? kept.length : insertAt, 0, ...rows);
    }
    list.forEach((p, i) => {
      if (p.position !== i) this.articles.updatePassage(p.id, { ...p, position: i }, now);
    });
  }

  private view(articleId: number, order: KeyingOrder | undefined): KeyingView {
    const row = this.requireArticle(articleId);
    const blocks = this.articles.blocks(articleId);
    const partOf = new Map(blocks.map((b) => [b.position, b.part]));
    let paragraph = -1;
    let last = -1;
    let next = 0;
    const passages: KeyingPassage[] = [];
    const dropped: KeyingPassage[] = [];
    for (const p of this.articles.passages(articleId)) {
      // a dropped passage shows the index and paragraph it would take back: where `restore` puts it
      const opens = p.blockPosition !== last;
      const row: KeyingPassage = {
        id: p.id,
        index: next,
        paragraph: opens ? paragraph + 1 : paragraph,
        blockPosition: p.blockPosition,
        part: partOf.get(p.blockPosition) ?? 'article',
        text: p.text,
        proposal: p.proposal,
        key: p.key,
        keyed: p.keyed,
        problems: p.dropped ? [] : passageProblems(p),
      };
      if (p.dropped) {
        dropped.push(row);
        continue;
      }
      if (opens) {
        paragraph++;
        last = p.blockPosition;
      }
      next++;
      passages.push(row);
    }
    const keyed = passages.filter((p) => p.keyed).length;
    const problems: string[] = [];
    if (passages.length === 0) problems.push('The lesson has no passages: include a block of the page.');
    const ordered =
      order === 'confidence'
        ? [...passages].sort((a, b) => a.proposal.confidence - b.proposal.confidence || a.index - b.index)
        : passages;
    return {
      article: this.summaryOf(row),
      passages: ordered,
      // the page's other blocks, and article blocks the teacher left out: what can be pulled in
      otherBlocks: blocks.filter((b) => b.part !== 'article' || !b.included),
      dropped,
      progress: { keyed, total: passages.length, line: `${keyed} of ${passages.length} keyed` },
      problems,
      publishable: problems.length === 0 && passages.every((p) => p.problems.length === 0),
    };
  }

  private requireArticle(id: number): ArticleRow {
    return this.summaries.requireArticle(id);
  }

  private summaryOf(row: ArticleRow): ArticleSummary {
    return this.summaries.summaryOf(row);
  }

  private loadAnalyzer(): Promise<Analyzer> {
    return (this.analyzer ??= import('../analyzer/index.js'));
  }
}
