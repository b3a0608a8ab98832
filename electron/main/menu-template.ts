/**
 * The application menu, kept minimal: editing and zoom (students with low vision need Ctrl/Cmd +/−),
 * and on macOS the app and window menus users expect there. No Reload (it would drop the student's
 * screen state mid-question) and no DevTools in a packaged build. Type-only Electron import: pure.
 */
import type { MenuItemConstructorOptions } from 'electron';

export function buildMenuTemplate(platform: NodeJS.Platform, devTools: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const template: MenuItemConstructorOptions[] = [{ role: 'editMenu' }, view];
  if (platform === 'darwin') return [{ role: 'appMenu' }, ...template, { role: 'windowMenu' }];
  return [{ role: 'fileMenu' }, ...template];
}
