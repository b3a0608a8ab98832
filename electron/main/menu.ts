/** Installs the minimal application menu described in menu-template.ts. */
import { Menu } from 'electron';
import { buildMenuTemplate } from './menu-template.js';

export function installApplicationMenu(devTools: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, devTools)));
}
