/**
 * The sandboxed preload: exposes the contract's Bridge as `window.sourcewise`, and nothing else.
 *
 * Each method is one `ipcRenderer.invoke` on its channel from CHANNELS, built by mapping over the
 * contract's METHODS, so a call added to the contract needs nothing here. The page never sees `ipcRenderer` itself: with
 * `contextBridge` it gets copies of these functions, in its own isolated world.
 *
 * A sandboxed preload can only `require('electron')`, so this file and the contract are bundled into
 * one CommonJS file by electron/preload/vite.config.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  CHANNELS,
  METHODS,
  type Bridge,
  type Envelope,
  type Input,
  type Method,
  type Output,
} from '../shared/contract.js';

function invoke<M extends Method>(method: M): (input: Input<M>) => Promise<Envelope<Output<M>>> {
  const channel = CHANNELS[method];
  // The main process answers every call with an Envelope (ipc.ts); the renderer cannot pass a channel.
  return (input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<Output<M>>>;
}

// One method per call of the contract, made by mapping over it (the test of the bundle checks that the
// exposed methods are exactly the contract's channels).
const bridge = Object.fromEntries(METHODS.map((method) => [method, invoke(method)])) as Bridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze(bridge));
