/**
 * The teacher's real week, end to end, in the real renderer in Chromium through the browser host and real
 * database files: a saved web page full of furniture (read in place from ../shared/pages/, never copied
 * into the repo) is imported into the library, keyed in the editor with the keyboard, one reader comment
 * from the page is pulled into the lesson, the lesson is published and a student takes it; the teacher
 * exports a pack, a second fresh install (its own database) imports it with a preview, and a student there
 * completes the lesson. axe runs on every teacher screen and dialog.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startWebHost } from '../../build/electron/web/web-host.js';
import { expect, expectNoAxeViolations, tabTo, test } from './fixtures.js';

const PAGES = path.resolve(import.meta.dirname, '../../../shared/pages');
const COMMENT_PAGE = path.join(PAGES, 'lifehacker-post-comment-load', 'source.html');
const PIN = '4826';
const TITLE = 'Lifehacker: a post and its comments';

/** The page has ~170 passages: keying the rest and a whole lesson by keyboard take minutes on a loaded 2-core machine. */
test.setTimeout(420_000);

async function unlockFirstTime(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  await page.getByRole('button', { name: 'Teacher area' }).click();
  await page.getByLabel('New PIN').fill(PIN);
  await page.getByLabel('The same PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Set the PIN and open' }).click();
  // The recovery code is shown once, then the area opens.
  await page.getByRole('button', { name: 'I have written it down: open the teacher area' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Article library' })).toBeVisible();
}

async function unlockAgain(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Teacher area' }).click();
  await page.getByLabel('Teacher PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Open the teacher area' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Article library' })).toBeVisible();
}

async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock teacher area' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
}

/** A student (new profile) opens the lesson and answers `count` passages (all by default: then the summary appears). */
async function studentAnswers(page: Page, name: string, title: string, count?: number): Promise<void> {
  await tabTo(page, (_t, tag) => tag === 'INPUT');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const card = page.locator('li', { has: page.getByRole('heading', { level: 2, name: title }) });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: /^Start.*Sort the passages/ }).click();
  // A student's first lesson opens with the introduction to the four labels; Escape skips it.
  await expect(page.getByTestId('labels-intro')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('labels-intro')).toBeHidden();
  await expect(page.getByTestId('lesson-progress')).toBeVisible();
  const total = Number(/of (\d+)/.exec((await page.getByTestId('lesson-progress').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(3);
  for (let i = 0; i < (count ?? total); i++) {
    await expect(page.getByTestId('lesson-progress')).toContainText(`Passage ${i + 1} of ${total}`);
    await page.keyboard.press('3');
    await expect(page.getByTestId('feedback')).toBeVisible();
    await page.keyboard.press('Enter');
  }
  if (count === undefined) await expect(page.getByTestId('summary-score')).toContainText(`${total}`);
}

/**
 * Keys the rest as a teacher would: Shift+A accepts every suggestion the analyzer is sure of, then N (next
 * passage not keyed) and A (accept) for each one left, until the progress line says all are keyed.
 */
async function keyEveryPassageByKeyboard(page: Page): Promise<void> {
  const progress = page.getByTestId('keying-progress');
  const counts = async () => ((await progress.textContent()) ?? '').match(/\d+/g)!.map(Number) as [number, number];
  await page.getByTestId('keying-passage').first().focus();
  const [before] = await counts();
  await page.keyboard.press('Shift+A');
  await expect(page.getByTestId('editor-status')).toContainText('sure suggestion');
  expect((await counts())[0]).toBeGreaterThan(before);
  for (let guard = 0; guard < 400; guard++) {
    const [keyed, total] = await counts();
    if (keyed === total) return;
    await page.keyboard.press('n');
    await page.keyboard.press('a');
    await expect(progress, `status: ${await page.getByTestId('editor-status').textContent()}`).toHaveText(
      `${keyed + 1} of ${total} keyed`,
    );
  }
  throw new Error('keying did not finish');
}

test('a saved page with comments becomes a lesson by keyboard, travels in a pack, and is completed on another install', async ({
  page,
  app,
  browser,
}) => {
  expect(fs.existsSync(COMMENT_PAGE), `the saved pages are read in place from ${PAGES}`).toBe(true);
  await page.goto(app.host.url);
  await unlockFirstTime(page);
  await expectNoAxeViolations(page, 'teacher library (empty)');

  // Import the saved page (its real file, read in place) through the file picker.
  await page.getByLabel('Open files…').setInputFiles(COMMENT_PAGE);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('1 imported');
  await expect(summary).toContainText('source.html');
  await expectNoAxeViolations(page, 'teacher library (import summary)');

  // The same file again is found to be a duplicate, and stored once.
  await page.getByLabel('Open files…').setInputFiles(COMMENT_PAGE);
  await expect(summary).toContainText('1 already in the library');
  await expect(page.getByTestId('article-list').locator('li')).toHaveCount(1);

  // Full-text search highlights the match as text.
  await page.getByLabel('Words to find').fill('buying');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('search-hits').locator('mark').first()).toBeVisible();
  await expectNoAxeViolations(page, 'teacher library (search)');

  // Into the editor, by keyboard.
  await tabTo(page, (t, tag) => tag === 'BUTTON' && /^Key it/.test(t));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Key: / })).toBeVisible();
  await expect(page.getByTestId('keying-progress')).toHaveText(/^0 of \d+ keyed$/);
  await expectNoAxeViolations(page, 'editor');

  // `?` shows the keys; Esc closes them.
  await page.getByTestId('keying-passage').first().focus();
  await page.keyboard.press('?');
  await expect(page.getByTestId('editor-keys')).toBeVisible();
  await expectNoAxeViolations(page, 'editor keys');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('editor-keys')).toBeHidden();

  // Pull one reader comment from the page's other blocks into the lesson, with the keyboard.
  const comments = page.getByTestId('block-group').and(page.locator('[data-part="comment"]'));
  await comments.locator('summary').focus();
  await page.keyboard.press('Enter');
  // The first comment with some words in it (the thread's first blocks are its header).
  const position = await comments
    .getByTestId('other-block')
    .filter({ has: page.locator('.text', { hasText: /.{80}/ }) })
    .first()
    .getAttribute('data-position');
  const comment = page.locator(`[data-testid="other-block"][data-position="${position}"]`);
  await expect(comment).toBeVisible();
  const commentText = ((await comment.locator('.text').textContent()) ?? '').slice(0, 30);
  await comment.getByRole('button', { name: /^Pull into the lesson/ }).focus();
  await page.keyboard.press('Enter');
  await expect(comment).toContainText('In the lesson');
  const pulled = page.getByTestId('keying-passage').filter({ hasText: commentText });
  await expect(pulled).toHaveCount(1);
  await expect(pulled).toContainText('reader comment from the page');

  // Key the pulled comment by hand: commentary (3), reader comment subtype (T until it says so).
  await pulled.focus();
  await page.keyboard.press('3');
  await expect(pulled.getByRole('heading', { level: 3 })).toContainText('Commentary');
  for (
    let i = 0;
    i < 3 && !((await pulled.getByRole('heading', { level: 3 }).textContent()) ?? '').includes('reader comment');
    i++
  ) {
    await page.keyboard.press('t');
    await expect(page.getByTestId('editor-status')).toContainText('subtype');
  }
  await expect(pulled.getByRole('heading', { level: 3 })).toContainText('reader comment');
  // A reader comment also accepts "not part of the article" (the domain's rule); Shift+4 toggles that.
  await expect(pulled).toContainText('also accepted: Not part of the article');
  await page.keyboard.press('Shift+Digit4');
  await expect(pulled).not.toContainText('also accepted');
  await page.keyboard.press('Shift+Digit4');
  await expect(pulled).toContainText('also accepted: Not part of the article');

  // Everything else with the analyzer's suggestions, by keyboard: N (next not keyed), A (accept).
  await keyEveryPassageByKeyboard(page);
  await expect(page.getByTestId('passage-problems')).toHaveCount(0);

  // Publish: title, description; axe on the dialog.
  await page.getByTestId('open-publish').click();
  const dialog = page.getByTestId('publish-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title').fill(TITLE);
  await dialog.getByLabel('Description for students').fill('A blog post about working habits, and what readers wrote under it.');
  await expectNoAxeViolations(page, 'publish dialog');
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByTestId('published-note')).toContainText('Published as version 1');

  // Lessons and packs lists it as published.
  await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Lessons and packs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons and packs' })).toBeVisible();
  await expect(page.getByTestId('teacher-lessons').locator('li', { hasText: TITLE })).toContainText('Published');
  await expectNoAxeViolations(page, 'lessons and packs');

  // A student on this install takes it (a few passages: the whole lesson is done on the second install).
  await lock(page);
  await studentAnswers(page, 'Ada', TITLE, 3);

  // The teacher exports a pack for a class.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByTestId('lesson-status').first()).toBeVisible();
  await page.getByRole('button', { name: 'Switch profile' }).click();
  await unlockAgain(page);
  await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Lessons and packs' }).click();
  await page.getByRole('checkbox', { name: new RegExp(TITLE) }).check();
  await page.getByLabel('Or a new class').fill('7B');
  await page.getByRole('button', { name: 'Create the class' }).click();
  await expect(page.getByLabel('For the class')).toHaveValue(/.+/);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the pack' }).click();
  const download = await downloading;
  await expect(page.getByTestId('pack-exported')).toContainText('1 lesson for 7B');
  const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcewise-pack-'));
  const packFile = path.join(packDir, download.suggestedFilename());
  await download.saveAs(packFile);
  expect(packFile.endsWith('.swpack')).toBe(true);

  // A second, fresh install: its own database.
  const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcewise-e2e-second-'));
  const other = await startWebHost({ dbPath: path.join(otherDir, 'sourcewise.sqlite') });
  const context = await browser.newContext();
  const second = await context.newPage();
  try {
    await second.goto(other.url);
    await unlockFirstTime(second);
    await second.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Lessons and packs' }).click();
    await second.getByLabel('Open a lesson pack…').setInputFiles(packFile);
    const preview = second.getByTestId('pack-preview');
    await expect(preview).toContainText(TITLE);
    await expect(preview).toContainText('New: will be added');
    await expect(preview).toContainText('7B');
    await expectNoAxeViolations(second, 'pack preview');
    await second.getByRole('button', { name: 'Import 1 lesson' }).click();
    await expect(second.getByTestId('pack-imported')).toContainText('Imported 1 lesson');
    await expect(second.getByTestId('teacher-lessons').locator('li', { hasText: TITLE })).toBeVisible();

    // Importing the same pack again: a duplicate, skipped.
    await second.getByLabel('Open a lesson pack…').setInputFiles(packFile);
    await expect(preview).toContainText('Already here: skipped');
    await second.getByRole('button', { name: 'Cancel' }).click();

    // A student there completes the lesson.
    await lock(second);
    await studentAnswers(second, 'Bea', TITLE);
  } finally {
    await context.close();
    await other.close();
    fs.rmSync(otherDir, { recursive: true, force: true });
    fs.rmSync(packDir, { recursive: true, force: true });
  }
});

