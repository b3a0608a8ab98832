/**
 * The four exercises on the seed lesson, in the real renderer, with the keyboard alone: once in practice
 * mode and once in test mode; the scores shown equal the key (partial credit included); a restart in the
 * middle resumes the exercise; screenshots at 800×600 and 1280×800 with the question, the controls and
 * the feedback in view; axe on every state.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, tabTo, test } from './fixtures.js';

interface Span {
  start: number;
  end: number;
  voice: 'outlet' | 'relayed';
}
interface KeyPassage {
  index: number;
  text: string;
  label: string;
  subtype: string;
  fromOutlet: boolean;
  spans?: Span[];
  attribution?: { source: { kind: string }; verb?: { loaded: boolean } };
}
const SEED_FILE = path.resolve(import.meta.dirname, '../../resources/lessons/doha-ceasefire-live.json');
const seed = JSON.parse(fs.readFileSync(SEED_FILE, 'utf8')) as { passages: KeyPassage[] };
const SOURCE_KEYS: Record<string, string> = { named: '1', anonymous: '2', vague: '3', media: '4', document: '5' };
const WHO = seed.passages.filter((p) => p.label === 'quoted' && p.attribution?.verb);
const MARK = seed.passages.filter(
  (p) => p.spans?.some((s) => s.voice === 'outlet') && p.spans.some((s) => s.voice === 'relayed'),
);
// Written on every run (git-ignored with the other test results); look at them after a layout change.
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;

/** Whole words of a text (runs of non-space), as [start, end). */
const wordsOf = (text: string) => [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
const target = (p: KeyPassage) => (p.label === 'quoted' ? 'relayed' : 'outlet');
const keyRanges = (p: KeyPassage) => p.spans!.filter((s) => s.voice === target(p));
/** F1 over non-space characters, as the key defines the mark-the-words score. */
function expectedF1(p: KeyPassage, chosen: ReadonlyArray<readonly [number, number]>): number {
  const set = (rs: ReadonlyArray<readonly [number, number]>) => {
    const s = new Set<number>();
    for (const [a, b] of rs) for (let i = a; i < b; i++) if (!/\s/.test(p.text[i]!)) s.add(i);
    return s;
  };
  const mine = set(chosen);
  const key = set(keyRanges(p).map((r) => [r.start, r.end] as const));
  const both = [...mine].filter((i) => key.has(i)).length;
  if (both === 0) return 0;
  const precision = both / mine.size;
  const recall = both / key.size;
  return (2 * precision * recall) / (precision + recall);
}

async function newStudent(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  await tabTo(page, (_t, tag) => tag === 'INPUT');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

/** From the library, with the keyboard: pick the mode (test mode needs a radio press), then Start the exercise. */
async function startByKeyboard(page: Page, exercise: string, mode: 'practice' | 'test'): Promise<void> {
  if (mode === 'test') {
    await tabTo(page, (t, tag) => tag === 'INPUT' && t === '');
    // The first radio of the mode group has focus: the arrow key moves to (and checks) "Test".
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /^Test/ })).toBeChecked();
  }
  await tabTo(page, (t, tag) => tag === 'BUTTON' && t.startsWith('Start') && t.includes(exercise), 60);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lesson-mode')).toContainText(mode === 'test' ? 'Test mode' : 'Practice mode');
}

/** The first time, the four labels are introduced; Enter closes the dialog ("Got it, start"). */
async function passIntro(page: Page): Promise<void> {
  const intro = page.getByTestId('labels-intro');
  await expect(intro).toBeVisible();
  await expect(intro).toContainText('Reported fact');
  await expect(intro).toContainText('By using this site');
  await expectNoAxeViolations(page, 'introduction');
  await page.keyboard.press('Enter');
  await expect(intro).toBeHidden();
}

