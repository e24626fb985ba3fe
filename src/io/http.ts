/**
 * One HTTP(S) exchange with Node's own client, for the one request that is not AWS's (the SDK
 * makes those): the GitHub OIDC token. Not fetch: its first call loads undici, ~60 ms of CPU
 * on the path to the first AWS request. The module is loaded on first use.
 */
import type * as Http from 'node:http';
import { proxyAgentFor } from './proxy';

export interface ExchangeOptions {
  method?: string;
  headers: Record<string, string | number>;
  body?: string;
  /** Silence, once connected, after which the exchange fails. */
  timeoutMs: number;
  /** Time to connect, when it should be shorter than timeoutMs. */
  connectTimeoutMs?: number;
  signal?: AbortSignal;
}

/** Resolves with the status and body of any answer; rejects only when there is none. */
export function exchange(target: string | URL, o: ExchangeOptions): Promise<{ status: number; text: string; headers: Http.IncomingHttpHeaders }> {
  const url = new URL(target);
  const { request } = (url.protocol === 'https:' ? require('node:https') : require('node:http')) as typeof Http;
  return new Promise((resolve, reject) => {
    // A fresh connection (through HTTP(S)_PROXY unless NO_PROXY exempts the host), closed after the answer.
    const agent = proxyAgentFor(url, process.env) ?? false;
    const req = request(url, { method: o.method ?? 'GET', headers: o.headers, agent, signal: o.signal, timeout: o.timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    if (o.connectTimeoutMs !== undefined) {
      const limit = o.connectTimeoutMs;
      req.on('socket', (socket) => {
        // A socket handed over connected (a proxy tunnel) has nothing left to time here.
        if (!socket.connecting) return;
        const connecting = setTimeout(() => req.destroy(new Error(`no connection within ${limit} ms`)), limit);
        socket.once('connect', () => clearTimeout(connecting));
        socket.once('close', () => clearTimeout(connecting));
      });
    }
    req.on('timeout', () => req.destroy(new Error(`no answer within ${o.timeoutMs} ms`)));
    req.on('error', reject);
    req.end(o.body);
  });
}
