/**
 * Every teacher screen at the two window sizes the app is made for (800x600 and 1280x800): nothing
 * sticks out sideways (no horizontal scrolling), and a screenshot of each state is written to
 * test-results/teacher-screens/ for a person to look at.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

const OUT = path.resolve(import.meta.dirname, '../../test-results/teacher-screens');
const COMMENT_PAGE = path.resolve(import.meta.dirname, '../../../shared/pages/lifehacker-post-comment-load/source.html');
const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
];

/** `full`: the whole page (short screens); otherwise what the window shows (the editor is long). */
async function shoot(page: Page, name: string, full = true): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${size.width}x${size.height} scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(OUT, `${name}-${size.width}x${size.height}.png`), fullPage: full });
  }
}

async function openTeacherArea(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Teacher area' }).click();
  await page.getByLabel('New PIN').fill('4826');
  await page.getByLabel('The same PIN again').fill('4826');
  await page.getByRole('button', { name: 'Set the PIN and open' }).click();
  // The recovery code is shown once, then the area opens.
  await page.getByRole('button', { name: 'I have written it down: open the teacher area' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Article library' })).toBeVisible();
}

test('lessons and packs, with the bundled lessons', async ({ page, app }) => {
  await page.goto(app.host.url);
  await openTeacherArea(page);
  await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Lessons and packs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons and packs' })).toBeVisible();
  await shoot(page, 'lessons-bundled');
});

test('teacher screens at 800x600 and 1280x800', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.goto(app.host.url);
  await openTeacherArea(page);
  await shoot(page, 'library-empty');

  await page.getByLabel('Open files…').setInputFiles(COMMENT_PAGE);
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await shoot(page, 'library-imported');

  await page.getByLabel('Words to find').fill('buying');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('search-hits')).toBeVisible();
  await shoot(page, 'library-search');

  await page
    .getByRole('button', { name: /^Key it/ })
    .first()
    .click();
  await expect(page.getByTestId('keying-passage').first()).toBeVisible();
  await page.getByTestId('keying-passage').first().focus();
  await shoot(page, 'editor', false);
  await page.keyboard.press('s');
  await shoot(page, 'editor-split', false);
  await page.keyboard.press('Escape');
  await page.keyboard.press('c');
  await page.keyboard.press('Shift+ArrowRight');
  await shoot(page, 'editor-cue-words', false);
  await page.keyboard.press('Enter');
  await shoot(page, 'editor-cue-kind', false);
  await page.keyboard.press('Escape');
  await page.getByTestId('keying-passage').first().focus();
  await page.keyboard.press('?');
  await shoot(page, 'editor-keys', false);
  await page.keyboard.press('Escape');
  await page.getByTestId('open-publish').click();
  await page.getByLabel('Description for students').fill('Find the reader comment: it is commentary.');
  await page.waitForTimeout(600);
  await shoot(page, 'publish-dialog', false);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Lessons and packs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons and packs' })).toBeVisible();
  await shoot(page, 'lessons');
});