async function expectInView(page: Page, what: Locator, name: string): Promise<void> {
  const box = await what.boundingBox();
  const vp = page.viewportSize()!;
  expect(box, `${name} is laid out`).not.toBeNull();
  expect(box!.y, `${name} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(box!.y + Math.min(box!.height, 40), `${name} is visible in the window`).toBeLessThanOrEqual(vp.height);
}

/** Screenshots at both sizes, with the asked passage, the controls and the feedback (if any) in view. */
async function shootBoth(page: Page, name: string, asked: Locator, controls: Locator): Promise<void> {
  const before = page.viewportSize()!;
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await asked.scrollIntoViewIfNeeded();
    await expectInView(page, asked, `${name} @${size.width}: the passage`);
    await expectInView(page, controls, `${name} @${size.width}: the controls`);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize(before);
}

/** A screen (library, summary) at both sizes, for a person to look at. */
async function shootScreen(page: Page, name: string): Promise<void> {
  const before = page.viewportSize()!;
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize(before);
}

test('spot the intruder, practice, keyboard alone: all five found; a restart before submitting keeps the selection', async ({
  page,
  app,
}) => {
  await newStudent(page, app.host.url, 'Ida');
  await startByKeyboard(page, 'Spot the intruder', 'practice');
  await passIntro(page);
  await tabTo(page, (_t, tag) => tag === 'SPAN');
  await expect(page.locator('#passage-0')).toBeFocused();
  await expectNoAxeViolations(page, 'intruder (question)');
  await page.keyboard.press('Space'); // 0: the consent banner
  await page.keyboard.press('Shift+ArrowDown'); // 1: "Close", by extending
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('#passage-7')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByTestId('intruder-count')).toContainText('5 selected');
  for (const i of [0, 1, 7, 8, 9]) await expect(page.locator(`#passage-${i}`)).toHaveAttribute('aria-checked', 'true');
  await shootBoth(page, 'intruder-question', page.locator('#passage-7'), page.getByRole('button', { name: /Submit the page/ }));

  // A restart now, before submitting: the same exercise comes back, with the selection being made.
  const restarted = await app.restartHost({ port: app.host.port });
  await page.goto(restarted.url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Spot the intruder');
  await expect(page.getByTestId('intruder-count')).toContainText('5 selected');
  for (const i of [0, 1, 7, 8, 9]) await expect(page.locator(`#passage-${i}`)).toHaveAttribute('aria-checked', 'true');
  await tabTo(page, (_t, tag) => tag === 'SPAN');
  await page.keyboard.press('Enter');

  const feedback = page.getByTestId('feedback');
  await expect(feedback).toContainText('You found 5 of 5 intruders, with no false alarm');
  await expect(page.getByTestId('intruder-score')).toContainText('Score 100% · precision 100% · recall 100%');
  await expect(feedback).toContainText('straight apostrophes where the page uses curly ones');
  await expect(feedback).toContainText('no source for an opinion');
  await expect(page.locator('#passage-8')).toContainText('intruder, found');
  await expectNoAxeViolations(page, 'intruder (feedback)');
  await shootBoth(page, 'intruder-feedback', page.locator('#passage-7'), feedback.getByRole('heading'));
  await page.keyboard.press('Enter'); // focus is on "See the summary"
  await expect(page.getByTestId('summary-score')).toContainText('1 of 1 points');
  await expect(page.getByTestId('summary-score')).toContainText('100%');
  await expectNoAxeViolations(page, 'intruder (summary)');
});

test('spot the intruder, test mode: no feedback until the summary; the score counts misses and false alarms', async ({
  page,
  app,
}) => {
  await newStudent(page, app.host.url, 'Tess');
  await startByKeyboard(page, 'Spot the intruder', 'test');
  await passIntro(page);
  await tabTo(page, (_t, tag) => tag === 'SPAN');
  await page.keyboard.press('Space'); // 0
  await page.keyboard.press('Shift+ArrowDown'); // 1
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space'); // 7 (8 and 9 missed)
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space'); // 19: the reporter's analysis, a false alarm
  await page.keyboard.press('Enter');
  // Test mode: straight to the summary, where the full review is.
  const score = page.getByTestId('summary-score');
  // Agreed on 3 (0, 1, 7) of the 6 passages either side picked (0, 1, 7, 8, 9, 19): 50%.
  await expect(score).toContainText('0.5 of 1 points');
  await expect(score).toContainText('50%');
  await expect(page.getByTestId('full-review')).toContainText('✗ False alarm');
  await expect(page.getByTestId('full-review')).toContainText('✗ Missed');
  await expectNoAxeViolations(page, 'intruder (test summary)');
});

test('who says so?, practice, keyboard alone: every claim right; a restart mid-way resumes at the next claim', async ({
  page,
  app,
}) => {
  await newStudent(page, app.host.url, 'Wanda');
  await startByKeyboard(page, 'Who says so?', 'practice');
  await passIntro(page);
  for (const [n, p] of WHO.entries()) {
    await expect(page.getByTestId('lesson-progress')).toContainText(`Claim ${n + 1} of ${WHO.length}`);
    await expect(page.locator(`#passage-${p.index}`)).toHaveClass(/current/);
    if (n === 0) {
      await expectNoAxeViolations(page, 'who (question)');
      await shootBoth(page, 'who-question', page.locator(`#passage-${p.index}`), page.getByRole('button', { name: /^Submit/ }));
    }
    await page.keyboard.press(SOURCE_KEYS[p.attribution!.source.kind]!);
    await page.keyboard.press(p.attribution!.verb!.loaded ? 'l' : 'n');
    await page.keyboard.press('Enter');
    const feedback = page.getByTestId('feedback');
    await expect(feedback).toContainText('Right');
    if (p.attribution!.verb!.loaded && n < 20) {
      await expect(feedback).toContainText('is loaded');
      await expectNoAxeViolations(page, 'who (feedback)');
      await shootBoth(page, 'who-feedback', page.locator(`#passage-${p.index}`), feedback);
    }
    if (n === 5) {
      const restarted = await app.restartHost({ port: app.host.port });
      await page.goto(restarted.url);
      await expect(page.getByTestId('lesson-progress')).toContainText(`Claim 7 of ${WHO.length}`);
      await expect(page.getByTestId('lesson-progress')).toContainText('6 answered');
      continue;
    }
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('summary-score')).toContainText(`${WHO.length} of ${WHO.length} points`);
  await expectNoAxeViolations(page, 'who (summary)');
});

test('who says so?, test mode: half credit for each wrong verb, shown only at the end', async ({ page, app }) => {
  await newStudent(page, app.host.url, 'Walt');
  await startByKeyboard(page, 'Who says so?', 'test');
  await passIntro(page);
  let points = 0;
  for (const [n, p] of WHO.entries()) {
    await expect(page.getByTestId('lesson-progress')).toContainText(`Claim ${n + 1} of ${WHO.length}`);
    const verbRight = n % 2 === 0;
    const loaded = verbRight ? p.attribution!.verb!.loaded : !p.attribution!.verb!.loaded;
    await page.keyboard.press(SOURCE_KEYS[p.attribution!.source.kind]!);
    await page.keyboard.press(loaded ? 'l' : 'n');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('feedback')).toHaveCount(0);
    points += verbRight ? 1 : 0.5;
  }
  const score = page.getByTestId('summary-score');
  await expect(score).toContainText(`${points} of ${WHO.length} points`);
  await expect(score).toContainText(`${Math.round((100 * points) / WHO.length)}%`);
  await expect(page.getByTestId('full-review').locator('li')).toHaveCount(WHO.length);
  await expectNoAxeViolations(page, 'who (test summary)');
});

