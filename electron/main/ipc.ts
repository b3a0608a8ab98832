/**
 * One `ipcMain.handle` per channel in the contract's CHANNELS, and no other. Each call is checked for
 * its sender (pure isTrustedSender, sender-policy.ts) and forwarded to the backend's dispatch, which
 * validates the input and always answers with an Envelope.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Envelope } from '../shared/contract.js';
import { isTrustedSender } from './sender-policy.js';

export interface Dispatcher {
  dispatch(channel: string, input: unknown, caller: { session: string }): Promise<Envelope<unknown>>;
  endSession(session: string): void;
}

/** One session per window (webContents): a teacher's unlock never carries over to another window. */
function sessionOf(event: IpcMainInvokeEvent): string {
  return `window:${event.sender.id}`;
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This call did not come from the Sourcewise window.' },
};

const INTERNAL: Envelope<never> = {
  ok: false,
  error: { code: 'internal', message: 'Something went wrong in Sourcewise. Please try again.' },
};

function senderFacts(event: IpcMainInvokeEvent): { url: unknown; isTopFrame: unknown } {
  try {
    const frame = event.senderFrame;
    return { url: frame?.url, isTopFrame: frame !== null && frame.parent === null };
  } catch {
    // Reading a frame that was disposed mid-call throws in Electron: such a sender is not trusted.
    return { url: undefined, isTopFrame: false };
  }
}

export function registerIpcHandlers(backend: Dispatcher): () => void {
  const channels = Object.values(CHANNELS);
  const seen = new Set<number>();
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(senderFacts(event))) {
        console.warn(`Refused IPC call on ${channel} from ${String(senderFacts(event).url)}`);
        return FORBIDDEN;
      }
      try {
        const session = sessionOf(event);
        if (!seen.has(event.sender.id)) {
          seen.add(event.sender.id);
          // The unlock ends with the window: closing it locks the teacher area.
          event.sender.once('destroyed', () => {
            seen.delete(event.sender.id);
            backend.endSession(session);
          });
        }
        return await backend.dispatch(channel, input, { session });
      } catch (error) {
        // dispatch is meant to answer every call with an envelope; if it throws anyway, log the detail here
        // and send the renderer nothing but the stable code.
        console.error(`IPC handler for ${channel} threw:`, error);
        return INTERNAL;
      }
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
