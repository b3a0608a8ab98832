/**
 * Builds the Svelte renderer into build/renderer, served by the Electron shell (app://) and by the browser
 * host (`npm run web`, http://127.0.0.1). `base: './'` makes every asset URL relative, so the same build
 * works under both schemes without knowing the origin.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../build/renderer', import.meta.url));

/**
 * build/renderer is shared: `tsc -p tsconfig.node.json` (rootDir ".") also emits the renderer's pure
 * modules there (build/renderer/src/lib/pure/*.js) for the unit tests, and tsc's incremental build does
 * not re-emit files someone else deleted. Emptying the whole folder (vite's `emptyOutDir`) would
 * therefore break `npm test` after a renderer rebuild. So vite cleans only what it owns: index.html
 * and assets/.
 */
function cleanOwnOutput(): Plugin {
  return {
    name: 'sourcewise-clean-own-output',
    apply: 'build',
    buildStart() {
      for (const owned of ['index.html', 'assets']) rmSync(join(outDir, owned), { recursive: true, force: true });
    },
  };
}

export default defineConfig({
  root: rendererRoot,
  base: './',
  // No svelte.config.js: Svelte 5 strips TypeScript itself and the defaults are what this app wants.
  plugins: [svelte({ configFile: false }), cleanOwnOutput()],
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    // No inline data: URLs for assets: keeps every resource under the CSP's 'self'.
    assetsInlineLimit: 0,
    // The modulepreload polyfill is not needed by Chromium (Electron, Playwright) and would add code.
    modulePreload: { polyfill: false },
  },
});
