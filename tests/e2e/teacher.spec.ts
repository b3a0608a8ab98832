/**
 * The teacher area in the real renderer, in Chromium, through the browser host and a real database file:
 * choosing and entering the PIN, the analyzer's suggestions for pasted text and for files, the lesson
 * draft as a download, and the backend's lock holding against a student's direct call.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, tabTo, test } from './fixtures.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/analyzer');
const SEED_TEXT = fs.readFileSync(path.join(FIXTURES, 'doha-ceasefire-live.txt'), 'utf8');
const READER_COMMENT = 'The US just keeps buying Israel more time with these pretend negotiations.';
const PIN = '2468';

async function openTeacherArea(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  await page.getByRole('button', { name: 'Teacher area' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teacher area' })).toBeVisible();
}

/** First use: choose the PIN (typed twice) and land on the teacher screen. */
async function choosePin(page: Page): Promise<void> {
  await openTeacherArea(page);
  await page.getByLabel('New PIN').fill(PIN);
  await page.getByLabel('The same PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Set the PIN and open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Suggest labels for an article' })).toBeVisible();
}

async function suggestForPaste(page: Page, text: string): Promise<void> {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Suggest labels' }).click();
  await expect(page.getByTestId('suggestion-summary')).toBeVisible();
}

/** A call straight to the browser host's bridge, with this page's token: what a student could do from devtools. */
function callFromPage(page: Page, channel: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ channel, input }) => {
      // The page's own token and session, as the app's client sends them (a call without the session
      // header is a locked session of its own).
      const token = sessionStorage.getItem('sourcewise-token') ?? '';
      const session = sessionStorage.getItem('sourcewise-session') ?? '';
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sourcewise-token': token, 'x-sourcewise-session': session },
        body: JSON.stringify(input),
      });
      return response.json();
    },
    { channel, input },
  );
}

