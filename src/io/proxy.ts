/**
 * HTTP(S)_PROXY and NO_PROXY for the requests ecr-deliver makes itself (the OIDC token, STS, ECR),
 * as configure-aws-credentials and amazon-ecr-login honour them. Node's own support (http.Agent
 * `proxyEnv`, NODE_USE_ENV_PROXY) exists only in recent Node 24 and 22 releases, and the bundle
 * runs on older ones too, so the two agents here do it: absolute-form requests through the proxy
 * for http:// targets, a CONNECT tunnel for https:// ones. Docker's own traffic is not ours: it
 * follows the docker daemon's proxy settings.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { type ConnectionOptions, connect as tlsConnect } from 'node:tls';
import { ProxyError } from '../core/errors';

type Env = NodeJS.ProcessEnv;
type Callback = (err: Error | null, socket?: Socket) => void;
/** Node's own callback for a connection made asynchronously (http.Agent createConnection). */
type AgentCallback = (err: Error | null, stream: Duplex) => void;
const adapt =
  (done?: AgentCallback): Callback =>
  (err, socket) =>
    done?.(err, socket as Duplex);
interface Target {
  host: string;
  port: number;
}

/** The proxy for `target`, or undefined when none is set or NO_PROXY exempts it. */
export function proxyFor(target: URL, env: Env): URL | undefined {
  const scheme = target.protocol === 'https:' ? 'https' : 'http';
  const raw = (env[`${scheme}_proxy`] || env[`${scheme.toUpperCase()}_PROXY`] || '').trim();
  if (!raw || exempt(target, env.no_proxy ?? env.NO_PROXY ?? '')) return undefined;
  let proxy: URL;
  try {
    proxy = new URL(raw.includes('://') ? raw : `http://${raw}`);
  } catch {
    throw new ProxyError(`${scheme.toUpperCase()}_PROXY is not a URL like http://proxy.example.com:3128`);
  }
  if (proxy.protocol !== 'http:')
    throw new ProxyError(`${scheme.toUpperCase()}_PROXY: only http:// proxies are supported, not ${proxy.protocol}//${proxy.host}`);
  return proxy;
}

/**
 * NO_PROXY as curl and most tools read it: comma- or space-separated entries; `*` exempts every
 * host; `example.com` and `.example.com` exempt that domain and its subdomains; `host:port` only that port.
 */
export function exempt(target: URL, noProxy: string): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry) ?? /^([^:]+)(?::(\d+))?$/.exec(entry) ?? [entry, entry];
      const name = m[1].replace(/^\*?\./, '').toLowerCase();
      if (m[2] && m[2] !== port) return false;
      return host === name || host.endsWith(`.${name}`);
    });
}

/** `http://host:port` of the proxy, never the credentials in its URL: for messages. */
export const proxyName = (proxy: URL): string => `${proxy.protocol}//${proxy.host}`;

function authorization(proxy: URL): string | undefined {
  if (!proxy.username) return undefined;
  const user = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return `Basic ${Buffer.from(user).toString('base64')}`;
}

function refusal(proxy: URL, target: string, why: string): ProxyError {
  return new ProxyError(`the proxy ${proxyName(proxy)} (for ${target}) ${why}`);
}

function connectToProxy(proxy: URL, target: string, done: Callback): Socket {
  const socket = connect({ host: proxy.hostname.replace(/^\[|\]$/g, ''), port: Number(proxy.port || 80) });
  const failed = (err: NodeJS.ErrnoException) => done(refusal(proxy, target, `could not be reached: ${err.code ?? err.message}`));
  socket.once('error', failed);
  socket.once('connect', () => {
    socket.off('error', failed);
    done(null, socket);
  });
  return socket;
}

const targetOf = (o: { host?: string | null; hostname?: string | null; port?: number | string | null }, defaultPort: number): Target => ({
  host: o.hostname ?? o.host ?? 'localhost',
  port: Number(o.port || defaultPort),
});

/** http:// targets: the request goes to the proxy in absolute form (`GET http://host:port/path`). */
class HttpProxyAgent extends http.Agent {
  constructor(
    private readonly env: Env,
    options: http.AgentOptions,
  ) {
    super(options);
  }

  private proxy(t: Target): URL | undefined {
    return proxyFor(new URL(`http://${t.host.includes(':') ? `[${t.host}]` : t.host}:${t.port}`), this.env);
  }

