/**
 * The page reader on the ten real saved pages in ../shared/pages (read in place, never copied), checked
 * against what Mozilla Readability's own test suite records for each (metadata.json), and on pages built
 * to break it: deep nesting, no article, a site class on <html>.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument } from '../../electron/core/analyzer/index.js';
import { flattenDeepNesting, MAX_NESTING_DEPTH, nestingDepth } from '../../electron/core/reader/depth.js';
import { readPage } from '../../electron/core/reader/index.js';

const PAGES = path.resolve(import.meta.dirname, '../../../../shared/pages');
const pageNames = fs
  .readdirSync(PAGES)
  .filter((d) => fs.existsSync(path.join(PAGES, d, 'source.html')))
  .sort();

interface Metadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string;
}

const fold = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ' ').trim());

test('all ten saved pages are there to read', () => {
  assert.equal(pageNames.length, 10, pageNames.join(', '));
});

for (const name of pageNames) {
  test(`${name}: title, byline, site and date as Readability's suite records them; the article's text first`, () => {
    const html = fs.readFileSync(path.join(PAGES, name, 'source.html'), 'utf8');
    const meta = JSON.parse(fs.readFileSync(path.join(PAGES, name, 'metadata.json'), 'utf8')) as Metadata;
    const page = readPage(html);
    assert.equal(page.reader, 'readability');
    assert.equal(page.meta.title, fold(meta.title));
    assert.equal(page.meta.byline, fold(meta.byline));
    assert.equal(page.meta.siteName, fold(meta.siteName));
    assert.equal(page.meta.published, fold(meta.publishedTime));
    const article = page.blocks.filter((b) => b.part === 'article');
    const others = page.blocks.filter((b) => b.part !== 'article');
    assert.ok(article.length >= 3, `${article.length} article blocks`);
    assert.equal(article[0]!.heading, true, 'the article starts with its headline');
    // the excerpt is the article's opening (cut with "…"): its first words are in the article text
    const text = article.map((b) => b.text).join(' ');
    const opening = fold(meta.excerpt)!.slice(0, 40);
    assert.ok(text.replace(/\s+/g, ' ').includes(opening), `"${opening}" not in the article`);
    // the page's furniture is kept beside the article, not in it
    assert.ok(others.length >= 1, 'other blocks are kept');
    for (const o of others) assert.ok(!article.some((a) => a.text === o.text), `"${o.text}" is in both`);
    // and the analyzer reads the article, not the page
    const { passages } = analyzeDocument({ kind: 'html', content: html });
    assert.equal(passages[0]!.text, article[0]!.text);
    assert.ok(!passages.some((p) => others.some((o) => o.part === 'navigation' && o.text.length > 30 && o.text === p.text)));
  });
}

test('the page with its comment thread loaded keeps the comments as comment blocks, outside the article', () => {
  const html = fs.readFileSync(path.join(PAGES, 'lifehacker-post-comment-load', 'source.html'), 'utf8');
  const page = readPage(html);
  const comments = page.blocks.filter((b) => b.part === 'comment');
  assert.ok(comments.length >= 10, `${comments.length} comment blocks`);
  assert.ok(comments.some((c) => c.text.startsWith('This is one of my hardest habits to break.')));
  const firstComment = page.blocks.findIndex((b) => b.part === 'comment');
  const lastArticle = page.blocks.map((b) => b.part).lastIndexOf('article');
  assert.ok(firstComment > lastArticle, 'the thread comes after the article, as on the page');
  // the same article without the thread loaded reads the same
  const working = readPage(fs.readFileSync(path.join(PAGES, 'lifehacker-working', 'source.html'), 'utf8'));
  assert.deepEqual(
    working.blocks.filter((b) => b.part === 'article').map((b) => b.text),
    page.blocks.filter((b) => b.part === 'article').map((b) => b.text),
  );
});

test('nesting deeper than the limit is flattened before Readability runs; every word is kept', () => {
  const para = '<p>The council voted on Tuesday, after a long debate, to rezone the rail yards for new homes.</p>';
  const deep = (n: number) => `<html><body>${'<div>'.repeat(n)}${para.repeat(3)}${'</div>'.repeat(n)}</body></html>`;
  const page20k = deep(20_000);
  assert.equal(nestingDepth(page20k), 20_003); // html, body, 20,000 div, p
  const flat = flattenDeepNesting(page20k);
  assert.ok(nestingDepth(flat.html) <= MAX_NESTING_DEPTH);
  assert.ok(flat.flattened > 19_000);
  const read = readPage(page20k); // without the bound: a stack overflow in Readability (its time: npm run bench)
  assert.equal(read.blocks.filter((b) => b.part === 'article' && !b.heading && b.text.startsWith('The council voted')).length, 3);
  // shallow pages are not touched
  const shallow = deep(10);
  assert.equal(flattenDeepNesting(shallow).html, shallow);
});

test('where Readability finds nothing, the block reader reads the page', () => {
  const page = readPage('<html><head><title>Notice</title></head><body><p>Office closed Monday.</p></body></html>');
  assert.equal(page.reader, 'blocks');
  assert.equal(page.meta.title, 'Notice');
  assert.deepEqual(
    page.blocks.map((b) => [b.part, b.text]),
    [['article', 'Office closed Monday.']],
  );
});

test('a site class on <html> (e.g. "ads-enabled") does not turn the article into site text', () => {
  const body = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the report: the minister said on Monday that the budget, which was delayed, would pass.</p>`,
  ).join('');
  const html = `<html class="ads-enabled"><head><title>Budget passes</title></head><body><div class="cookie-consent"><p>We use cookies. Accept?</p></div><article><h1>Budget passes</h1>${body}</article></body></html>`;
  const page = readPage(html);
  assert.equal(page.blocks.filter((b) => b.part === 'article').length, 7);
  assert.deepEqual(
    page.blocks.filter((b) => b.part !== 'article').map((b) => [b.part, b.text]),
    [['consent', 'We use cookies. Accept?']],
  );
  const { passages } = analyzeDocument({ kind: 'html', content: html });
  assert.equal(passages.filter((p) => p.label === 'not_article').length, 0);
});

test('depth is measured the way a browser nests: open <p> and <li> close themselves; scripts and comments hold no tags', () => {
  assert.equal(nestingDepth('<ul><li>a<li>b<li>c</ul><p>one<p>two<div>three</div>'), 2);
  assert.equal(nestingDepth('<script>document.write("<div><div><div>")</script><!-- <div><div> --><p>x</p>'), 1);
  assert.equal(nestingDepth('<div title="a > b"><span>x</span></div><br><img src="a.png">'), 2);
  const flat = flattenDeepNesting(`<main>${'<div class="w">'.repeat(300)}<p>Kept words.</p>${'</div>'.repeat(300)}</main>`, 50);
  assert.ok(nestingDepth(flat.html) <= 50);
  assert.match(flat.html, /<p>Kept words\.<\/p>/);
});

test('a page with more elements than Readability is given is read by the block reader, without a DOM', () => {
  const items = Array.from({ length: 41_000 }, (_, i) => `<span>w${i}</span>`).join('');
  const html = `<html><head><title>Huge</title></head><body><p>The council met on Monday to vote on the plan.</p><div>${items}</div></body></html>`;
  const page = readPage(html);
  assert.equal(page.reader, 'blocks');
  assert.ok(page.blocks.some((b) => b.part === 'article' && b.text === 'The council met on Monday to vote on the plan.'));
});
