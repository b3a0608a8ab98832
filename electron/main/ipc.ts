/**
 * One `ipcMain.handle` per channel in the contract's CHANNELS, and no other. Each call is checked for
 * its sender (pure isTrustedSender, sender-policy.ts) and forwarded to the backend's dispatch, which
 * validates the input and always answers with an Envelope.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Envelope } from '../shared/contract.js';
import { isTrustedSender } from './sender-policy.js';

export interface Dispatcher {
  dispatch(channel: string, input: unknown): Promise<Envelope<unknown>>;
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
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(senderFacts(event))) {
        console.warn(`Refused IPC call on ${channel} from ${String(senderFacts(event).url)}`);
        return FORBIDDEN;
      }
      try {
        return await backend.dispatch(channel, input);
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
