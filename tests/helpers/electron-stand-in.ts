/**
 * Stand-ins for the parts of Electron's main-process API that electron/main's wiring uses: they record
 * what was registered, so a test can fire the events Electron would and read back what the app did.
 * Loaded in place of the real module by electron-loader.ts (tests only).
 */
import { EventEmitter } from 'node:events';

type Handler = (...args: never[]) => unknown;

export const app = Object.assign(new EventEmitter(), {
  getPath: (name: string) => `/stand-in/${name}`,
});

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    shell.opened.push(url);
    return Promise.resolve();
  },
};

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    ipcMain.handlers.delete(channel);
  },
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, Handler>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: Handler): void {
    protocol.handlers.set(scheme, handler);
  },
};

/** A web contents: events as an EventEmitter, plus the window-open handler it was given. */
export class StandInWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  constructor(readonly id: number) {
    super();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class StandInSession extends EventEmitter {
  permissionRequest: Handler | undefined;
  permissionCheck: Handler | undefined;
  devicePermission: Handler | undefined;
  setPermissionRequestHandler(h: Handler): void {
    this.permissionRequest = h;
  }
  setPermissionCheckHandler(h: Handler): void {
    this.permissionCheck = h;
  }
  setDevicePermissionHandler(h: Handler): void {
    this.devicePermission = h;
  }
}

export default { app, shell, ipcMain, protocol };
