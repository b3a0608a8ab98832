/**
 * The Content-Security-Policy header the app:// protocol sends. The renderer's index.html has its own
 * CSP <meta>; Chromium enforces both, so the header must be strict AND allow what the page declares it
 * needs (otherwise the Electron window would break while the web host, which has no such header, works).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/app-origin.js';
import { projectRoot } from '../../electron/core/paths.js';

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Sources in effect for a fetch directive: its own, or default-src's. */
function effective(policy: Map<string, string[]>, directive: string): string[] {
  return policy.get(directive) ?? policy.get('default-src') ?? [];
}

test('the header forbids inline and eval code, plugins, framing and remote content', () => {
  const csp = parsePolicy(CONTENT_SECURITY_POLICY);
  assert.deepEqual(csp.get('default-src'), ["'none'"]);
  assert.deepEqual(csp.get('script-src'), ["'self'"]);
  assert.deepEqual(csp.get('object-src'), ["'none'"]);
  assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
  assert.deepEqual(csp.get('base-uri'), ["'none'"]);
  assert.deepEqual(csp.get('form-action'), ["'none'"]);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-|https?:|\*/);
});

test("the header allows what the renderer's own CSP <meta> asks for", () => {
  const html = fs.readFileSync(path.join(projectRoot, 'renderer', 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
  assert.ok(meta, 'renderer/index.html has a CSP <meta>');
  const page = parsePolicy(meta);
  const header = parsePolicy(CONTENT_SECURITY_POLICY);
  for (const directive of ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src']) {
    const needed = effective(page, directive).filter((source) => source !== "'none'");
    const allowed = effective(header, directive);
    for (const source of needed) {
      assert.ok(allowed.includes(source), `${directive}: the page allows ${source} but the header blocks it`);
    }
  }
});
