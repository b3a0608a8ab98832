/**
 * Each test gets its own browser host on a fresh SQLite file in a temp folder. `restartHost` closes it
 * and starts a new one on the same file (a student quitting and coming back).
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHost, type WebHost } from '../../build/electron/web/web-host.js';

interface HostFixture {
  dbPath: string;
  host: WebHost;
  /** Closes the host and starts a new one on the same database file (new port, new token). */
  restartHost: (options?: { lessonsDir?: string; port?: number }) => Promise<WebHost>;
}

export const test = base.extend<{ app: HostFixture }>({
  app: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcewise-e2e-'));
    const dbPath = path.join(dir, 'sourcewise.sqlite');
    const fixture: HostFixture = {
      dbPath,
      host: await startWebHost({ dbPath }),
      restartHost: async (options = {}) => {
        await fixture.host.close();
        fixture.host = await startWebHost({ dbPath, ...options });
        return fixture.host;
      },
    };
    await use(fixture);
    await fixture.host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };

/** Presses Tab until the focused element matches `name` (an accessible-name-ish test on its text). */
export async function tabTo(page: Page, matches: (text: string, tag: string) => boolean, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { text: (el?.innerText || el?.getAttribute('aria-label') || '').trim(), tag: el?.tagName ?? '' };
    });
    if (matches(focused.text, focused.tag)) return;
  }
  throw new Error('tabTo: the element was not reached with the keyboard');
}

/** axe on the current screen: WCAG 2 A/AA rules; every violation is listed in the failure message. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, `axe violations on the ${screen} screen`).toEqual([]);
}
