/**
 * The teacher's backup panel, in Lessons and packs: back up now, the list, and a restore that needs a
 * confirmation and brings back what the backup held (the answers are checked in the database file).
 */
import BetterSqlite3 from 'better-sqlite3';
import { expect, expectNoAxeViolations, test } from './fixtures.js';

const PIN = '4826';

test('a teacher backs up from the app and restores: a profile made after the backup is gone again', async ({ page, app }) => {
  await page.goto(app.host.url);
  await page.getByRole('button', { name: 'Teacher area' }).click();
  await page.getByLabel('New PIN').fill(PIN);
  await page.getByLabel('The same PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Set the PIN and open' }).click();
  await page.getByRole('button', { name: 'I have written it down: open the teacher area' }).click();
  await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Lessons and packs' }).click();
  const panel = page.locator('section.backup-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: /Back up now/ }).click();
  await expect(panel.getByText('Made by a teacher').first()).toBeVisible();
  await expectNoAxeViolations(page, 'lessons and packs with backups');

  // After the backup: a student profile appears (written straight into the database file).
  const db = new BetterSqlite3(app.dbPath);
  db.prepare("INSERT INTO profiles (name, name_key, created_at) VALUES ('Late', 'late', '2026-12-02T00:00:00Z')").run();
  db.close();

  await panel
    .getByRole('button', { name: /^Restore/ })
    .first()
    .click();
  await page.getByRole('button', { name: /Yes, restore/ }).click();
  await expect(panel.getByRole('status')).toContainText(/restored/i);
  const after = new BetterSqlite3(app.dbPath, { readonly: true });
  const names = after.prepare('SELECT name FROM profiles').pluck().all();
  after.close();
  expect(names).not.toContain('Late');
});
