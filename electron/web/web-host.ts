/**
 * The browser host: the same backend and handlers as the Electron shell, behind a loopback HTTP bridge
 * (wire format in electron/shared/web-bridge.ts). Used where Electron cannot start and by the
 * end-to-end tests, which drive the real renderer in Chromium through it.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Envelope } from '../shared/contract.js';
import { API_PREFIX, MAX_BODY_BYTES, SESSION_HEADER, SESSION_PATTERN, TOKEN_HEADER, TOKEN_QUERY } from '../shared/web-bridge.js';
import { openBackend, type Backend, type BackendOptions } from '../core/backend.js';
import { rendererDir as defaultRendererDir } from '../core/paths.js';
import { isChannel } from '../core/handlers.js';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './request-guard.js';
import { readRendererFile, SECURITY_HEADERS } from '../main/renderer-files.js';

export interface WebHostOptions extends Omit<BackendOptions, 'host'> {
  /** 0 = any free port. */
  port?: number;
  rendererDir?: string;
  token?: string;
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  backend: Backend;
  close(): Promise<void>;
}

/** The tab's session id, or a fresh one (a request without a valid id is a session of its own, never unlocked). */
function sessionOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? undefined : header;
  return given !== undefined && SESSION_PATTERN.test(given) ? `tab:${given}` : `once:${randomBytes(16).toString('hex')}`;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const backend = openBackend({ ...options, host: 'web' });
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = options.rendererDir ?? defaultRendererDir;
  let port = 0;

  const send = (res: http.ServerResponse, status: number, body: Buffer | string, type: string) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };
  const sendEnvelope = (res: http.ServerResponse, status: number, envelope: Envelope<unknown>) =>
    send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8');
  const refuse = (res: http.ServerResponse, status: number, message: string) =>
    sendEnvelope(res, status, { ok: false, error: { code: status === 404 ? 'not_found' : 'forbidden', message } });

  const server = http.createServer((req, res) => {
    if (!isAllowedHost(req.headersDistinct.host, port)) return refuse(res, 403, 'This address is not served here.');
    const url = req.url ?? '/';
    if (url.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
      if (!isAllowedOrigin(req.headers.origin, port)) return refuse(res, 403, 'Calls are accepted from this app only.');
      const given = req.headers[TOKEN_HEADER];
      if (!tokenMatches(Array.isArray(given) ? given[0] : given, token))
        return refuse(res, 403, 'This page has no valid session token: open the address that `npm run web` printed.');
      const channel = url.slice(API_PREFIX.length).split('?')[0] ?? '';
      if (!isChannel(channel)) return refuse(res, 404, 'Unknown call.');
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) tooLarge = true;
        else chunks.push(chunk);
      });
      req.on('end', () => {
        if (tooLarge) return refuse(res, 413, 'The request is too large.');
        let input: unknown;
        try {
          input = chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return sendEnvelope(res, 200, {
            ok: false,
            error: { code: 'invalid_input', message: 'The request body is not JSON.' },
          });
        }
        backend.dispatch(channel, input, { session: sessionOf(req.headers[SESSION_HEADER]) }).then(
          (envelope) => sendEnvelope(res, 200, envelope),
          () => sendEnvelope(res, 500, { ok: false, error: { code: 'internal', message: 'Something went wrong.' } }),
        );
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET.');
    const file = readRendererFile(root, url);
    if (!file.ok) return refuse(res, file.status, file.status === 404 ? 'Not found.' : 'Not served here.');
    send(res, 200, file.body, file.contentType);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_QUERY}=${token}`,
    port,
    token,
    backend,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          backend.close();
          resolve();
        });
      }),
  };
}
