/**
 * The sandboxed preload: exposes the contract's Bridge as `window.sourcewise`, and nothing else.
 *
 * Each method is one `ipcRenderer.invoke` on its channel from CHANNELS. The object is checked with
 * `satisfies Bridge`, so a call added to the contract without a method here (or a method here that the
 * contract does not declare) is a compile error. The page never sees `ipcRenderer` itself: with
 * `contextBridge` it gets copies of these functions, in its own isolated world.
 *
 * A sandboxed preload can only `require('electron')`, so this file and the contract are bundled into
 * one CommonJS file by electron/preload/vite.config.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, CHANNELS, type Bridge, type Envelope, type Input, type Method, type Output } from '../shared/contract.js';

function invoke<M extends Method>(method: M): (input: Input<M>) => Promise<Envelope<Output<M>>> {
  const channel = CHANNELS[method];
  // The main process answers every call with an Envelope (ipc.ts); the renderer cannot pass a channel.
  return (input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<Output<M>>>;
}

const bridge = {
  appInfo: invoke('appInfo'),
  listProfiles: invoke('listProfiles'),
  createProfile: invoke('createProfile'),
  listLibrary: invoke('listLibrary'),
  openAttempt: invoke('openAttempt'),
  startNewAttempt: invoke('startNewAttempt'),
  answer: invoke('answer'),
  attemptSummary: invoke('attemptSummary'),
  hint: invoke('hint'),
  teacherStatus: invoke('teacherStatus'),
  setTeacherPin: invoke('setTeacherPin'),
  unlockTeacher: invoke('unlockTeacher'),
  lockTeacher: invoke('lockTeacher'),
  suggestLabels: invoke('suggestLabels'),
  draftLesson: invoke('draftLesson'),
} satisfies Bridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze(bridge));