/** Marks the given words of the sentence in the panel with the keyboard (→ moves, Space marks). */
async function markWords(page: Page, p: KeyPassage, chosen: ReadonlyArray<readonly [number, number]>): Promise<void> {
  const words = wordsOf(p.text);
  await expect(page.locator('#word-0')).toBeFocused();
  for (const [i, [s, e]] of words.entries()) {
    if (chosen.some(([a, b]) => s >= a && e <= b)) await page.keyboard.press('Space');
    if (i < words.length - 1) await page.keyboard.press('ArrowRight');
  }
}

test('mark the words, practice, keyboard alone: exact marks score 100%; a restart resumes', async ({ page, app }) => {
  await newStudent(page, app.host.url, 'Mara');
  await startByKeyboard(page, 'Mark the words', 'practice');
  await passIntro(page);
  for (const [n, p] of MARK.entries()) {
    await expect(page.getByTestId('lesson-progress')).toContainText(`Sentence ${n + 1} of ${MARK.length}`);
    await markWords(
      page,
      p,
      keyRanges(p).map((r) => [r.start, r.end] as const),
    );
    if (n === 1) {
      await expectNoAxeViolations(page, 'mark (question)');
      await shootBoth(page, 'mark-question', page.locator(`#passage-${p.index}`), page.getByTestId('mark-words'));
    }
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('mark-score')).toContainText('Overlap with the key 100%');
    if (n === 1) {
      await expectNoAxeViolations(page, 'mark (feedback)');
      await shootBoth(page, 'mark-feedback', page.locator(`#passage-${p.index}`), page.getByTestId('feedback'));
    }
    if (n === 2) {
      const restarted = await app.restartHost({ port: app.host.port });
      await page.goto(restarted.url);
      await expect(page.getByTestId('lesson-progress')).toContainText(`Sentence 4 of ${MARK.length}`);
      continue;
    }
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('summary-score')).toContainText(`${MARK.length} of ${MARK.length} points`);
});

