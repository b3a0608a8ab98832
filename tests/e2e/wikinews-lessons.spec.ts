/**
 * The bundled Wikinews lessons in the real renderer: the library lists every bundled lesson with its
 * credit line, and a student who answers a Wikinews interview with its key, by keyboard, scores full
 * marks while the feedback shows the key's explanation. Screenshots at the two window sizes land in
 * test-results/ for a reviewer to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures.js';

const LESSONS_DIR = path.resolve(import.meta.dirname, '../../resources/lessons');
interface Key {
  id: string;
  title: string;
  source: { credit?: string };
  passages: Array<{ index: number; text: string; label: string; explanation: string }>;
}
const bundled = fs
  .readdirSync(LESSONS_DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(LESSONS_DIR, f), 'utf8')) as Key);
const interview = bundled.find((l) => l.id === 'wikinews-interview-simon-licen-paralympics')!;
const KEY_OF_LABEL: Record<string, string> = { reported: '1', quoted: '2', commentary: '3', not_article: '4' };
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/wikinews-lessons');
// A card for every bundled lesson makes this library heavier than the other specs' (axe over all): give each
// check more time than the default five seconds when the machine is shared.
const slow = expect.configure({ timeout: 15_000 });

test('the library lists every bundled lesson with its credit; a Wikinews interview answered by its key scores full marks', async ({
  page,
  app,
}) => {
  // 27 passages with feedback, axe twice and four screenshots: more than the default minute when the
  // suite runs two workers on a shared machine.
  test.setTimeout(180_000);
  const host = await app.restartHost({ lessonsDir: LESSONS_DIR });
  await page.goto(host.url);
  await page.getByRole('textbox').fill('Wiki Wren');
  await page.keyboard.press('Enter');
  await slow(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await slow(page.locator('.lesson-card')).toHaveCount(bundled.length);
  const card = page.locator('.lesson-card', { has: page.getByRole('heading', { name: interview.title }) });
  await slow(card.getByTestId('lesson-credit')).toContainText(interview.source.credit!);
  await expectNoAxeViolations(page, 'library with the Wikinews lessons');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 800, height: 600 });
  await page.screenshot({ path: path.join(SHOTS, 'library-800x600.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: path.join(SHOTS, 'library-1280x800.png') });

  await card.getByRole('button', { name: /^Start.*Sort the passages/ }).focus();
  await page.keyboard.press('Enter');
  // Wait for the lesson screen itself: until it replaces the library, every card's credit matches.
  await slow(page.locator('.lesson-card')).toHaveCount(0);
  // A student's first lesson opens with the introduction to the four labels; Escape skips it.
  await slow(page.getByTestId('labels-intro')).toBeVisible();
  await page.keyboard.press('Escape');
  await slow(page.getByTestId('labels-intro')).toBeHidden();
  await slow(page.getByTestId('lesson-credit')).toContainText(interview.source.credit!);
  const total = interview.passages.length;
  for (const p of interview.passages) {
    await slow(page.getByTestId('lesson-progress')).toContainText(`Passage ${p.index + 1} of ${total}`);
    await slow(page.locator(`#passage-${p.index}`)).toContainText(p.text.slice(0, 30));
    await page.keyboard.press(KEY_OF_LABEL[p.label]!);
    const feedback = page.getByTestId('feedback');
    await slow(feedback).toContainText('Right');
    await slow(feedback).toContainText(p.explanation.slice(0, 40));
    if (p.index === 8) {
      // The first answer of the interview: quoted opinion, with no quote marks on the page.
      await expectNoAxeViolations(page, 'Wikinews lesson (feedback)');
      await page.setViewportSize({ width: 800, height: 600 });
      await page.screenshot({ path: path.join(SHOTS, 'interview-feedback-800x600.png') });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: path.join(SHOTS, 'interview-feedback-1280x800.png') });
    }
    await page.keyboard.press('Enter');
  }
  await slow(page.getByTestId('summary-score')).toContainText(`${total}`);
  await slow(page.getByTestId('summary-score')).toContainText('100%');
});