test('bad input is named where it was given, and nothing is stored', async ({ page, app }) => {
  await page.goto(app.host.url);
  await unlockFirstTime(page);

  // A binary file and an empty one among good pages: the good ones are imported, the others named with a reason.
  await page.getByLabel('Open files…').setInputFiles([
    {
      name: 'photo.html',
      mimeType: 'text/html',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Officials said on Monday that the bridge would reopen.\n\nIt has been shut since May.'),
    },
  ]);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('1 imported');
  await expect(summary).toContainText('2 refused');
  await expect(summary).toContainText('photo.html');
  await expect(summary).toContainText('empty.txt — The file is empty.');
  await expect(page.getByTestId('article-list').locator('li')).toHaveCount(1);

  // An invalid lesson file is refused with the field named.
  await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Lessons and packs' }).click();
  const lesson = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/lessons/doha-ceasefire-live.json'), 'utf8'),
  ) as {
    id: string;
    passages: Array<{ label: string }>;
  };
  lesson.id = 'broken-lesson';
  lesson.passages[2]!.label = 'opinion';
  await page
    .getByTestId('lesson-file-input')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lesson)) });
  await expect(page.getByTestId('lesson-file-error')).toContainText('broken.json');
  await expect(page.getByTestId('lesson-file-error')).toContainText('passages[2].label');
  await expect(page.getByTestId('teacher-lessons').locator('li', { hasText: 'broken-lesson' })).toHaveCount(0);

  // Not a pack at all.
  await page
    .getByTestId('pack-file-input')
    .setInputFiles({ name: 'class.swpack', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
  await expect(page.getByTestId('pack-error')).toContainText('class.swpack');
  await expectNoAxeViolations(page, 'lessons and packs (refusals)');
});