test('mark the words, test mode: a partial marking earns the partial credit the key gives', async ({ page, app }) => {
  await newStudent(page, app.host.url, 'Milo');
  await startByKeyboard(page, 'Mark the words', 'test');
  await passIntro(page);
  let points = 0;
  for (const p of MARK) {
    // Only the first of the key's ranges, plus the sentence's first word when it is not the key's.
    const first = keyRanges(p)[0]!;
    const w0 = wordsOf(p.text)[0]!;
    const chosen: Array<readonly [number, number]> = [[first.start, first.end], w0];
    await markWords(page, p, chosen);
    await page.keyboard.press('Enter');
    points += expectedF1(p, chosen);
  }
  const score = page.getByTestId('summary-score');
  const shown = Math.round(points * 100) / 100;
  await expect(score).toContainText(
    `${Number.isInteger(shown) ? shown : shown.toFixed(1).replace(/\.0$/, '')} of ${MARK.length} points`,
  );
  await expect(score).toContainText(`${Math.round((100 * points) / MARK.length)}%`);
  await expectNoAxeViolations(page, 'mark (test summary)');
});

test('sort, test mode, keyboard alone: no feedback while answering; the summary has the key and the full review', async ({
  page,
  app,
}) => {
  await newStudent(page, app.host.url, 'Sol');
  await shootScreen(page, 'library');
  await startByKeyboard(page, 'Sort the passages', 'test');
  await passIntro(page);
  const KEY: Record<string, string> = { reported: '1', quoted: '2', commentary: '3', not_article: '4' };
  for (const p of seed.passages) {
    await expect(page.getByTestId('lesson-progress')).toContainText(`Passage ${p.index + 1} of ${seed.passages.length}`);
    if (p.index === 2) {
      await shootBoth(
        page,
        'sort-test-question',
        page.locator(`#passage-${p.index}`),
        page.getByRole('button', { name: /Reported fact/ }),
      );
      await expect(page.locator('#passage-1')).toContainText('you: Not part of the article');
      await expect(page.locator('#passage-1')).not.toContainText('✓');
    }
    await page.keyboard.press(p.subtype === 'reader_comment' ? '1' : KEY[p.label]!);
    await expect(page.getByTestId('feedback')).toHaveCount(0);
  }
  const right = seed.passages.length - 3;
  await expect(page.getByTestId('summary-score')).toContainText(`${right} of ${seed.passages.length} correct`);
  await expect(page.getByTestId('full-review').locator('li')).toHaveCount(seed.passages.length);
  await expect(page.getByText(/Too few clear reported facts to measure/)).toBeVisible();
  await expectNoAxeViolations(page, 'sort (test summary)');
  await shootScreen(page, 'sort-test-summary');
});

test('sort, practice: wrong while sure gets a word, the ✗ stands by the answer not the key; ? shows the shortcuts', async ({
  page,
  app,
}) => {
  await newStudent(page, app.host.url, 'Sam');
  await startByKeyboard(page, 'Sort the passages', 'practice');
  await passIntro(page);
  await page.keyboard.press('s');
  await page.keyboard.press('1'); // passage 1 is site text: wrong, and sure
  const feedback = page.getByTestId('feedback');
  await expect(page.getByTestId('sure-wrong')).toContainText('You were sure, and this was not right');
  await expect(page.locator('#passage-0 .badge')).toHaveText(
    /✗\s*\(answered wrong:\s*you: Reported fact · key: Not part of the article/,
  );
  await shootBoth(page, 'sort-feedback', page.locator('#passage-0'), feedback);
  await page.keyboard.press('?');
  const help = page.getByTestId('shortcuts');
  await expect(help).toBeVisible();
  await expect(help).toContainText('S / U');
  await expectNoAxeViolations(page, 'shortcuts');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // The introduction is reachable again from its button.
  await page.getByRole('button', { name: /labels$/ }).click();
  await expect(page.getByTestId('labels-intro')).toBeVisible();
});
