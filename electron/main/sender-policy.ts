/**
 * Pure check applied to every IPC call before it reaches the backend (ipc.ts wires it). Only the top
 * frame of our own app:// page may call the backend: not an iframe, not a page the window was somehow
 * navigated to, not a frame that has already gone away (Electron then reports no frame at all).
 */
import { isAppUrl } from './navigation-policy.js';

export interface SenderFacts {
  /** `event.senderFrame?.url` — undefined/null when the frame is gone. */
  url: unknown;
  /** `event.senderFrame.parent === null`. */
  isTopFrame: unknown;
}

export function isTrustedSender(sender: unknown): boolean {
  if (typeof sender !== 'object' || sender === null) return false;
  const { url, isTopFrame } = sender as Partial<SenderFacts>;
  return isTopFrame === true && isAppUrl(url);
}