  // Node calls addRequest before the request's head is written: the path and headers can still change.
  addRequest(req: http.ClientRequest, options: http.RequestOptions): void {
    const t = targetOf(options, 80);
    const proxy = this.proxy(t);
    if (proxy) {
      req.path = `http://${t.host.includes(':') ? `[${t.host}]` : t.host}:${t.port}${req.path}`;
      const auth = authorization(proxy);
      if (auth) req.setHeader('proxy-authorization', auth);
      // A 407 is the proxy's answer, not the service's: fail the request with it, named.
      const emit = req.emit.bind(req);
      req.emit = ((event: string, ...args: unknown[]) => {
        const res = args[0] as http.IncomingMessage;
        if (event !== 'response' || res.statusCode !== 407) return emit(event, ...args);
        res.resume();
        req.destroy(refusal(proxy, `${t.host}:${t.port}`, 'refused the request: 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)'));
        return true;
      }) as typeof req.emit;
    }
    (http.Agent.prototype as unknown as { addRequest: (r: http.ClientRequest, o: http.RequestOptions) => void }).addRequest.call(this, req, options);
  }

  createConnection(options: http.ClientRequestArgs, callback?: AgentCallback): Socket | undefined {
    const t = targetOf(options, 80);
    const proxy = this.proxy(t);
    if (!proxy)
      return (http.Agent.prototype as unknown as { createConnection: (o: unknown, d?: AgentCallback) => Socket }).createConnection.call(
        this,
        options,
        callback,
      );
    connectToProxy(proxy, `${t.host}:${t.port}`, adapt(callback));
    return undefined;
  }
}

/** https:// targets: a CONNECT tunnel through the proxy, then TLS to the target inside it. */
class HttpsProxyAgent extends https.Agent {
  constructor(
    private readonly env: Env,
    options: https.AgentOptions,
  ) {
    super(options);
  }

  createConnection(options: https.RequestOptions & ConnectionOptions, callback?: AgentCallback): Socket | undefined {
    const done = adapt(callback);
    const t = targetOf(options, 443);
    const hostPort = `${t.host.includes(':') ? `[${t.host}]` : t.host}:${t.port}`;
    const proxy = proxyFor(new URL(`https://${hostPort}`), this.env);
    if (!proxy) return (https.Agent.prototype as unknown as { createConnection: (o: unknown) => Socket }).createConnection.call(this, options);
    connectToProxy(proxy, hostPort, (err, socket) => {
      if (err || !socket) return done(err);
      const auth = authorization(proxy);
      socket.write(`CONNECT ${hostPort} HTTP/1.1\r\nHost: ${hostPort}\r\n${auth ? `Proxy-Authorization: ${auth}\r\n` : ''}\r\n`);
      let head = Buffer.alloc(0);
      const fail = (why: string) => {
        socket.destroy();
        done(refusal(proxy, hostPort, why));
      };
      const onData = (chunk: Buffer) => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        socket.off('data', onData);
        socket.off('error', onError);
        socket.off('end', onEnd);
        const status = /^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(head.toString('latin1'));
        if (status?.[1] !== '200')
          return fail(
            `refused the tunnel: ${status ? `${status[1]}${status[2]}` : 'no HTTP answer'}${status?.[1] === '407' ? ' (check the credentials in HTTPS_PROXY)' : ''}`,
          );
        const servername = options.servername ?? (/^[\d.]+$|:/.test(t.host) ? undefined : t.host);
        done(null, tlsConnect({ ...options, socket, servername }));
      };
      const onError = (e: Error) => fail(`dropped the tunnel: ${e.message}`);
      const onEnd = () => fail('closed the connection before answering CONNECT');
      socket.on('data', onData);
      socket.once('error', onError);
      socket.once('end', onEnd);
    });
    return undefined;
  }
}

/** Agents for the AWS SDK's request handler, or none (the SDK's own) when no proxy is set. */
export function sdkProxyAgents(env: Env): { httpAgent?: http.Agent; httpsAgent?: https.Agent } {
  if (!['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY'].some((name) => env[name]?.trim())) return {};
  return { httpAgent: new HttpProxyAgent(env, { keepAlive: true }), httpsAgent: new HttpsProxyAgent(env, { keepAlive: true }) };
}

/** A one-request agent for `url` when a proxy applies to it, else undefined (a direct connection). */
export function proxyAgentFor(url: URL, env: Env): http.Agent | undefined {
  if (!proxyFor(url, env)) return undefined;
  return url.protocol === 'https:' ? new HttpsProxyAgent(env, { keepAlive: false }) : new HttpProxyAgent(env, { keepAlive: false });
}