test('first use: choose a PIN, paste the seed page, and the analyzer finds the intruders', async ({ page, app }) => {
  await page.goto(app.host.url);
  await openTeacherArea(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Choose a teacher PIN' })).toBeVisible();
  await expect(page.getByText('npx sourcewise teacher reset-pin')).toBeVisible();
  await expect(page.getByLabel('New PIN')).toHaveAttribute('type', 'password');
  await expect(page.getByLabel('New PIN')).toHaveAttribute('inputmode', 'numeric');
  await expectNoAxeViolations(page, 'teacher PIN (choose)');

  // Two different PINs are refused by the second field, before anything is sent.
  await page.getByLabel('New PIN').fill(PIN);
  await page.getByLabel('The same PIN again').fill('2469');
  await page.getByRole('button', { name: 'Set the PIN and open' }).click();
  await expect(page.getByTestId('teacher-pin-again-error')).toContainText('not the same');
  await expect(page.getByLabel('The same PIN again')).toBeFocused();
  await page.getByLabel('The same PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Set the PIN and open' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Suggest labels for an article' })).toBeVisible();
  await expect(page).toHaveTitle(/Suggest labels for an article/);
  await expectNoAxeViolations(page, 'teacher (empty)');

  // "Suggest labels" with nothing pasted says so by the field.
  await page.getByRole('button', { name: 'Suggest labels' }).click();
  await expect(page.getByTestId('article-error')).toContainText('Paste the text of an article first.');

  await suggestForPaste(page, SEED_TEXT);
  await expect(page.getByTestId('suggestion-summary')).toHaveText('32 passages · 5 probably not from the outlet');
  await expect(page.getByRole('heading', { level: 2, name: 'Suggestions' })).toBeFocused();
  await expect(page.getByTestId('suggestion')).toHaveCount(32);
  await expect(page.getByTestId('label-counts')).toContainText('Quoted claim');

  const comment = page.getByTestId('suggestion').filter({ hasText: READER_COMMENT });
  await expect(comment).toHaveCount(1);
  await expect(comment.getByTestId('not-from-outlet')).toHaveText(/Not from the outlet/);
  await expect(comment).toContainText('Commentary');
  await expect(comment).toContainText('reader comment');
  await expect(comment).toContainText(/\d+% sure/);
  // Its cue words are highlighted in the passage itself.
  await expect(comment.locator('blockquote mark').first()).toBeVisible();

  // A quoted claim names its source and verb; a loaded verb is flagged.
  const gantz = page.getByTestId('suggestion').filter({ hasText: 'Benny Gantz mocked' });
  await expect(gantz.getByTestId('attribution')).toContainText('Verb: “mocked”');
  await expect(gantz.getByTestId('attribution')).toContainText('loaded');

  await expectNoAxeViolations(page, 'teacher (results)');

  // The review filter: only what the outlet did not write.
  await page.getByLabel(/Not from the outlet \(/).check();
  await expect(page.getByTestId('suggestion')).toHaveCount(5);
  await expect(page.getByTestId('not-from-outlet')).toHaveCount(5);
  await page.getByLabel(/Low confidence \(/).check();
  for (const text of await page.getByTestId('suggestion').locator('.confidence').allInnerTexts()) {
    expect(Number(/(\d+)% sure/.exec(text)?.[1])).toBeLessThan(60);
  }
  await page.getByLabel(/All \(\d+\)/).check();
  await expect(page.getByTestId('suggestion')).toHaveCount(32);
});

test('lock, then enter the PIN again with the keyboard alone: a wrong PIN is named by the field', async ({ page, app }) => {
  await page.goto(app.host.url);
  await choosePin(page);
  await page.getByRole('button', { name: 'Lock teacher area' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();

  await tabTo(page, (t, tag) => tag === 'BUTTON' && t === 'Teacher area');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Enter the teacher PIN' })).toBeVisible();
  await tabTo(page, (_t, tag) => tag === 'INPUT');
  await page.keyboard.type('1357');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('teacher-pin-error')).toHaveText(/That PIN is not right\./);
  await expect(page.getByLabel('Teacher PIN', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Teacher PIN', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'teacher PIN (enter, wrong PIN)');

  // The field was emptied and keeps the focus: the right PIN goes straight in.
  await page.keyboard.type(PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Suggest labels for an article' })).toBeFocused();

  // The rest of the screen works from the keyboard too: paste, suggest, filter.
  await tabTo(page, (_t, tag) => tag === 'TEXTAREA');
  await page.keyboard.insertText(SEED_TEXT);
  await tabTo(page, (t, tag) => tag === 'BUTTON' && t === 'Suggest labels');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('suggestion-summary')).toContainText('32 passages');
  await tabTo(page, (_t, tag) => tag === 'INPUT');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('suggestion')).toHaveCount(5);
});

test('files: binary and non-UTF-8 files are named by the field; a saved HTML page is analysed', async ({ page, app }) => {
  await page.goto(app.host.url);
  await choosePin(page);
  await page.getByLabel('Choose a file').check();
  const file = page.getByLabel('Article file');
  const suggest = page.getByRole('button', { name: 'Suggest labels' });

  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
  await file.setInputFiles({ name: 'photo.html', mimeType: 'text/html', buffer: png });
  await expect(page.getByTestId('article-file-chosen')).toContainText('photo.html');
  await suggest.click();
  await expect(page.getByTestId('article-error')).toContainText('photo.html');
  await expect(page.getByTestId('article-error')).toContainText('binary data');
  // The cursor goes back to the field the problem is about (the button was disabled while busy).
  await expect(file).toBeFocused();

  await file.setInputFiles({
    name: 'latin1.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<p>Caf\xe9 talks resumed on Monday.</p>', 'latin1'),
  });
  await suggest.click();
  await expect(page.getByTestId('article-error')).toContainText('latin1.html is not valid UTF-8');

  // Too large: refused by size, before it is read or sent.
  await file.setInputFiles({ name: 'huge.html', mimeType: 'text/html', buffer: Buffer.alloc(4 * 1024 * 1024 + 1, 0x61) });
  await expect(page.getByTestId('article-error')).toContainText('“huge.html” is 4.0 MB, too large');
  await expect(page.getByTestId('article-file-chosen')).toHaveCount(0);

  await file.setInputFiles(path.join(FIXTURES, 'article.html'));
  await expect(page.getByTestId('article-error')).toHaveCount(0);
  await suggest.click();
  await expect(page.getByTestId('suggestion-summary')).toContainText(/^\d+ passages/);
  expect(await page.getByTestId('suggestion').count()).toBeGreaterThan(5);
});

test('a lesson draft downloads as a valid lesson file with every passage', async ({ page, app }) => {
  await page.goto(app.host.url);
  await choosePin(page);
  await suggestForPaste(page, SEED_TEXT);

  // No title: named by the field, nothing downloaded.
  await page.getByRole('button', { name: 'Make a lesson draft' }).click();
  await expect(page.getByTestId('lesson-title-error')).toContainText('Give the lesson a title.');

  await page.getByLabel('Lesson title').fill('Doha talks draft');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a lesson draft' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('doha-talks-draft.json');
  const lesson = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
    format: number;
    id: string;
    title: string;
    passages: unknown[];
  };
  expect(lesson.format).toBe(2); // LESSON_FORMAT (format 2 since the four exercises)
  expect(lesson.id).toBe('doha-talks-draft');
  expect(lesson.title).toBe('Doha talks draft');
  expect(lesson.passages).toHaveLength(32);
  await expect(page.getByTestId('draft-saved')).toContainText('doha-talks-draft.json');
  await expect(page.getByTestId('draft-saved')).toContainText('resources/lessons');
});

test('when the lock lapses mid-work the PIN is asked again, and the pasted text is kept', async ({ page, app }) => {
  await page.goto(app.host.url);
  await choosePin(page);
  await page.getByLabel('Article text').fill(SEED_TEXT);
  // The same as 20 idle minutes, for the backend: the area is locked behind the screen's back.
  expect(await callFromPage(page, 'teacher:lock', {})).toMatchObject({ ok: true, value: { unlocked: false } });
  await page.getByRole('button', { name: 'Suggest labels' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teacher area' })).toBeVisible();
  await expect(page.getByTestId('teacher-notice')).toContainText('locked again');
  await page.getByLabel('Teacher PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Open the teacher area' }).click();
  await expect(page.getByLabel('Article text')).toHaveValue(SEED_TEXT);
});

test('a student cannot reach the teacher calls: with the area locked the backend answers forbidden', async ({ page, app }) => {
  await page.goto(app.host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  const source = { kind: 'paste', text: SEED_TEXT, format: 'text' };

  // No PIN set yet, and later a PIN set and then locked: forbidden both times.
  expect(await callFromPage(page, 'teacher:suggest-labels', { source })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  await choosePin(page);
  await page.getByRole('button', { name: 'Lock teacher area' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  expect(await callFromPage(page, 'teacher:suggest-labels', { source })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await callFromPage(page, 'teacher:draft-lesson', { source, title: 'Sneaky' })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  // The token itself is good (not a 403 for a missing token): an ordinary call answers.
  expect(await callFromPage(page, 'teacher:status', {})).toEqual({ ok: true, value: { pinSet: true, unlocked: false } });
  // Setting a new PIN over the old one needs the old one.
  expect(await callFromPage(page, 'teacher:set-pin', { pin: '1111' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('unlocking is per window: a second tab, and a call without the tab session, stay locked', async ({ page, app, context }) => {
  await page.goto(app.host.url);
  await choosePin(page);
  const source = { kind: 'paste', text: SEED_TEXT, format: 'text' };
  expect(await callFromPage(page, 'teacher:suggest-labels', { source })).toMatchObject({ ok: true });

  // A new tab opened on the same address (same run token) is a new session: the area is locked there.
  const second = await context.newPage();
  await second.goto(app.host.url);
  await expect(second.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  expect(await callFromPage(second, 'teacher:status', {})).toMatchObject({ ok: true, value: { pinSet: true, unlocked: false } });
  expect(await callFromPage(second, 'teacher:suggest-labels', { source })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });

  // The same token without the tab's session header: refused too.
  const bare = await page.evaluate(
    async (input) => {
      const token = sessionStorage.getItem('sourcewise-token') ?? '';
      const response = await fetch('/api/teacher:suggest-labels', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sourcewise-token': token },
        body: JSON.stringify(input),
      });
      return response.json();
    },
    { source },
  );
  expect(bare).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  // The first tab is still unlocked.
  expect(await callFromPage(page, 'teacher:status', {})).toMatchObject({ ok: true, value: { unlocked: true } });
});
