/**
 * Classroom results end to end, in Chromium through three browser hosts on three database files: a
 * teacher makes a class and a lesson pack for it; two classroom desktops import that pack; a student on
 * each works through two exercises of the lesson (sort in the real renderer, the intruder through the
 * page's bridge) and saves a results file from "My progress"; the
 * teacher imports both files on the Class results screen, sees both students with the right scores,
 * downloads the gradebook CSV (parsed back to the same numbers), and importing again changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { openBackend, type Backend } from '../../build/electron/core/backend.js';
import { startWebHost, type WebHost } from '../../build/electron/web/web-host.js';
import { expect, expectNoAxeViolations, tabTo, test } from './fixtures.js';

interface KeyPassage {
  index: number;
  label: string;
  accept: string[];
  fromOutlet: boolean;
}
const SEED_FILE = path.resolve(import.meta.dirname, '../../resources/lessons/doha-ceasefire-live.json');
const seed = JSON.parse(fs.readFileSync(SEED_FILE, 'utf8')) as { id: string; title: string; passages: KeyPassage[] };
const KEYS: Record<string, string> = { reported: '1', quoted: '2', commentary: '3', not_article: '4' };
const LABELS = ['reported', 'quoted', 'commentary', 'not_article'];
const TOTAL = seed.passages.length;
const PIN = '2468';
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/results-screens');

async function call<T>(b: Backend, channel: string, input: unknown): Promise<T> {
  const env = (await b.dispatch(channel, input)) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value;
}
async function job<T>(b: Backend, channel: string, input: unknown): Promise<T> {
  let info = await call<{ id: string; state: string; result: unknown; error: unknown }>(b, channel, input);
  while (info.state === 'running') {
    await new Promise((r) => setTimeout(r, 5));
    info = await call(b, 'jobs:status', { jobId: info.id });
  }
  if (info.state !== 'done') throw new Error(`${channel}: ${JSON.stringify(info.error)}`);
  return info.result as T;
}

/** The teacher's class and pack, imported on both desktops, through the real pack calls. */
async function handOutPack(dir: string): Promise<{ teacherDb: string; deskDbs: string[] }> {
  const teacherDb = path.join(dir, 'teacher.sqlite');
  const teacher = openBackend({ dbPath: teacherDb, host: 'web', log: () => {} });
  await call(teacher, 'teacher:set-pin', { pin: PIN });
  const cls = await call<{ id: string }>(teacher, 'packs:create-class', { name: '7B Media' });
  const pack = await job<{ fileName: string; base64: string }>(teacher, 'packs:export', {
    lessons: [{ id: seed.id }],
    classId: cls.id,
  });
  teacher.close();
  const deskDbs = [path.join(dir, 'desk-a.sqlite'), path.join(dir, 'desk-b.sqlite')];
  for (const dbPath of deskDbs) {
    const desk = openBackend({ dbPath, host: 'web', log: () => {} });
    await call(desk, 'teacher:set-pin', { pin: '1357' });
    await job(desk, 'packs:import', { fileName: pack.fileName, base64: pack.base64 });
    desk.close();
  }
  return { teacherDb, deskDbs };
}

/** A student works through the whole lesson with the keyboard, getting `right(i)` passages right. */
async function studentRun(page: Page, name: string, right: (i: number) => boolean): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  await page.getByRole('textbox').first().fill(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  // The seed lesson's card (the bundled Wikinews lessons are listed too).
  const seedCard = page.locator('.lesson-card', {
    has: page.getByRole('heading', { name: 'Ceasefire talks in Doha (live page)' }),
  });
  await seedCard.getByRole('button', { name: /^Start\W+Sort the passages/ }).click();
  // The labels' introduction opens on a first lesson; Escape closes it.
  await expect(page.getByTestId('labels-intro')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('labels-intro')).toBeHidden();
  for (const p of seed.passages) {
    await expect(page.getByTestId('lesson-progress')).toContainText(`Passage ${p.index + 1} of ${TOTAL}`);
    const wrong = LABELS.find((l) => l !== p.label && !p.accept.includes(l))!;
    await page.keyboard.press(KEYS[right(p.index) ? p.label : wrong]!);
    await expect(page.getByTestId('feedback')).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.getByRole('button', { name: 'My progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
}

/** A call through the page's own bridge, with its token and session, as the app's client makes it. */
function callFromPage<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-sourcewise-token': sessionStorage.getItem('sourcewise-token') ?? '',
          'x-sourcewise-session': sessionStorage.getItem('sourcewise-session') ?? '',
        },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(envelope.error?.message);
      return envelope.value;
    },
    { channel, input },
  ) as Promise<T>;
}

