/**
 * Bundles the preload into ONE CommonJS file, build/electron/preload/preload.cjs. Why: a sandboxed
 * preload runs without Node's module loader; its `require` knows only 'electron' (and a few built-ins),
 * so the contract it imports must be inlined and the output must be CommonJS.
 *
 *   vite build --config electron/preload/vite.config.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');

export default defineConfig({
  root: here,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: path.join(projectRoot, 'build', 'electron', 'preload'),
    emptyOutDir: true,
    // Electron's Chromium runs any ES2022; no down-levelling needed.
    target: 'es2022',
    minify: false,
    sourcemap: false,
    lib: {
      entry: path.join(here, 'preload.ts'),
      formats: ['cjs'],
      fileName: () => 'preload.cjs',
    },
    rolldownOptions: {
      external: ['electron'],
    },
  },
});
