/**
 * Every Electron-side security guard, in one place. The decisions are the pure functions in
 * navigation-policy.ts (unit-tested without Electron); this file only passes Electron's events to them.
 *
 * Guards are attached to EVERY web contents the app ever creates (`web-contents-created`), not just to
 * the main window, so a window or frame that slips past one check still meets the others.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import path from 'node:path';
import { decideDownload } from './download-policy.js';
import { decideNavigation, decidePermission, decideRedirect, decideWindowOpen } from './navigation-policy.js';

export type OpenExternal = (url: string) => Promise<void>;

const openInBrowser: OpenExternal = (url) => shell.openExternal(url);

function openExternallyAndLogFailure(openExternal: OpenExternal, url: string): void {
  openExternal(url).catch((error: unknown) => {
    console.error(`Could not open ${url} in the browser:`, error);
  });
}

export function hardenWebContents(contents: WebContents, openExternal: OpenExternal = openInBrowser): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openExternallyAndLogFailure(openExternal, event.url);
  });

  // Frame navigations inside the page (an <iframe> in article text, were one ever rendered) go the same way.
  contents.on('will-frame-navigate', (event) => {
    if (decideRedirect(event.url) !== 'allow') event.preventDefault();
  });

  contents.on('will-redirect', (event) => {
    if (decideRedirect(event.url) !== 'allow') event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === 'open-externally') openExternallyAndLogFailure(openExternal, url);
    return { action: 'deny' };
  });

  // webviewTag is off in window-options.ts; this refuses a <webview> even if that setting were lost.
  contents.on('will-attach-webview', (event, webPreferences) => {
    delete webPreferences.preload;
    event.preventDefault();
  });
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermission(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decidePermission(permission, requestingOrigin));
  // USB/HID/serial/Bluetooth device access: also never.
  session.setDevicePermissionHandler((details) => decidePermission(details.deviceType, details.origin));
}

/**
 * Downloads: only the app's own files (a teacher's lesson draft), offered through the system's Save
 * dialog with the Documents folder as the starting place; anything else is cancelled.
 */
export function guardDownloads(session: Session): void {
  session.on('will-download', (_event, item) => {
    const decision = decideDownload(item.getURL(), item.getFilename());
    if (!decision.allow) {
      console.warn(`Refused a download from ${item.getURL()}`);
      item.cancel();
      return;
    }
    item.setSaveDialogOptions({
      title: 'Save the lesson draft',
      defaultPath: path.join(app.getPath('documents'), decision.fileName),
      filters: [{ name: 'Sourcewise lesson', extensions: ['json'] }],
    });
  });
}

/** Call once, before 'ready': every web contents created from then on gets the guards. */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
