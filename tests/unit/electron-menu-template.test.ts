import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/main/menu-template.js';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role === undefined ? [] : [item.role]),
    ...(Array.isArray(item.submenu) ? roles(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

test('no reload and no DevTools in a packaged build, on any platform', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    const all = roles(buildMenuTemplate(platform, false));
    for (const forbidden of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) {
      assert.equal(all.includes(forbidden as never), false, `${platform}: ${forbidden}`);
    }
  }
});

test('zoom and editing are always there; DevTools only in development', () => {
  const all = roles(buildMenuTemplate('linux', false));
  for (const needed of ['zoomIn', 'zoomOut', 'resetZoom', 'editMenu']) assert.ok(all.includes(needed as never), needed);
  assert.ok(roles(buildMenuTemplate('linux', true)).includes('toggleDevTools'));
});

test('macOS gets its app and window menus', () => {
  const top = buildMenuTemplate('darwin', false).map((item) => item.role);
  assert.equal(top[0], 'appMenu');
  assert.ok(top.includes('windowMenu'));
});