test('a pack of the bundled lesson: exported for a new class, previewed back as a duplicate, by keyboard', async ({
  page,
  app,
}) => {
  await page.goto(app.host.url);
  await unlockFirstTime(page);
  await tabTo(page, (t, tag) => tag === 'BUTTON' && t === 'Lessons and packs');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons and packs' })).toBeFocused();

  // Nothing chosen: said by the button, nothing exported.
  await page.getByRole('button', { name: 'Export the pack' }).click();
  await expect(page.getByText('Tick at least one lesson')).toBeVisible();
  // An empty class name is named by its field.
  await page.getByRole('button', { name: 'Create the class' }).click();
  await expect(page.getByText('Type the class’s name first')).toBeVisible();

  await page.getByRole('checkbox', { name: /Ceasefire talks in Doha/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Lessons to put in the pack (1 chosen)')).toBeVisible();
  await page.getByLabel('Or a new class').fill('Media studies, Tuesday');
  await page.getByLabel('Or a new class').press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('For the class').locator('option:checked')).toHaveText('Media studies, Tuesday');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the pack' }).click();
  const download = await downloading;
  await expect(page.getByTestId('pack-exported')).toContainText('1 lesson for Media studies, Tuesday');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcewise-pack-'));
  try {
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByTestId('pack-file-input').setInputFiles(file);
    const preview = page.getByTestId('pack-preview');
    await expect(preview).toContainText('Ceasefire talks in Doha');
    await expect(preview).toContainText('Already here: skipped');
    await expect(preview).toContainText('Media studies, Tuesday (already on this computer)');
    await expect(page.getByRole('button', { name: 'Import 0 lessons' })).toBeDisabled();
    await expectNoAxeViolations(page, 'pack preview (duplicate)');

    // The same pack with one byte changed in the middle: refused, named.
    const bytes = fs.readFileSync(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    await page
      .getByTestId('pack-file-input')
      .setInputFiles({ name: 'tampered.swpack', mimeType: 'application/octet-stream', buffer: bytes });
    await expect(page.getByTestId('pack-error')).toContainText('tampered.swpack');
    await expect(page.getByTestId('pack-preview')).toHaveCount(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('when the lock lapses in the editor, the PIN is asked again and the teacher is back in the same article', async ({
  page,
  app,
}) => {
  await page.goto(app.host.url);
  await unlockFirstTime(page);
  await page
    .getByLabel('Or paste an article’s text')
    .fill('Officials said on Monday that the bridge would reopen.\n\nIt has been shut since May.');
  await page.getByRole('button', { name: 'Add to the library' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('1 imported');
  await page.getByTestId('import-summary').getByRole('button', { name: 'Key it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Key: / })).toBeVisible();

  // The same as 20 idle minutes, for the backend: the area locks behind the screen's back.
  await page.evaluate(async () => {
    const headers = {
      'content-type': 'application/json',
      'x-sourcewise-token': sessionStorage.getItem('sourcewise-token') ?? '',
      'x-sourcewise-session': sessionStorage.getItem('sourcewise-session') ?? '',
    };
    await fetch('/api/teacher:lock', { method: 'POST', headers, body: '{}' });
  });
  await page.getByTestId('keying-passage').first().focus();
  await page.keyboard.press('a');
  await expect(page.getByTestId('teacher-notice')).toContainText('locked again');
  await page.getByLabel('Teacher PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Open the teacher area' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Key: / })).toBeVisible();
  await expect(page.getByTestId('keying-progress')).toHaveText(/^0 of \d+ keyed$/);
});

test('editing by keyboard and mouse: cue words, split, merge, drop and take back, fix a headline', async ({ page, app }) => {
  await page.goto(app.host.url);
  await unlockFirstTime(page);
  const text =
    'Bridge to reopen on Monday\n\nOfficials claimed the bridge was safe. Critics disagree.\n\nIt has been shut since May.';
  await page.getByLabel('Or paste an article’s text').fill(text);
  await page.getByRole('button', { name: 'Add to the library' }).click();
  await page.getByTestId('import-summary').getByRole('button', { name: 'Key it' }).click();
  const passages = page.getByTestId('keying-passage');
  const claimed = passages.filter({ hasText: 'Officials claimed' });
  await expect(claimed).toHaveCount(1);
  const count = await passages.count();

  // Cue words by keyboard: C, → to "claimed", Shift+→ to take "the" too, Enter, then the kind (guessed
  // from the words: a loaded verb).
  await claimed.focus();
  await page.keyboard.press('c');
  await expect(claimed.locator('mark.choosing')).toHaveText('Officials');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(claimed.locator('mark.choosing')).toHaveText('claimed the');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cue-kind')).toBeFocused();
  await expect(page.getByTestId('cue-kind')).toHaveValue('loaded_verb');
  await claimed.getByRole('button', { name: 'Mark the cue' }).click();
  await expect(claimed.getByTestId('key-panel')).toContainText('claimed the — loaded attribution verb');

  // Cue words by mouse: select "bridge was saf" (a letter short), press C: the whole word is taken.
  await claimed.getByTestId('passage-text').evaluate((el) => {
    const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('bridge'))!;
    const at = node.textContent!.indexOf('bridge');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 'bridge was saf'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('c');
  await page.getByTestId('cue-kind').selectOption('evaluative');
  await claimed.getByRole('button', { name: 'Mark the cue' }).click();
  await expect(claimed.getByTestId('key-panel')).toContainText('bridge was safe. — evaluative word');

  // Split by keyboard (one sentence: the default point is its middle word), then merge again with M.
  await claimed.focus();
  await page.keyboard.press('s');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(passages).toHaveCount(count + 1);
  await expect(passages.filter({ hasText: 'Officials claimed' })).not.toContainText('safe.');
  await passages.filter({ hasText: 'Officials claimed' }).focus();
  await page.keyboard.press('m');
  await expect(passages).toHaveCount(count);
  await expect(passages.filter({ hasText: 'Officials claimed' }).getByTestId('passage-text')).toHaveText(
    'Officials claimed the bridge was safe.',
  );

  // Drop the last passage, then take it back.
  const last = passages.filter({ hasText: 'shut since May' });
  await last.focus();
  await page.keyboard.press('d');
  await expect(passages).toHaveCount(count - 1);
  const dropped = page.getByTestId('dropped-passages');
  await dropped.locator('summary').click();
  await dropped.getByRole('button', { name: /^Take it back/ }).click();
  await expect(passages).toHaveCount(count);

  // Fix the headline's text (F), and it stays the headline.
  const headline = passages.first();
  await headline.focus();
  await page.keyboard.press('f');
  await page.getByLabel('The passage’s text').fill('Bridge to reopen on Monday, officials say');
  await headline.getByRole('button', { name: 'Save the text' }).click();
  await expect(headline.getByTestId('passage-text')).toHaveText('Bridge to reopen on Monday, officials say');
  await expectNoAxeViolations(page, 'editor (after edits)');
});

test('unpublish hides a lesson from students and keeps it listed; publish again brings it back', async ({ page, app }) => {
  await page.goto(app.host.url);
  await unlockFirstTime(page);
  await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Lessons and packs' }).click();
  const seed = page.getByTestId('teacher-lessons').locator('li', { hasText: 'Ceasefire talks in Doha' });
  await seed.getByRole('button', { name: /^Unpublish/ }).click();
  await expect(page.getByTestId('lessons-status')).toContainText('hidden from students; their attempts are kept');
  await expect(seed).toContainText('Unpublished: hidden from students');
  await expectNoAxeViolations(page, 'lessons (unpublished)');

  await lock(page);
  await tabTo(page, (_t, tag) => tag === 'INPUT');
  await page.keyboard.type('Cy');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Ceasefire talks in Doha/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Teacher area' }).click();
  await page.getByLabel('Teacher PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Open the teacher area' }).click();
  await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Lessons and packs' }).click();
  await seed.getByRole('button', { name: /^Publish again/ }).click();
  await expect(seed).toContainText('Published: students see it');
});