/**
 * The second exercise, "spot the intruder" (one answer for the whole page), answered through the page's
 * own bridge with the very call its screen makes: this test is about results, so it does not lean on that
 * screen's layout (the exercises' own tests drive it).
 */
async function intruderRun(page: Page, name: string, selected: number[]): Promise<number> {
  const profiles = await callFromPage<Array<{ id: number; name: string }>>(page, 'profiles:list', {});
  const profileId = profiles.find((p) => p.name === name)!.id;
  const view = await callFromPage<{ attemptId: number }>(page, 'attempt:open', {
    profileId,
    lessonId: seed.id,
    exercise: 'intruder',
  });
  const result = await callFromPage<{ feedback: { score: number }; status: string }>(page, 'attempt:submit', {
    attemptId: view.attemptId,
    item: -1,
    response: { selected },
  });
  expect(result.status).toBe('completed');
  return Math.round(result.feedback.score * 1000) / 10;
}

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [
    [800, 600],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${w}x${h}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function saved(download: Promise<Download>, dir: string): Promise<string> {
  const d = await download;
  const file = path.join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

function parseCsv(text: string): string[][] {
  // Small RFC 4180 reader (quoted fields, doubled quotes); the BOM is checked by the caller.
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  return rows;
}

const adaRight = (i: number) => i % 2 === 0;
const benRight = (i: number) => i < 24;
const percent = (right: (i: number) => boolean) =>
  Math.round((1000 * seed.passages.filter((p) => right(p.index)).length) / TOTAL) / 10;

test("two desktops → results files → the teacher's class report and gradebook; importing again changes nothing", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcewise-results-e2e-'));
  const { teacherDb, deskDbs } = await handOutPack(dir);
  const hosts: WebHost[] = [];
  try {
    const files: string[] = [];
    const intruderScores: number[] = [];
    const students = [
      ['Ada', adaRight],
      ['Ben', benRight],
    ] as const;
    for (const [i, [name, right]] of students.entries()) {
      const host = await startWebHost({ dbPath: deskDbs[i]! });
      hosts.push(host);
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(host.url);
      await studentRun(page, name, right);
      // Ada finds every passage the outlet did not write; Ben finds them and also flags one of the outlet's.
      const intruders = seed.passages.filter((p) => !p.fromOutlet).map((p) => p.index);
      const outlets = seed.passages.find((p) => p.fromOutlet)!.index;
      intruderScores.push(await intruderRun(page, name, i === 0 ? intruders : [...intruders, outlets].sort((a, b) => a - b)));
      // The deliberate step: nothing is shown until the student asks for their own results.
      await expect(page.getByText('Results on this computer are shown only to the student they belong to')).toBeVisible();
      await expect(page.getByTestId('discernment-words')).toHaveCount(0);
      if (i === 0) {
        await expectNoAxeViolations(page, 'my progress (before showing)');
        await shoot(page, 'progress-step');
      }
      if (i === 0) await page.getByRole('button', { name: `Show ${name}'s results` }).click();
      else {
        // The same step with the keyboard alone.
        await tabTo(page, (t, tag) => tag === 'BUTTON' && t === `Show ${name}'s results`);
        await page.keyboard.press('Enter');
      }
      await expect(page.getByRole('heading', { level: 2, name: `${name}: ${TOTAL + 1} answers` })).toBeVisible();
      await expect(page.getByTestId('discernment-words')).toContainText(/Not enough answers yet|tell reported facts/);
      if (i === 0) {
        await expectNoAxeViolations(page, 'my progress');
        await shoot(page, 'progress-shown');
      }
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save my results file' }).click();
      files.push(await saved(download, dir));
      await expect(page.getByTestId('saved-note')).toContainText('Give it to your teacher');
      await context.close();
    }

    const teacherHost = await startWebHost({ dbPath: teacherDb });
    hosts.push(teacherHost);
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(teacherHost.url);
    await page.getByRole('button', { name: 'Teacher area' }).click();
    await page.getByRole('textbox', { name: 'Teacher PIN' }).fill(PIN);
    await page.getByRole('button', { name: 'Open the teacher area' }).click();
    await page.getByRole('button', { name: 'Class results' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Class results' })).toBeVisible();
    await expect(page.getByTestId('report-empty')).toBeVisible();
    await expectNoAxeViolations(page, 'class results (empty)');
    // The file picker is reached with the keyboard (its visible label is the button-styled "Choose…").
    await tabTo(page, (_t, tag) => tag === 'INPUT');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-files');

    await page.locator('#results-files').setInputFiles(files);
    await expect(page.getByTestId('import-summary')).toHaveText(`2 files imported, 0 refused, ${2 * (TOTAL + 1)} new answers.`);
    const table = page.getByTestId('report-students');
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('row', { name: /Ada/ })).toContainText(`${percent(adaRight)}% (${TOTAL})`);
    await expect(table.getByRole('row', { name: /Ben/ })).toContainText(`${percent(benRight)}% (${TOTAL})`);
    await expect(table.getByRole('row', { name: /Ada/ })).toContainText(`${intruderScores[0]}% (1)`);
    await expect(table.getByRole('row', { name: /Ben/ })).toContainText(`${intruderScores[1]}% (1)`);
    expect(intruderScores[0]).toBe(100);
    expect(intruderScores[1]).toBeLessThan(100);
    const confusionTotal = await page
      .getByTestId('confusion')
      .locator('tbody td')
      .allInnerTexts()
      .then((cells) => cells.reduce((n, c) => n + Number.parseInt(c, 10), 0));
    expect(confusionTotal).toBe(2 * TOTAL); // sort answers only
    await expectNoAxeViolations(page, 'class results');
    // Filters with the keyboard: choose the exercise, then "Show the report".
    await page.getByLabel('Exercise').focus();
    await page.keyboard.press('ArrowDown'); // "Sort the passages"
    await tabTo(page, (t, tag) => tag === 'BUTTON' && t === 'Show the report');
    await page.keyboard.press('Enter');
    await expect(table.getByRole('row', { name: /Ada/ })).not.toContainText('Spot the intruder');
    await expect(page.getByRole('columnheader', { name: 'Spot the intruder' })).toHaveCount(0);
    await page.getByLabel('Exercise').selectOption('');
    await page.getByRole('button', { name: 'Show the report' }).click();
    await expect(page.getByRole('columnheader', { name: 'Spot the intruder' })).toHaveCount(1);
    await shoot(page, 'class-results');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Download gradebook CSV' })).toBeHidden();
    await page.screenshot({ path: path.join(SHOTS, 'class-results-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download gradebook CSV' }).click();
    const csvFile = await saved(download, dir);
    const csv = fs.readFileSync(csvFile, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Student', `${seed.title} — Sort the passages (%)`, `${seed.title} — Spot the intruder (%)`]);
    expect(rows.slice(1).map((r) => [r[0], Number(r[1]), Number(r[2])])).toEqual([
      ['Ada', percent(adaRight), intruderScores[0]],
      ['Ben', percent(benRight), intruderScores[1]],
    ]);

    // The same files again: nothing new, the report as it was.
    const before = await table.innerText();
    await page.locator('#results-files').setInputFiles(files);
    await expect(page.getByTestId('import-summary')).toHaveText('2 files imported, 0 refused, 0 new answers.');
    await expect(page.getByTestId('import-outcomes')).toContainText('(imported before)');
    expect(await table.innerText()).toBe(before);
    await context.close();
  } finally {
    for (const h of hosts) await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
